#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/base/error.hpp"
#include "core/network/metrics.hpp"
#include "core/network/mlp_run.hpp"
#include "core/network/options.hpp"
#include "core/network/trainer.hpp"

namespace fontshade {

// The one budget for replays: the furthest step a link, a model file, the desktop app's --lesson or
// --model, or a script's step(n) makes the app rebuild, 5,000,000 steps (about 3 s of work in a
// browser for the chapter's network, done a frame's worth at a time with a progress bar). A step
// further than that is refused at once with replay_budget_problem's message; the CLI has no budget.
constexpr long long kMaxReplaySteps = 5000000;
// Empty when step `step` is within the budget, else the message naming the step and the budget.
std::string replay_budget_problem(long long step);

// One point of the training curves: where the run stood after `step` steps.
struct HistoryPoint {
  long long step = 0;
  double recent_mean_cost = 0;  // mean C over the last Trainer::kRecentSteps steps
  double train_accuracy = 0;
  double test_accuracy = 0;
};

// A training run as a seekable thing: the steps computed so far (up to the frontier) can be visited
// in any order, each rebuilt exactly — its record is the line of `fontshade-cli trace` for that step,
// bit for bit. The run keeps a snapshot of the trainer's state every snapshot_spacing() steps and
// rebuilds a step by replaying from the nearest snapshot at least Trainer::kRecentSteps steps before
// it (so the recent cost window is whole too). Going on from any step continues the same run.
// Curves: checkpoints taken at every step to 100, every 10 to 1,000, every 100 to 1,000,000, then
// ten times sparser each decade, as the frontier passes them.
// Its memory is bounded whatever the run's length (a billion steps must not kill a page): past
// kMaxSnapshots snapshots every other one is dropped and the spacing doubles (a seek then replays at
// most the spacing: 32,768 steps at a billion), and the sparser checkpoints keep the curves under
// 40,000 points. Pixel-free: the app is a cursor over this.
// With options.trainer sklearn the run is scikit-learn's (MlpRun): a step is a mini-batch, record()
// is null and batch_record() holds the step; the curves have a point an epoch (recent_mean_cost: the
// epoch's loss_), and the split is the scikit-learn cell's.
class Run {
 public:
  // The first snapshots' spacing: every 64 steps with fontshade's generator (its state is four
  // words); every 128 with NumPy's, whose state is 2.5 KB (2 MB for 100,000 steps).
  static constexpr long long kSnapshotEvery = 64;
  static constexpr long long kNumpySnapshotEvery = 128;
  static constexpr std::size_t kMaxSnapshots = 32768;

  // max_snapshots: kMaxSnapshots; the tests give a small one to see the thinning at work.
  Run(DataSet data, Options options, std::size_t max_snapshots = kMaxSnapshots);

  // A new run from step 0: the same data and options with another seed, or other options.
  void reset(std::uint64_t seed);
  void reset(Options options);
  // Replaces the data set and starts again. A set too small to split (under 3 rows) is refused with
  // an error, and the current one stays.
  std::optional<Error> set_data(DataSet data);

  const Options& options() const { return trainer_->options(); }
  const DataSet& data() const { return trainer_->data(); }
  const DataFacts& facts() const { return facts_; }
  const Split& split() const { return mlp_ ? mlp_->trainer().split() : trainer_->split(); }
  // The scikit-learn trainer's run (options.trainer sklearn), else null.
  const MlpRun* mlp() const { return mlp_.get(); }

  // The frontier: the steps computed so far.
  long long steps_done() const { return mlp_ ? mlp_->frontier() : frontier_; }
  // The run can go no further: all options.steps steps are done, or it diverged (scikit-learn's:
  // its stopping rule fired, or max_iter epochs are done).
  bool finished() const {
    return mlp_ ? mlp_->finished() : frontier_ >= options().steps || divergence_.has_value();
  }
  // The cursor can go no further: at the run's last step, or at the step that diverged.
  bool at_end() const;
  // The first non-finite value, at the step after the frontier (the run cannot pass it).
  const std::optional<Divergence>& divergence() const { return divergence_; }
  // The step at which every ReLU node died, if that happened by the frontier.
  std::optional<long long> dead_at_step() const { return dead_at_; }

  // The cursor: the step being looked at, 0 .. steps_done().
  long long cursor() const { return mlp_ ? mlp_->cursor() : trainer_->steps_done(); }
  // Moves the cursor to step k (clamped to 0 .. steps_done()) and rebuilds that step exactly.
  void seek(long long k);
  // Moves the cursor on by up to n steps, replaying steps already computed and computing new ones
  // past the frontier (stops at options.steps and at a divergence). Returns the steps moved.
  long long advance(long long n);

  // At the cursor. The trainer holds the cursor's record (nullptr at step 0; when the cursor has
  // run into the divergence, the record of the step that diverged) and the parameters after it.
  const Trainer& trainer() const { return *trainer_; }
  const StepRecord* record() const {
    return !mlp_ && trainer_->last_record() ? &*trainer_->last_record() : nullptr;
  }
  // The scikit-learn trainer's mini-batch at the cursor (null at step 0 and for the chapter's trainer).
  const MlpBatchRecord* batch_record() const { return mlp_ ? mlp_->record() : nullptr; }
  const Parameters& parameters() const { return mlp_ ? mlp_->trainer().parameters() : trainer_->parameters(); }
  const HistoryPoint& current_point() const { return current_; }
  const Evaluation& train_evaluation() const { return train_; }
  const Evaluation& test_evaluation() const { return test_; }
  // The network is dead at the cursor (died at or before it).
  bool dead_at_cursor() const { return dead_at_ && *dead_at_ <= cursor(); }

  // Steps between two snapshots: kSnapshotEvery, doubled each time the snapshots were thinned.
  long long snapshot_spacing() const { return snapshot_every_; }

  // The checkpoints up to the frontier (step 0 first).
  const std::vector<HistoryPoint>& history() const { return history_; }
  // The step after `step` at which a checkpoint is due.
  static long long next_checkpoint(long long step);

  // Bytes held by the snapshots, and by the whole seekable run: snapshots and curve checkpoints (the
  // budget: 4 MB for 100,000 steps, 40 MB for 1,000,000).
  std::size_t snapshot_bytes() const;
  std::size_t memory_bytes() const;

 private:
  void restart();
  void take_snapshot();
  TrainerState snapshot(std::size_t index) const;
  void evaluate_now();
  // After the scikit-learn run moved: its new epochs into the curves, a divergence at the frontier.
  void follow_mlp();

  void thin_snapshots();
  std::size_t snapshot_limit() const;

  std::unique_ptr<Trainer> trainer_;  // at the cursor (idle at step 0 when the trainer is scikit-learn's)
  std::unique_ptr<MlpRun> mlp_;       // options.trainer sklearn
  long long snapshot_every_ = kSnapshotEvery;
  std::size_t max_snapshots_ = kMaxSnapshots;
  DataFacts facts_;
  long long frontier_ = 0;
  std::optional<Divergence> divergence_;
  std::optional<long long> dead_at_;
  // Snapshot i is the state after step i * snapshot_every_, packed: the parameters as w_hidden (row
  // by row), b_hidden, w_output, b_output; the sampler's state (in the vector of its generator's
  // kind); the death step (or -1).
  std::vector<double> snapshot_parameters_;
  std::vector<Random::State> snapshot_samplers_;
  std::vector<NumpyRandom::State> snapshot_numpy_samplers_;
  std::vector<long long> snapshot_deaths_;
  std::vector<HistoryPoint> history_;
  HistoryPoint current_;
  Evaluation train_;
  Evaluation test_;
};

}  // namespace fontshade
