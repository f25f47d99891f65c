#include "app/state/activities.hpp"

#include "app/state/app_state.hpp"
#include "core/data/csv.hpp"

namespace fontshade::app {

void tick_activities(AppState& state) {
  state.activities.sweep.work(kSweepBudgetSeconds);
  state.activities.comparison.work(kSweepBudgetSeconds);
  if (state.activities.check_follows && !check_is_current(state)) check_step(state);
}

int answer_label(AppState& state, int y) { return state.activities.labelling.answer(state.view.picked, y); }

std::string labels_source(int count) { return "labelled by hand: " + std::to_string(count) + " colours"; }

bool train_on_labels(AppState& state) {
  const LabelledSet& set = state.activities.labelling.set;
  if (set.size() < kMinCsvRows) return false;
  state.player.pause();
  if (state.run.set_data(set.to_dataset(labels_source(set.size())))) return false;
  if (state.phase_mode()) state.view.phase = Phase::sample;
  return true;
}

void start_sweep(AppState& state, int count) {
  state.activities.sweep.start(state.run.data(), state.run.options(), count);
  state.view.sweep_seeds = count;  // the Seeds tab's field shows the sweep on screen, whoever started it
}

bool sweep_matches_run(const AppState& state) {
  const SweepRunner& sweep = state.activities.sweep;
  if (!sweep.has_sweep()) return false;
  Options run = state.run.options();
  run.seed = sweep.sweep().options().seed;
  return run == sweep.sweep().options() && state.run.data().samples == sweep.data().samples;
}

bool load_sweep_seed(AppState& state, std::uint64_t seed) {
  const SweepRunner& sweep = state.activities.sweep;
  if (!sweep.has_sweep()) return false;
  const SeedSweep& s = sweep.sweep();
  if (seed < s.first_seed() || seed >= s.first_seed() + static_cast<std::uint64_t>(s.count())) return false;
  if (state.run.data().samples != sweep.data().samples) state.run.set_data(sweep.data());
  Options o = s.options();
  o.seed = seed;
  if (o == state.run.options()) state.reset(seed);  // set_options keeps a run with the same options as it is
  else state.set_options(o);
  state.player.train_to_end();
  return true;
}

bool check_step(AppState& state) {
  const StepRecord* r = state.run.record();
  if (!r) return false;
  state.activities.checked = CheckedStep{state.run.cursor(), state.run.options(), check_gradients(*r, state.run.options())};
  return true;
}

bool check_is_current(const AppState& state) {
  const auto& c = state.activities.checked;
  return c && c->step == state.run.cursor() && c->options == state.run.options();
}

}  // namespace fontshade::app
