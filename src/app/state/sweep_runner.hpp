#pragma once
#include <cstdint>
#include <functional>
#include <optional>

#include "core/data/dataset.hpp"
#include "core/network/options.hpp"
#include "core/network/sweep.hpp"

namespace fontshade::app {

// The seed sweep view's engine (issue 7, part 5): "how much does the start matter?" The current
// options and data trained from seeds 1 .. N, as `fontshade-cli sweep --seeds N` does, a slice a
// frame so the window keeps drawing and answering clicks while it runs. Pixel-free.
class SweepRunner {
 public:
  static constexpr int kMaxSeeds = 200;
  static constexpr std::uint64_t kFirstSeed = 1;  // the CLI's default --seed: the same runs

  // A new sweep of seeds 1 .. count (clamped to 1-200), with these options (their seed is ignored) on
  // this data. The sweep it replaces is dropped.
  void start(DataSet data, Options options, int count);
  // Stops the sweep where it is: the seeds done so far stay, marked as stopped.
  void stop();
  void clear() { sweep_.reset(); }

  bool has_sweep() const { return sweep_.has_value(); }
  bool running() const { return sweep_ && !sweep_->done() && !stopped_; }
  bool stopped() const { return stopped_; }
  const SeedSweep& sweep() const { return *sweep_; }  // only with has_sweep()
  const DataSet& data() const { return data_; }
  // Counts sweeps started, so a caller waiting for one notices when another replaced it.
  int id() const { return id_; }

  // Works on the sweep for about `budget_seconds` of wall time, in slices sized from the measured
  // time per step. Returns the seconds spent.
  double work(double budget_seconds);

  // How the work went, for the panel and the scripting API: frames worked, seconds computing in all
  // and in the longest frame, and the wall time from start to the end (so far, while running).
  struct Timing {
    long long frames = 0;
    double busy_seconds = 0;
    double longest_frame_seconds = 0;
    double wall_seconds = 0;
  };
  Timing timing() const;
  // SGD steps done so far, of count x options.steps.
  long long steps_done() const;

  // The clock work() measures with, in seconds (the steady clock; tests give a coarse one).
  void set_clock(std::function<double()> clock) { clock_ = std::move(clock); }

 private:
  std::optional<SeedSweep> sweep_;
  DataSet data_;
  bool stopped_ = false;
  int id_ = 0;
  std::function<double()> clock_;
  double now() const;
  double per_step_ = 0;     // seconds per SGD step, as last measured (0: not yet)
  Timing timing_;
  double started_at_ = 0;   // steady clock, seconds
  bool wall_final_ = false;
};

}  // namespace fontshade::app
