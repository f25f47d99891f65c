#pragma once
#include <cstdint>
#include <memory>
#include <optional>

#include "core/data/dataset.hpp"
#include "core/network/mlp.hpp"
#include "core/network/trainer.hpp"

namespace fontshade::app {

// The chapter's two programs side by side on the run's data, after np.random.seed(seed): the NumPy
// network as the notebook runs it (rng numpy, the chapter's gradient, 100,000 steps of L 0.05) and
// the scikit-learn cell (MLPClassifier(solver='sgd', hidden_layer_sizes=(3,), max_iter=100_000,
// learning_rate_init=.05)). Trained a slice a frame, so the window keeps answering. Pixel-free.
class ProgramComparison {
 public:
  // Starts both programs for this data and seed (0 to 2^32 - 1, np.random.seed's range).
  void start(const DataSet& data, std::uint32_t seed);
  bool started() const { return chapter_ != nullptr; }
  bool done() const { return started() && chapter_->finished() && sklearn_->finished(); }
  std::uint32_t seed() const { return seed_; }
  // Works for about `budget_seconds`.
  void work(double budget_seconds);
  // Progress in [0, 1], and the results once done.
  double progress() const;
  const Trainer& chapter() const { return *chapter_; }
  const MlpTrainer& sklearn() const { return *sklearn_; }
  double chapter_test_accuracy() const;  // share of the test third right (A2 >= 0.5)
  double sklearn_test_accuracy() const { return sklearn_->test_score(); }

 private:
  std::uint32_t seed_ = 0;
  std::unique_ptr<Trainer> chapter_;
  std::unique_ptr<MlpTrainer> sklearn_;
};

}  // namespace fontshade::app
