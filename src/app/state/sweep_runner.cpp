#include "app/state/sweep_runner.hpp"

#include <algorithm>
#include <chrono>

#include "app/state/run_controller.hpp"  // kTimedSliceSeconds

namespace fontshade::app {
namespace {

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

double SweepRunner::now() const { return clock_ ? clock_() : now_seconds(); }

void SweepRunner::start(DataSet data, Options options, int count) {
  count = std::clamp(count, 1, kMaxSeeds);
  options.seed = kFirstSeed;
  data_ = data;
  sweep_.emplace(std::move(data), options, kFirstSeed, count);
  stopped_ = false;
  ++id_;
  per_step_ = 0;
  timing_ = Timing{};
  started_at_ = now();
  wall_final_ = false;
}

void SweepRunner::stop() {
  if (!running()) return;
  stopped_ = true;
  timing_.wall_seconds = now() - started_at_;
  wall_final_ = true;
}

long long SweepRunner::steps_done() const {
  if (!sweep_) return 0;
  return static_cast<long long>(sweep_->seeds_done()) * sweep_->options().steps + sweep_->current_steps_done();
}

SweepRunner::Timing SweepRunner::timing() const {
  Timing t = timing_;
  if (sweep_ && !wall_final_) t.wall_seconds = now() - started_at_;
  return t;
}

double SweepRunner::work(double budget_seconds) {
  if (!running()) return 0;
  const double start = now();
  double elapsed = 0;
  // The first slice takes half the budget at the speed measured before (1,000 steps at first).
  long long slice = per_step_ > 0 ? std::clamp(static_cast<long long>(0.5 * budget_seconds / per_step_), 50LL, 1000000LL) : 1000;
  for (;;) {
    const double before = elapsed;
    sweep_->run_for(slice);  // uses the whole slice unless the sweep ends in it
    elapsed = now() - start;
    if (sweep_->done()) break;
    const double left = budget_seconds - elapsed;
    if (left <= 0) break;
    const double took = elapsed - before;
    if (took >= kTimedSliceSeconds) {
      // The next slice fills what is left at the speed just measured (a little under, so the frame
      // ends near the budget rather than past it).
      per_step_ = took / static_cast<double>(slice);
      slice = std::clamp(static_cast<long long>(0.9 * left / per_step_), 50LL, 1000000LL);
    } else {
      // Too short to time on a coarse clock (a browser's ticks in 0.1 ms): a bigger slice, not a guess.
      slice *= 4;
    }
  }
  ++timing_.frames;
  timing_.busy_seconds += elapsed;
  timing_.longest_frame_seconds = std::max(timing_.longest_frame_seconds, elapsed);
  if (sweep_->done()) {
    timing_.wall_seconds = now() - started_at_;
    wall_final_ = true;
  }
  return elapsed;
}

}  // namespace fontshade::app
