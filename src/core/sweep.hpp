#pragma once
#include <cstdint>
#include <vector>

#include "dataset.hpp"
#include "metrics.hpp"
#include "options.hpp"

namespace fontshade {

// "How much does the start matter?": the same options trained from seeds first .. first + count - 1.
struct SeedResult {
  std::uint64_t seed = 0;
  bool diverged = false;
  long long diverged_at_step = 0;
  Evaluation test;
};

struct SweepSummary {
  std::vector<SeedResult> runs;
  int finished = 0;   // runs that did not diverge
  int diverged = 0;
  int collapses = 0;  // finished runs that answer one shade for every test row
  // Test accuracy over all runs, fractions in [0, 1]. A run that diverged has no network to test and
  // counts as 0: a sweep with a diverged seed never looks better than it is.
  double median = 0;
  double worst = 0;
  double best = 0;
};

SweepSummary sweep_seeds(const DataSet& data, Options options, std::uint64_t first_seed, int count);

}  // namespace fontshade
