#include "app_state.hpp"

#include <chrono>

#include "network.hpp"
#include "record_json.hpp"

namespace fontshade::app {

AppState::AppState() : session(default_dataset(), preset_seed()) {}

ForwardRecord AppState::picked_forward() const {
  return forward(session.trainer().parameters(), input_of(picked), session.options().activation);
}

void AppState::reset(std::uint64_t seed) {
  run.pause();
  seed_field = static_cast<long long>(seed);
  session.reset(seed);
}

void AppState::step(long long n) {
  session.advance(n);
  if (session.trainer().finished() && run.running()) run.pause();
}

void AppState::tick(double seconds) {
  if (!run.running()) return;
  const Trainer& t = session.trainer();
  if (t.divergence() || (run.training_to_end() && t.steps_done() >= session.options().steps)) {
    run.pause();
    return;
  }
  if (!run.unlimited()) {
    step(run.steps_due(seconds));
    return;
  }
  // As fast as possible: slices until the frame's time budget is spent.
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  const long long end = session.options().steps;
  long long slice = 1000;
  while (std::chrono::duration<double>(clock::now() - start).count() < RunController::kFrameBudgetSeconds) {
    long long n = slice;
    if (run.training_to_end()) n = std::min(n, end - session.trainer().steps_done());
    if (n <= 0) break;
    session.advance(n);
    if (session.trainer().divergence()) break;
    slice *= 2;
  }
  if (session.trainer().divergence() || (run.training_to_end() && session.trainer().steps_done() >= end)) run.pause();
}

std::string state_json(const AppState& state) {
  const Trainer& t = state.session.trainer();
  JsonWriter out;
  out.begin_object();
  if (const auto& r = t.last_record()) {
    write_step_record_members(out, *r);
  } else {
    out.key("step").integer(0);
    write_parameters(out, t.parameters());
  }
  if (const auto& d = t.divergence())
    out.key("diverged").begin_object().key("step").integer(d->step).key("what").string(d->what).end_object();
  const ForwardRecord f = state.picked_forward();
  out.key("picked").begin_object()
      .key("color").string(hex_of(state.picked))
      .key("A2").number(f.A2)
      .key("shade").string(is_dark(f.A2) ? "dark" : "light")
      .end_object();
  out.end_object();
  return out.str();
}

std::string layout_json(const AppState& state) {
  JsonWriter out;
  out.begin_object();
  for (const auto& [name, r] : state.layout)
    out.key(name).begin_object().key("x").number(r.x).key("y").number(r.y).key("w").number(r.w).key("h").number(r.h).end_object();
  out.end_object();
  return out.str();
}

}  // namespace fontshade::app
