#include "app/state/model_state.hpp"

namespace fontshade::app {

Model model_at_cursor(const AppState& state) { return model_of(state.run.trainer()); }

ReachStart load_model(AppState& state, const Model& m, std::function<void(AppState&, const std::string&)> tell) {
  if (std::string problem = m.options.validate(); !problem.empty()) return {problem};
  if (std::string problem = replay_budget_problem(m.steps_done); !problem.empty())
    return {"the model has done " + std::to_string(m.steps_done) + " steps: " + problem};
  DataSet data = state.run.data();
  if (m.run) {
    if (m.run->data.origin == DataOrigin::book || m.run->data.origin == DataOrigin::synthetic)
      data = *builtin_dataset(origin_name(m.run->data.origin));
    if (std::string problem = data_mismatch(m.run->data, data); !problem.empty())
      return {problem + " (load that data set first, then the model)"};
  }
  if (std::string problem = split_problem(data, m.options.split); !problem.empty())
    return {"split " + std::string(name_of(m.options.split)) + ": " + problem};
  Reach reach;
  reach.kind = Reach::Kind::model;
  reach.run = std::make_unique<Run>(std::move(data), m.options);
  reach.target = m.steps_done;
  // There, the run must be the file's bit for bit (the core's replay_mismatch) to take the screen.
  reach.arrive = [m](AppState& s, Run& replay) {
    if (std::string problem = replay_mismatch(m, replay.trainer()); !problem.empty())
      return m.run ? problem : problem + ", so the app cannot rebuild its run (fontshade-cli predict and eval read it)";
    s.player.pause();
    s.seed_field = static_cast<long long>(m.options.seed);
    s.run = std::move(replay);
    if (s.phase_mode()) s.view.phase = Phase::sample;
    return std::string();
  };
  reach.tell = std::move(tell);
  return start_reach(state, std::move(reach));
}

}  // namespace fontshade::app
