#include "sweep.hpp"

#include <algorithm>

#include "trainer.hpp"

namespace fontshade {

SweepSummary sweep_seeds(const DataSet& data, Options options, std::uint64_t first_seed, int count) {
  SweepSummary s;
  std::vector<double> accuracies;
  for (int k = 0; k < count; ++k) {
    options.seed = first_seed + static_cast<std::uint64_t>(k);
    Trainer trainer(data, options);
    trainer.train_to_end();
    SeedResult r;
    r.seed = options.seed;
    if (trainer.divergence()) {
      r.diverged = true;
      r.diverged_at_step = trainer.divergence()->step;
      accuracies.push_back(0.0);
      ++s.diverged;
    } else {
      r.test = trainer.evaluate_test();
      accuracies.push_back(r.test.accuracy);
      if (r.test.single_class()) ++s.collapses;
      ++s.finished;
    }
    s.runs.push_back(r);
  }
  if (!accuracies.empty()) {
    s.median = median(accuracies);
    s.worst = *std::min_element(accuracies.begin(), accuracies.end());
    s.best = *std::max_element(accuracies.begin(), accuracies.end());
  }
  return s;
}

}  // namespace fontshade
