#pragma once
// The chapter's second program: scikit-learn's
//   MLPClassifier(solver='sgd', hidden_layer_sizes=(3,), activation='relu', max_iter=100_000,
//                 learning_rate_init=.05).fit(X_train, Y_train)
// after np.random.seed(S) and train_test_split(..., test_size=1/3), with scikit-learn 1.2's defaults
// for everything the cell leaves out. Every random draw comes from NumPy's legacy generator in the
// notebook's order (the split's permutation; coefs_[0], intercepts_[0], coefs_[1], intercepts_[1]
// uniform in +-sqrt(factor / (fan_in + fan_out)); a shuffle of the rows every epoch), and every sum
// is taken in the order NumPy and Debian's reference BLAS take it (numpy_sum.hpp), so the numbers are
// scikit-learn's to about 1e-12. A step is one mini-batch.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/base/numpy_random.hpp"
#include "core/data/dataset.hpp"
#include "core/network/options.hpp"
#include "core/network/records.hpp"
#include "core/network/trainer.hpp"  // Divergence

namespace fontshade {

// The cell's arguments that fontshade lets a class change.
struct MlpOptions {
  int hidden = 3;                            // hidden_layer_sizes=(h,)
  Activation activation = Activation::relu;  // relu, tanh or logistic (scikit-learn has no leaky relu)
  double learning_rate = 0.05;               // learning_rate_init
  long long max_iter = 100000;               // epochs at most
  std::uint32_t seed = 1;                    // np.random.seed(S) before the split
  bool operator==(const MlpOptions&) const = default;
};
// Empty when usable, else what is wrong ("--activation: ...").
std::string validate(const MlpOptions& o);
// A run's options with trainer sklearn: hidden, activation, L, steps (max_iter: epochs) and the seed.
MlpOptions mlp_options_of(const Options& o);

// scikit-learn's defaults that the cell does not set.
constexpr double kMlpAlpha = 1e-4;       // L2 penalty: (alpha / 2) sum of squared weights / batch size
constexpr double kMlpMomentum = 0.9;     // with Nesterov's momentum
constexpr double kMlpTol = 1e-4;         // the stopping rule: the epoch's loss must beat the best by tol...
constexpr int kMlpNoChange = 10;         // ...else a count goes up; more than 10 in a row stops
constexpr int kMlpMaxBatch = 200;        // batch_size='auto': min(200, n_samples)

// Where the run stands between two batches: all the next batch depends on.
struct MlpState {
  // coefs_ and intercepts_ in the chapter's shapes: coefs_[0] is w_hidden transposed, coefs_[1]
  // w_output transposed, intercepts_ b_hidden and b_output.
  Parameters params;
  Parameters velocity;  // the optimizer's velocities, the same shapes
  NumpyRandom::State generator;
  std::vector<int> sample_idx;  // scikit-learn's sample_idx: positions in the training rows, reshuffled every epoch
  long long batches_done = 0;   // the run's steps
  long long n_iter = 0;         // epochs done (n_iter_)
  int batch_in_epoch = 0;       // batches of the current epoch done
  double accumulated_loss = 0;  // the epoch so far: sum of batch loss x batch size
  double best_loss = std::numeric_limits<double>::infinity();  // best_loss_
  int no_improvement_count = 0;                                 // _no_improvement_count
  bool stopped = false;                                         // the stopping rule ended the run
};

// One mini-batch, as a student follows it.
struct MlpBatchRecord {
  long long step = 0;  // 1-based over the run
  long long epoch = 0;  // 1-based
  int batch = 0;        // 1-based within the epoch
  int batches_per_epoch = 0;
  std::vector<int> rows;  // the data set's rows (0-based), in the batch's order
  Input mean_X;           // the mean over the batch's rows
  double mean_Y = 0;      // the share of dark-text rows
  // The batch's first row, to read: its X, Y, and its Z1, A1, Z2, A2.
  Input X;
  double Y = 0;
  ForwardRecord forward;
  double log_loss = 0;  // binary log-loss over the batch (probabilities clipped to [eps, 1 - eps])
  double l2_term = 0;   // (alpha / 2) (sum of every weight squared) / batch size
  double loss = 0;      // log_loss + l2_term: scikit-learn's batch_loss
  Parameters before;
  Parameters gradient;  // coef_grads and intercept_grads (mean over the batch, L2 included)
  Parameters velocity;  // after this batch: momentum velocity - L gradient
  Parameters after;     // params + momentum velocity - L gradient (Nesterov)
  // Set on an epoch's last batch.
  bool epoch_ended = false;
  double epoch_loss = 0;  // loss_: the epoch's loss, which loss_curve_ keeps
  double best_loss = 0;
  int no_improvement_count = 0;
  bool stopped = false;
};

class MlpTrainer {
 public:
  MlpTrainer(DataSet data, MlpOptions options);

  const MlpOptions& options() const { return options_; }
  const DataSet& data() const { return data_; }
  const Split& split() const { return split_; }
  const Parameters& parameters() const { return params_; }
  int batch_size() const { return batch_size_; }
  int batches_per_epoch() const { return batches_per_epoch_; }
  long long batches_done() const { return batches_done_; }
  long long n_iter() const { return n_iter_; }
  // The stopping rule ended the run, or max_iter epochs are done, or a value stopped being finite.
  bool finished() const { return stopped_ || n_iter_ >= options_.max_iter || divergence_.has_value(); }
  bool stopped() const { return stopped_; }
  // The batch whose update left a parameter not finite (step: that batch), named as scikit-learn
  // names it ("coefs_[0][1][2]"); its epoch is divergence_epoch().
  const std::optional<Divergence>& divergence() const { return divergence_; }
  long long divergence_epoch() const { return divergence_epoch_; }
  // loss_curve_: one loss per epoch done.
  const std::vector<double>& loss_curve() const { return loss_curve_; }
  double best_loss() const { return best_loss_; }
  int no_improvement_count() const { return no_improvement_count_; }
  const Parameters& velocity() const { return velocity_; }
  const std::optional<MlpBatchRecord>& last_record() const { return last_record_; }

  // One batch, recorded (nothing once finished).
  const MlpBatchRecord* step();
  // Up to n batches; only the last is recorded. Returns the batches done.
  long long advance(long long n);
  long long train_to_end();

  MlpState state() const;
  // Goes back (or on) to a state of this run; loss_curve() keeps the epochs up to the state's.
  void restore(const MlpState& s);

  // scikit-learn's score(): the share of rows whose predict() (A2 > 0.5, the label binarizer's
  // threshold) equals the label.
  double train_score() const { return score(split_.train); }
  double test_score() const { return score(split_.test); }
  double score(const std::vector<int>& rows) const;

 private:
  void batch(MlpBatchRecord* record);
  void end_epoch(MlpBatchRecord* record);

  DataSet data_;
  MlpOptions options_;
  Split split_;
  std::vector<Input> train_X_;
  std::vector<double> train_Y_;  // the label binarizer's target: 1 = the larger class label present
  int single_class_ = -1;       // the one label of a training set with one class (predicted always), else -1
  int batch_size_ = 0;
  int batches_per_epoch_ = 0;

  NumpyRandom generator_;
  Parameters params_;
  Parameters velocity_;
  std::vector<int> sample_idx_;
  long long batches_done_ = 0;
  long long n_iter_ = 0;
  int batch_in_epoch_ = 0;
  double accumulated_loss_ = 0;
  double best_loss_ = std::numeric_limits<double>::infinity();
  int no_improvement_count_ = 0;
  bool stopped_ = false;
  std::vector<double> loss_curve_;
  std::optional<Divergence> divergence_;
  long long divergence_epoch_ = 0;
  std::optional<MlpBatchRecord> last_record_;
  // A batch's scratch (no allocation per batch).
  std::vector<double> A1_, A2_, delta2_, delta1_, terms_;
};

}  // namespace fontshade
