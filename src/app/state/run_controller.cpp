#include "app/state/run_controller.hpp"

#include <chrono>
#include <algorithm>
#include <cmath>

namespace fontshade::app {

long long RunController::steps_due(double seconds) {
  if (!running_ || unlimited()) return 0;
  // A long pause (window hidden, debugger) must not turn into a burst of thousands of steps.
  if (seconds > 0.25) seconds = 0.25;
  carry_ += seconds * steps_per_second();
  const double whole = std::floor(carry_);
  carry_ -= whole;
  return static_cast<long long>(whole);
}

long long advance_within(Run& run, long long target, double budget_seconds) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(clock::now() - start).count(); };
  const long long from = run.cursor();
  // Small first, then sized from the measured time a step: a step's cost varies a thousandfold (a
  // checkpoint evaluates every row, and a data set may have a million).
  long long slice = 16;
  while (run.cursor() < target && !run.trainer().divergence()) {
    const double before = elapsed();
    const long long done = run.advance(std::min(slice, target - run.cursor()));
    const double now = elapsed();
    const double left = budget_seconds - now;
    if (done == 0 || left <= 0) break;
    const double took = now - before;
    if (took >= kTimedSliceSeconds) {
      // What is left at the speed just measured, a little under, so the frame ends near the budget.
      slice = static_cast<long long>(0.9 * left * static_cast<double>(done) / took);
      slice = slice < 1 ? 1 : (slice > 1000000 ? 1000000 : slice);
    } else {
      // Too short to time on a coarse clock (a browser's ticks in 0.1 ms or more): a bigger slice, not
      // a guess from a zero.
      slice *= 4;
    }
  }
  return run.cursor() - from;
}

}  // namespace fontshade::app
