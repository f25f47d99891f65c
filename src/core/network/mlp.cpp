// scikit-learn's MLPClassifier(solver='sgd') as the chapter's cell runs it (mlp.hpp): a batch's
// forward pass, log-loss, backprop and Nesterov update, in scikit-learn's names and NumPy's order.
//
// Index of this file (search for "[SECTION]"):
//   Activations, zeros and the first value not finite
//   One mini-batch's passes
//   Options and the set-up
//   A batch and an epoch
//   Stepping, saving and restoring
//   The score
#include "core/network/mlp.hpp"

#include <algorithm>
#include <cmath>

#include "core/base/numpy_sum.hpp"
#include "core/base/portable_math.hpp"

// Why each operation is written as it is: scikit-learn 1.2's _multilayer_perceptron.py, _base.py and
// _stochastic_optimizers.py, on NumPy 1.24 with Debian's reference BLAS (libblas3), which adds the
// terms of every matrix product one after another from 0 (checked against NumPy on this machine: the
// product of a 200-row batch with the weights, A1.T @ deltas, X.T @ deltas, np.dot). np.sum and a
// np.mean over one column add pairwise (numpy_pairwise_sum); np.mean along axis 0 of a matrix of two
// or more columns adds row after row. exp, log and tanh are fontshade's portable ones, so the native
// and WebAssembly builds agree bit for bit; against NumPy's (glibc's) they differ in the last bit at
// most, which moves scikit-learn's numbers by about 1e-13 over a whole fit (the tests allow 1e-9).

namespace fontshade {
namespace {

// [SECTION] Activations, zeros and the first value not finite

// scipy.special.expit: 1 / (1 + exp(-x)), as written (not the overflow-free form the SGD loop uses).
inline double expit(double x) { return 1.0 / (1.0 + portable::exp(-x)); }

inline double hidden_activation(Activation a, double z) {
  switch (a) {
    case Activation::tanh: return portable::tanh(z);
    case Activation::logistic: return expit(z);
    default: return z > 0 ? z : 0.0;  // np.maximum(z, 0)
  }
}

// DERIVATIVES[activation](A1, delta) in place, from the activation's value.
inline double hidden_derivative(Activation a, double A1, double delta) {
  switch (a) {
    case Activation::tanh: return delta * (1 - A1 * A1);
    case Activation::logistic: return (delta * A1) * (1 - A1);
    default: return A1 == 0 ? 0.0 : delta;  // delta[Z == 0] = 0
  }
}

constexpr double kEps = 2.220446049250313e-16;  // np.finfo(float64).eps

Parameters zeros_like(int h) {
  Parameters p;
  p.w_hidden.setZero(h, 3);
  p.b_hidden.setZero(h);
  p.w_output.setZero(h);
  p.b_output = 0;
  return p;
}

// The first value that is not finite, named as scikit-learn names it.
std::optional<Divergence> first_non_finite(const Parameters& p) {
  const int h = p.hidden();
  const auto name = [](std::string base, double v) {
    return Divergence{0, std::move(base), true, std::isnan(v) ? "NaN" : (v > 0 ? "+inf" : "-inf")};
  };
  for (int l = 0; l < 3; ++l)
    for (int j = 0; j < h; ++j)
      if (!std::isfinite(p.w_hidden(j, l)))
        return name("coefs_[0][" + std::to_string(l) + "][" + std::to_string(j) + "]", p.w_hidden(j, l));
  for (int j = 0; j < h; ++j)
    if (!std::isfinite(p.w_output(j))) return name("coefs_[1][" + std::to_string(j) + "][0]", p.w_output(j));
  for (int j = 0; j < h; ++j)
    if (!std::isfinite(p.b_hidden(j))) return name("intercepts_[0][" + std::to_string(j) + "]", p.b_hidden(j));
  if (!std::isfinite(p.b_output)) return name("intercepts_[1][0]", p.b_output);
  return std::nullopt;
}

// [SECTION] One mini-batch's passes

// One mini-batch: scikit-learn's X[batch_slice] and y[batch_slice], the training rows at m positions of
// sample_idx.
struct Batch {
  const std::vector<Input>& X;
  const std::vector<double>& Y;
  const int* idx;  // the batch's positions in the training rows
  int m;           // its size
  const Input& x(int s) const { return X[static_cast<std::size_t>(idx[s])]; }
  double y(int s) const { return Y[static_cast<std::size_t>(idx[s])]; }
};

// sample_idx = shuffle(sample_idx), at an epoch's start: resample's shuffle of arange(n), then
// sample_idx[indices].
void shuffle_sample_idx(std::vector<int>& sample_idx, NumpyRandom& generator) {
  const std::vector<int> order = generator.permutation(static_cast<int>(sample_idx.size()));
  std::vector<int> shuffled(sample_idx.size());
  for (std::size_t k = 0; k < order.size(); ++k) shuffled[k] = sample_idx[static_cast<std::size_t>(order[k])];
  sample_idx = std::move(shuffled);
}

// The batch's first row in the chapter's names, for the student to read: its Z1 (z + b_hidden, the
// sum forward_pass took), A1, Z2 and A2.
void record_first_row(const Parameters& P, const Input& x, const std::vector<double>& A1, double Z2, double A2, ForwardRecord& forward) {
  const int h = P.hidden();
  forward.Z1.resize(h);
  forward.A1.resize(h);
  for (int j = 0; j < h; ++j) {
    double z = 0;
    for (int l = 0; l < 3; ++l) z += x(l) * P.w_hidden(j, l);
    forward.Z1(j) = z + P.b_hidden(j);
    forward.A1(j) = A1[static_cast<std::size_t>(j)];
  }
  forward.Z2 = Z2;
  forward.A2 = A2;
}

// _forward_pass: activations[1] = X_batch @ coefs_[0] + intercepts_[0]; then the hidden activation;
// activations[2] = A1 @ coefs_[1] + intercepts_[1]; expit. A1 row after row (h a row), A2 one a row.
void forward_pass(const Parameters& P, Activation act, const Batch& b, std::vector<double>& A1, std::vector<double>& A2,
                  MlpBatchRecord* record) {
  const int h = P.hidden();
  for (int s = 0; s < b.m; ++s) {
    const Input& x = b.x(s);
    double Z2 = 0;
    for (int j = 0; j < h; ++j) {
      double z = 0;
      for (int l = 0; l < 3; ++l) z += x(l) * P.w_hidden(j, l);
      z = z + P.b_hidden(j);
      const double a = hidden_activation(act, z);
      A1[static_cast<std::size_t>(s * h + j)] = a;
      Z2 += a * P.w_output(j);
    }
    Z2 = Z2 + P.b_output;
    A2[static_cast<std::size_t>(s)] = expit(Z2);
    if (s == 0 && record) record_first_row(P, x, A1, Z2, A2[0], record->forward);
  }
}

// binary_log_loss: -(sum xlogy(y, p) + sum xlogy(1 - y, 1 - p)) / m, p clipped to [eps, 1 - eps]; each
// sum pairwise, as np.sum adds (terms: scratch for the 2m terms).
double binary_log_loss(const Batch& b, const std::vector<double>& A2, std::vector<double>& terms) {
  const int m = b.m;
  for (int s = 0; s < m; ++s) {
    const double p = std::min(std::max(A2[static_cast<std::size_t>(s)], kEps), 1 - kEps);
    const bool y = b.y(s) != 0;
    terms[static_cast<std::size_t>(s)] = y ? portable::log(p) : 0.0;
    terms[static_cast<std::size_t>(m + s)] = y ? 0.0 : portable::log(1 - p);
  }
  return -(numpy_pairwise_sum(terms.data(), static_cast<std::size_t>(m)) +
           numpy_pairwise_sum(terms.data() + m, static_cast<std::size_t>(m))) /
         m;
}

// _backprop's L2 term: (0.5 alpha) values / m, values = the sum of np.dot(s, s) over coefs_ (each
// raveled, row after row), from 0.
double l2_term(const Parameters& P, int m) {
  const int h = P.hidden();
  double squares0 = 0, squares1 = 0;
  for (int l = 0; l < 3; ++l)
    for (int j = 0; j < h; ++j) squares0 += P.w_hidden(j, l) * P.w_hidden(j, l);
  for (int j = 0; j < h; ++j) squares1 += P.w_output(j) * P.w_output(j);
  return ((0.5 * kMlpAlpha) * (squares0 + squares1)) / m;
}

// _backprop's gradients: deltas[1] = p - y; coef_grads[1] = (A1.T @ deltas[1] + alpha coefs_[1]) / m;
// intercept_grads[1] = mean(deltas[1], 0); deltas[0] = deltas[1] @ coefs_[1].T, times the hidden
// activation's derivative; coef_grads[0] = (X.T @ deltas[0] + alpha coefs_[0]) / m;
// intercept_grads[0] = mean(deltas[0], 0) (pairwise for one column, else row after row).
Parameters backprop(const Parameters& P, Activation act, const Batch& b, const std::vector<double>& A1,
                    const std::vector<double>& A2, std::vector<double>& delta1, std::vector<double>& delta2) {
  const int h = P.hidden(), m = b.m;
  Parameters g = zeros_like(h);
  for (int s = 0; s < m; ++s) delta2[static_cast<std::size_t>(s)] = A2[static_cast<std::size_t>(s)] - b.y(s);
  for (int j = 0; j < h; ++j) {
    double sum = 0;
    for (int s = 0; s < m; ++s) sum += A1[static_cast<std::size_t>(s * h + j)] * delta2[static_cast<std::size_t>(s)];
    g.w_output(j) = (sum + kMlpAlpha * P.w_output(j)) / m;
  }
  g.b_output = numpy_pairwise_sum(delta2.data(), static_cast<std::size_t>(m)) / m;
  for (int s = 0; s < m; ++s)
    for (int j = 0; j < h; ++j) {
      const std::size_t k = static_cast<std::size_t>(s * h + j);
      delta1[k] = hidden_derivative(act, A1[k], delta2[static_cast<std::size_t>(s)] * P.w_output(j));
    }
  for (int l = 0; l < 3; ++l)
    for (int j = 0; j < h; ++j) {
      double sum = 0;
      for (int s = 0; s < m; ++s) sum += b.x(s)(l) * delta1[static_cast<std::size_t>(s * h + j)];
      g.w_hidden(j, l) = (sum + kMlpAlpha * P.w_hidden(j, l)) / m;
    }
  for (int j = 0; j < h; ++j) {
    double sum;
    if (h == 1) {
      sum = numpy_pairwise_sum(delta1.data(), static_cast<std::size_t>(m));
    } else {
      sum = 0;
      for (int s = 0; s < m; ++s) sum += delta1[static_cast<std::size_t>(s * h + j)];
    }
    g.b_hidden(j) = sum / m;
  }
  return g;
}

// SGDOptimizer with Nesterov's momentum (_get_updates, then _update_params): v = momentum v - L g;
// param += momentum v - L g.
void nesterov_update(double L, const Parameters& g, Parameters& params, Parameters& velocity) {
  const auto move = [&](double& param, double& v, double grad) {
    v = kMlpMomentum * v - L * grad;
    param += kMlpMomentum * v - L * grad;
  };
  for (int j = 0; j < params.hidden(); ++j) {
    for (int l = 0; l < 3; ++l) move(params.w_hidden(j, l), velocity.w_hidden(j, l), g.w_hidden(j, l));
    move(params.b_hidden(j), velocity.b_hidden(j), g.b_hidden(j));
    move(params.w_output(j), velocity.w_output(j), g.w_output(j));
  }
  move(params.b_output, velocity.b_output, g.b_output);
}

// The batch as the record shows it: the data set's rows, the mean X and Y over them, the first row.
void describe_batch(const Batch& b, const std::vector<int>& train_rows, MlpBatchRecord& record) {
  record.rows.resize(static_cast<std::size_t>(b.m));
  Input sum_X = Input::Zero();
  double sum_Y = 0;
  for (int s = 0; s < b.m; ++s) {
    record.rows[static_cast<std::size_t>(s)] = train_rows[static_cast<std::size_t>(b.idx[s])];
    sum_X += b.x(s);
    sum_Y += b.y(s);
  }
  record.mean_X = sum_X / b.m;
  record.mean_Y = sum_Y / b.m;
  record.X = b.x(0);
  record.Y = b.y(0);
}

}  // namespace

// [SECTION] Options and the set-up

std::string validate(const MlpOptions& o) {
  if (o.hidden < kMinHidden || o.hidden > kMaxHidden)
    return "--hidden: expected a whole number from " + std::to_string(kMinHidden) + " to " + std::to_string(kMaxHidden);
  if (o.activation == Activation::leaky_relu)
    return "--activation: scikit-learn's MLPClassifier has relu, tanh and logistic (no leaky_relu)";
  if (!(o.learning_rate > 0) || !std::isfinite(o.learning_rate)) return "--lr: expected a positive number";
  if (o.max_iter < 1) return "--max-iter: expected a whole number of epochs, at least 1";
  return {};
}

MlpOptions mlp_options_of(const Options& o) {
  return MlpOptions{o.hidden, o.activation, o.learning_rate, o.steps, static_cast<std::uint32_t>(o.seed)};
}

MlpTrainer::MlpTrainer(DataSet data, MlpOptions options)
    : data_(std::move(data)), options_(options), generator_(options.seed) {
  const int h = options_.hidden;
  // train_test_split(X, Y, test_size=1/3): the global generator's first draws.
  split_ = split_rows_numpy(static_cast<int>(data_.samples.size()), generator_);
  int labels_seen = 0;  // bit 0: label 0 present, bit 1: label 1
  for (int row : split_.train) {
    const Sample& s = data_.samples[static_cast<std::size_t>(row)];
    train_X_.push_back(input_of(s.colour));
    labels_seen |= s.label ? 2 : 1;
  }
  // LabelBinarizer: with both labels the target is (label == 1); with one, every target is 0 and
  // predict() answers that label.
  if (labels_seen != 3) single_class_ = labels_seen == 2 ? 1 : 0;
  for (int row : split_.train)
    train_Y_.push_back(single_class_ < 0 ? data_.samples[static_cast<std::size_t>(row)].label : 0.0);

  // _initialize: Glorot-uniform, layer by layer, coefs_ then intercepts_; factor 2 for logistic.
  const double factor = options_.activation == Activation::logistic ? 2.0 : 6.0;
  const double bound0 = std::sqrt(factor / static_cast<double>(3 + h));
  const double bound1 = std::sqrt(factor / static_cast<double>(h + 1));
  params_ = zeros_like(h);
  for (int l = 0; l < 3; ++l)
    for (int j = 0; j < h; ++j) params_.w_hidden(j, l) = generator_.uniform(-bound0, bound0);  // coefs_[0][l][j]
  for (int j = 0; j < h; ++j) params_.b_hidden(j) = generator_.uniform(-bound0, bound0);
  for (int j = 0; j < h; ++j) params_.w_output(j) = generator_.uniform(-bound1, bound1);  // coefs_[1][j][0]
  params_.b_output = generator_.uniform(-bound1, bound1);
  velocity_ = zeros_like(h);

  const int n = static_cast<int>(train_X_.size());
  batch_size_ = std::min(kMlpMaxBatch, n);
  batches_per_epoch_ = (n + batch_size_ - 1) / batch_size_;  // gen_batches: full batches, then the rest
  sample_idx_.resize(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) sample_idx_[static_cast<std::size_t>(i)] = i;
}

// [SECTION] A batch and an epoch

// One mini-batch, as _fit_stochastic takes it: its passes, the loss summed for the epoch, the record
// when one is kept; the epoch's end on its last batch; a value not finite named.
void MlpTrainer::batch(MlpBatchRecord* record) {
  const int h = options_.hidden;
  const int n = static_cast<int>(train_X_.size());
  if (batch_in_epoch_ == 0) shuffle_sample_idx(sample_idx_, generator_);
  const int start = batch_in_epoch_ * batch_size_;
  const Batch b{train_X_, train_Y_, sample_idx_.data() + start, std::min(start + batch_size_, n) - start};
  A1_.resize(static_cast<std::size_t>(b.m * h));
  delta1_.resize(static_cast<std::size_t>(b.m * h));
  A2_.resize(static_cast<std::size_t>(b.m));
  delta2_.resize(static_cast<std::size_t>(b.m));
  terms_.resize(static_cast<std::size_t>(2 * b.m));

  forward_pass(params_, options_.activation, b, A1_, A2_, record);
  const double log_loss = binary_log_loss(b, A2_, terms_);
  const double l2 = l2_term(params_, b.m);
  const double loss = log_loss + l2;
  const Parameters g = backprop(params_, options_.activation, b, A1_, A2_, delta1_, delta2_);
  if (record) {
    record->before = params_;
    record->gradient = g;
  }
  nesterov_update(options_.learning_rate, g, params_, velocity_);

  accumulated_loss_ += loss * b.m;
  ++batches_done_;
  ++batch_in_epoch_;
  if (record) {
    record->step = batches_done_;
    record->epoch = n_iter_ + 1;
    record->batch = batch_in_epoch_;
    record->batches_per_epoch = batches_per_epoch_;
    describe_batch(b, split_.train, *record);
    record->log_loss = log_loss;
    record->l2_term = l2;
    record->loss = loss;
    record->velocity = velocity_;
    record->after = params_;
  }
  if (batch_in_epoch_ == batches_per_epoch_) end_epoch(record);
  if (auto bad = first_non_finite(params_)) {
    divergence_ = *bad;
    divergence_->step = batches_done_;
    divergence_epoch_ = n_iter_ + (batch_in_epoch_ == 0 ? 0 : 1);
  }
}

void MlpTrainer::end_epoch(MlpBatchRecord* record) {
  // n_iter_ += 1; loss_ = accumulated_loss / n; loss_curve_.append(loss_); then the stopping rule on
  // the training loss.
  ++n_iter_;
  const double epoch_loss = accumulated_loss_ / static_cast<double>(train_X_.size());
  loss_curve_.push_back(epoch_loss);
  if (epoch_loss > best_loss_ - kMlpTol)
    ++no_improvement_count_;
  else
    no_improvement_count_ = 0;
  if (epoch_loss < best_loss_) best_loss_ = epoch_loss;
  if (no_improvement_count_ > kMlpNoChange) stopped_ = true;
  accumulated_loss_ = 0;
  batch_in_epoch_ = 0;
  if (record) {
    record->epoch_ended = true;
    record->epoch_loss = epoch_loss;
    record->best_loss = best_loss_;
    record->no_improvement_count = no_improvement_count_;
    record->stopped = stopped_;
  }
}

// [SECTION] Stepping, saving and restoring

const MlpBatchRecord* MlpTrainer::step() {
  if (finished()) return nullptr;
  MlpBatchRecord& r = last_record_.emplace();
  batch(&r);
  return &r;
}

long long MlpTrainer::advance(long long n) {
  long long done = 0;
  last_record_.reset();
  while (done < n && !finished()) {
    if (done == n - 1) {
      step();
    } else {
      batch(nullptr);
    }
    ++done;
  }
  return done;
}

long long MlpTrainer::train_to_end() {
  long long done = 0;
  while (!finished()) {
    batch(nullptr);
    ++done;
  }
  return done;
}

MlpState MlpTrainer::state() const {
  MlpState s;
  s.params = params_;
  s.velocity = velocity_;
  s.generator = generator_.state();
  s.sample_idx = sample_idx_;
  s.batches_done = batches_done_;
  s.n_iter = n_iter_;
  s.batch_in_epoch = batch_in_epoch_;
  s.accumulated_loss = accumulated_loss_;
  s.best_loss = best_loss_;
  s.no_improvement_count = no_improvement_count_;
  s.stopped = stopped_;
  return s;
}

void MlpTrainer::restore(const MlpState& s) {
  params_ = s.params;
  velocity_ = s.velocity;
  generator_ = NumpyRandom(s.generator);
  sample_idx_ = s.sample_idx;
  batches_done_ = s.batches_done;
  n_iter_ = s.n_iter;
  batch_in_epoch_ = s.batch_in_epoch;
  accumulated_loss_ = s.accumulated_loss;
  best_loss_ = s.best_loss;
  no_improvement_count_ = s.no_improvement_count;
  stopped_ = s.stopped;
  if (static_cast<long long>(loss_curve_.size()) > n_iter_) loss_curve_.resize(static_cast<std::size_t>(n_iter_));
  divergence_.reset();
  last_record_.reset();
}

// [SECTION] The score

double MlpTrainer::score(const std::vector<int>& rows) const {
  if (rows.empty()) return 0;
  const int h = options_.hidden;
  long long correct = 0;
  for (int row : rows) {
    const Sample& sample = data_.samples[static_cast<std::size_t>(row)];
    int predicted = single_class_;
    if (single_class_ < 0) {
      const Input x = input_of(sample.colour);
      double Z2 = 0;
      for (int j = 0; j < h; ++j) {
        double z = 0;
        for (int l = 0; l < 3; ++l) z += x(l) * params_.w_hidden(j, l);
        Z2 += hidden_activation(options_.activation, z + params_.b_hidden(j)) * params_.w_output(j);
      }
      predicted = expit(Z2 + params_.b_output) > 0.5 ? 1 : 0;
    }
    correct += predicted == sample.label;
  }
  return static_cast<double>(correct) / static_cast<double>(rows.size());
}

}  // namespace fontshade
