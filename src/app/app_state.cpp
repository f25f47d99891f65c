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

void AppState::use_builtin_data(std::string_view name) {
  if (auto data = builtin_dataset(name)) {
    run.pause();
    session.set_data(std::move(*data));
  }
}

void AppState::step(long long n) {
  session.advance(n);
  if (session.finished()) run.pause();
}

void AppState::tick(double seconds) {
  if (!run.running()) return;
  if (session.finished()) {
    run.pause();
    return;
  }
  if (!run.unlimited()) {
    step(run.steps_due(seconds));
    return;
  }
  // As fast as possible: slices sized from the measured time per step, until the frame's budget is
  // spent, so a frame takes about the budget and no more.
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(clock::now() - start).count(); };
  long long slice = 500;
  while (!session.finished()) {
    const double before = elapsed();
    const long long done = session.advance(slice);
    const double now = elapsed();
    const double left = RunController::kFrameBudgetSeconds - now;
    if (done == 0 || left <= 0) break;
    const double per_step = (now - before) / static_cast<double>(done);
    slice = static_cast<long long>(left / (per_step > 1e-9 ? per_step : 1e-9));
    slice = slice < 100 ? 100 : (slice > 1000000 ? 1000000 : slice);
  }
  if (session.finished()) run.pause();
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
    out.key("diverged").begin_object().key("step").integer(d->step).key("what").string(d->what()).end_object();
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
  for (const auto& [name, s] : state.scrolls)
    out.key(name).begin_object().key("x").number(s.x).key("y").number(s.y).key("max_x").number(s.max_x).key("max_y").number(s.max_y).end_object();
  out.end_object();
  return out.str();
}

}  // namespace fontshade::app
