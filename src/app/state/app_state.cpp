#include "app/state/app_state.hpp"

#include "core/network/network.hpp"
#include "core/files/record_json.hpp"

namespace fontshade::app {

AppState::AppState() : run(default_dataset(), preset_seed()) {}

ForwardRecord AppState::picked_forward() const {
  return forward(run.parameters(), input_of(view.picked), run.options().activation);
}

void AppState::reset(std::uint64_t seed) {
  player.pause();
  seed_field = static_cast<long long>(seed);
  run.reset(seed);
  if (phase_mode()) view.phase = Phase::sample;  // step 0 has nothing to unfold yet: → takes the first step
}

std::string AppState::set_options(const Options& options) {
  if (std::string problem = options.validate(); !problem.empty()) return problem;
  if (std::string problem = split_problem(run.data(), options.split); !problem.empty())
    return "split " + std::string(name_of(options.split)) + ": " + problem;
  if (options == run.options()) return {};
  player.pause();
  options_undo.push_back(run.options());
  last_change = OptionsChange{run.options(), options};
  seed_field = static_cast<long long>(options.seed);
  run.reset(options);
  if (phase_mode()) view.phase = Phase::sample;
  if (run.mlp()) view.phase.reset();  // a mini-batch is not unfolded phase by phase
  return {};
}

void AppState::undo_options() {
  if (options_undo.empty()) return;
  const Options previous = options_undo.back();
  options_undo.pop_back();
  player.pause();
  last_change = OptionsChange{run.options(), previous};
  seed_field = static_cast<long long>(previous.seed);
  run.reset(previous);
  if (phase_mode()) view.phase = Phase::sample;
  if (run.mlp()) view.phase.reset();
}

void AppState::use_builtin_data(std::string_view name) {
  if (auto data = builtin_dataset(name)) {
    player.pause();
    run.set_data(std::move(*data));
    if (phase_mode()) view.phase = Phase::sample;
  }
}

bool AppState::at_end() const { return run.at_end(); }

void AppState::step(long long n) {
  run.advance(n);
  if (at_end()) player.pause();
}

void AppState::back(long long n) { seek(run.cursor() - n); }

void AppState::seek(long long step) {
  run.seek(step);
  // Phase mode needs a step to unfold: there is none at step 0.
  if (phase_mode() && run.cursor() == 0) view.phase = Phase::sample;
}

void AppState::next() {
  if (!phase_mode()) return step(1);
  if (run.cursor() > 0 && *view.phase != Phase::update) {
    view.phase = static_cast<Phase>(static_cast<int>(*view.phase) + 1);
    return;
  }
  if (at_end()) return;
  step(1);
  view.phase = Phase::sample;
}

void AppState::previous() {
  if (!phase_mode()) return back(1);
  if (*view.phase != Phase::sample) {
    view.phase = static_cast<Phase>(static_cast<int>(*view.phase) - 1);
    return;
  }
  if (run.cursor() <= 1) return;
  back(1);
  view.phase = Phase::update;
}

void AppState::set_phase_mode(bool on) {
  if (!on) {
    view.phase.reset();
    return;
  }
  if (run.mlp()) return;  // scikit-learn's step is a whole mini-batch: phase mode is the chapter trainer's
  player.pause();
  if (run.cursor() == 0 && !at_end()) step(1);
  view.phase = Phase::sample;
}

void AppState::set_phase(Phase p) {
  if (!phase_mode()) set_phase_mode(true);
  if (!phase_mode()) return;
  view.phase = p;
}

void AppState::tick(double seconds) {
  tick_activities(*this);
  animate_view3d(view.view3d, seconds);
  work_on_reach(*this, RunController::kFrameBudgetSeconds);
  if (!player.running()) return;
  if (at_end()) {
    player.pause();
    return;
  }
  if (!player.unlimited()) {
    step(player.steps_due(seconds));
    return;
  }
  // As fast as possible: a frame's budget of work, and no more.
  advance_within(run, run.options().steps, RunController::kFrameBudgetSeconds);
  if (at_end()) player.pause();
}

std::string state_json(const AppState& state) {
  const Trainer& t = state.run.trainer();
  JsonWriter out;
  out.begin_object();
  if (const StepRecord* r = state.run.record()) {
    write_step_record_members(out, *r);
  } else if (const MlpBatchRecord* b = state.run.batch_record()) {
    write_batch_record_members(out, *b);
  } else {
    if (state.run.mlp()) out.key("trainer").string("sklearn");
    out.key("step").integer(0);
    write_parameters(out, state.run.parameters());
    if (state.run.mlp()) write_sklearn_coefs(out, state.run.parameters());
  }
  if (const auto* mlp = state.run.mlp()) {
    const MlpTrainer& m = mlp->trainer();
    out.key("n_iter_").integer(m.n_iter()).key("stopped").boolean(m.stopped());
    out.key("train_score").number(m.train_score()).key("test_score").number(m.test_score());
  }
  // The trainer at the cursor has run into the divergence.
  const std::optional<Divergence>& d = state.run.mlp() ? state.run.mlp()->trainer().divergence() : t.divergence();
  if (d) out.key("diverged").begin_object().key("step").integer(d->step).key("what").string(d->what()).end_object();
  const ForwardRecord f = state.picked_forward();
  out.key("picked").begin_object()
      .key("color").string(hex_of(state.view.picked))
      .key("A2").number(f.A2)
      .key("shade").string(is_dark(f.A2) ? "dark" : "light")
      .end_object();
  out.key("phase");
  if (state.view.phase) out.string(info_of(*state.view.phase).name);
  else out.null();
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
