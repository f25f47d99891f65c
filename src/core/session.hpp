#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "dataset.hpp"
#include "error.hpp"
#include "metrics.hpp"
#include "options.hpp"
#include "trainer.hpp"

namespace fontshade {

// One point of the training curves: where the run stood after `step` steps.
struct HistoryPoint {
  long long step = 0;
  double recent_mean_cost = 0;  // mean C over the last Trainer::kRecentSteps steps
  double train_accuracy = 0;
  double test_accuracy = 0;
};

// A training run as the app shows it: the trainer, plus checkpoints of accuracy and cost taken at
// every step early on and more sparsely later (steps 1-100 each, then every 10 to 1,000, then every
// 100), so a whole 100,000-step run is 1,181 points however it is stepped. The run ends at
// options.steps. Pixel-free: the UI only draws what is here.
class Session {
 public:
  Session(DataSet data, Options options);

  // Starts again with the same data and options and another seed.
  void reset(std::uint64_t seed);
  void reset(Options options);
  // Replaces the data set and starts again. A set too small to split (under kMinCsvRows rows) is
  // refused with an error, and the current one stays.
  std::optional<Error> set_data(DataSet data);

  // Runs n SGD steps (fewer at the end of the run or if training diverges) and takes the checkpoints
  // that fall within them. The last step keeps its full record.
  long long advance(long long n);
  // All options.steps steps done, or training diverged.
  bool finished() const { return trainer_->finished(); }

  const Trainer& trainer() const { return *trainer_; }
  const Options& options() const { return trainer_->options(); }
  const DataSet& data() const { return trainer_->data(); }
  const DataFacts& facts() const { return facts_; }
  // The checkpoints so far (step 0 first).
  const std::vector<HistoryPoint>& history() const { return history_; }
  // Where the run stands now, which may lie between two checkpoints.
  const HistoryPoint& current_point() const { return current_; }
  // Evaluations at the current step.
  const Evaluation& train_evaluation() const { return train_; }
  const Evaluation& test_evaluation() const { return test_; }

  // The step after `step` at which a checkpoint is due.
  static long long next_checkpoint(long long step);

 private:
  void restart();
  // Evaluates the current parameters on the train and test rows (once per step).
  void evaluate_now();

  std::unique_ptr<Trainer> trainer_;
  DataFacts facts_;
  std::vector<HistoryPoint> history_;
  HistoryPoint current_;
  Evaluation train_;
  Evaluation test_;
};

}  // namespace fontshade
