#include "app/state/reach.hpp"

#include <chrono>

#include "app/state/app_state.hpp"

namespace fontshade::app {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Arrives: the reach leaves the state before arrive() runs, so arrive() may start another.
std::string arrive(AppState& state, Reach& reach) {
  return reach.arrive ? reach.arrive(state, *reach.run) : std::string();
}

}  // namespace

long long reach_work(const Run& run, long long target) {
  const long long from = run.steps_done();
  if (target <= from) return 0;
  long long checkpoints = 0;
  for (long long s = Run::next_checkpoint(from); s <= target; s = Run::next_checkpoint(s)) ++checkpoints;
  const long long rows = static_cast<long long>(run.data().samples.size());
  const long long passes = 3 * (target - from) + checkpoints * rows;
  return passes * run.options().hidden / 3;
}

ReachStart start_reach(AppState& state, Reach reach) {
  state.reach.reset();
  if (reach_work(*reach.run, reach.target) <= kReachAtOnceWork) {
    reach.run->advance(reach.target - reach.run->cursor());
    return {arrive(state, reach), false};
  }
  state.reach = std::move(reach);
  work_on_reach(state, RunController::kFrameBudgetSeconds);
  return {{}, state.reach.has_value()};
}

void work_on_reach(AppState& state, double budget_seconds) {
  if (!state.reach) return;
  Reach& reach = *state.reach;
  const auto start = std::chrono::steady_clock::now();
  advance_within(*reach.run, reach.target, budget_seconds);
  reach.seconds += seconds_since(start);
  if (reach.run->cursor() < reach.target && !reach.run->finished()) return;
  Reach done = std::move(*state.reach);
  state.reach.reset();
  const std::string problem = arrive(state, done);
  if (done.tell) done.tell(state, problem);
}

void cancel_reach(AppState& state) {
  if (!state.reach) return;
  Reach dropped = std::move(*state.reach);
  state.reach.reset();
  if (dropped.cancelled) dropped.cancelled(state);
}

void finish_reach(AppState& state) {
  while (state.reach) work_on_reach(state, 1.0);
}

}  // namespace fontshade::app
