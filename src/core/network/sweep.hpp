#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/network/metrics.hpp"
#include "core/network/options.hpp"

namespace fontshade {

class Trainer;

// "How much does the start matter?": the same options trained from seeds first .. first + count - 1.
struct SeedResult {
  std::uint64_t seed = 0;
  bool diverged = false;
  long long diverged_at_step = 0;
  // Every ReLU node died (Trainer::dead_network()): the network answers one shade from then on.
  bool dead = false;
  long long dead_at_step = 0;
  Evaluation test;  // of a run that finished; empty for a diverged one
  // A finished run that answers one shade for every test row.
  bool collapsed() const { return !diverged && test.single_class(); }
};

struct SweepSummary {
  std::vector<SeedResult> runs;
  int finished = 0;   // runs that did not diverge
  int diverged = 0;
  int collapses = 0;  // finished runs that answer one shade for every test row
  int dead = 0;       // runs in which every ReLU node died
  // Test accuracy over all runs, fractions in [0, 1]. A run that diverged has no network to test and
  // counts as 0: a sweep with a diverged seed never looks better than it is.
  double median = 0;
  double worst = 0;
  double best = 0;
};

// The summary of some runs (all of a sweep, or the ones done so far).
SweepSummary summarise(std::vector<SeedResult> runs);

// A sweep that runs in slices, so a caller with a frame to draw (the app) never waits for all of it:
// each run_for() does at most max_steps SGD steps, moving on to the next seed when one finishes. The
// runs are exactly those of a sweep in one go (the slices only decide where the work pauses).
class SeedSweep {
 public:
  SeedSweep(DataSet data, Options options, std::uint64_t first_seed, int count);
  ~SeedSweep();
  SeedSweep(SeedSweep&&) noexcept;
  SeedSweep& operator=(SeedSweep&&) noexcept;

  // Advances by at most max_steps SGD steps (a step that diverges counts as one) and finishes every
  // seed whose steps are done. Returns done(). max_steps <= 0 does nothing.
  bool run_for(long long max_steps);
  bool done() const { return seeds_done() >= count_; }

  int count() const { return count_; }
  std::uint64_t first_seed() const { return first_seed_; }
  const Options& options() const { return options_; }
  int seeds_done() const { return static_cast<int>(results_.size()); }
  // Steps done by the seed in progress (0 between seeds and when done), of options().steps.
  long long current_steps_done() const;
  // The finished seeds' results, in seed order.
  const std::vector<SeedResult>& results() const { return results_; }
  // As sweep_seeds reports it, over the seeds done so far.
  SweepSummary summary() const { return summarise(results_); }

 private:
  void finish_current();

  DataSet data_;
  Options options_;
  std::uint64_t first_seed_ = 0;
  int count_ = 0;
  std::unique_ptr<Trainer> current_;  // the seed in progress; null between seeds
  std::vector<SeedResult> results_;
};

// The whole sweep in one go (a SeedSweep run to the end).
SweepSummary sweep_seeds(const DataSet& data, Options options, std::uint64_t first_seed, int count);

}  // namespace fontshade
