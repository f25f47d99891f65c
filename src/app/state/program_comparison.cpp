#include "app/state/program_comparison.hpp"

#include <chrono>

namespace fontshade::app {

void ProgramComparison::start(const DataSet& data, std::uint32_t seed) {
  seed_ = seed;
  Options chapter;  // the chapter's defaults: 3 relu nodes, squared error, [0, 1) start, L 0.05, 100,000 steps
  chapter.rng = Rng::numpy;
  chapter.gradient = GradientMode::chapter;
  chapter.seed = seed;
  chapter_ = std::make_unique<Trainer>(data, chapter);
  MlpOptions cell;  // hidden_layer_sizes=(3,), relu, learning_rate_init=.05, max_iter=100_000
  cell.seed = seed;
  sklearn_ = std::make_unique<MlpTrainer>(data, cell);
}

void ProgramComparison::work(double budget_seconds) {
  if (!started() || done()) return;
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(clock::now() - start).count(); };
  // Slices small enough to stop near the budget: 1,000 notebook steps take about 3 ms, 20 batches 0.2 ms.
  while (elapsed() < budget_seconds && !done()) {
    if (!chapter_->finished()) chapter_->advance(1000);
    if (!sklearn_->finished()) sklearn_->advance(20);
  }
}

double ProgramComparison::progress() const {
  if (!started()) return 0;
  const double a = static_cast<double>(chapter_->steps_done()) / static_cast<double>(chapter_->options().steps);
  const double b = sklearn_->finished() ? 1.0 : 0.5;
  return (a + b) / 2;
}

double ProgramComparison::chapter_test_accuracy() const { return chapter_->evaluate_test().accuracy; }

}  // namespace fontshade::app
