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
  long long slice = 500;
  while (run.cursor() < target && !run.trainer().divergence()) {
    const double before = elapsed();
    const long long done = run.advance(std::min(slice, target - run.cursor()));
    const double now = elapsed();
    const double left = budget_seconds - now;
    if (done == 0 || left <= 0) break;
    const double per_step = (now - before) / static_cast<double>(done);
    slice = static_cast<long long>(left / (per_step > 1e-9 ? per_step : 1e-9));
    slice = slice < 100 ? 100 : (slice > 1000000 ? 1000000 : slice);
  }
  return run.cursor() - from;
}

}  // namespace fontshade::app
