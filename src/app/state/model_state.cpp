#include "app/state/model_state.hpp"

#include <cstring>

namespace fontshade::app {
namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// The first parameter whose bits differ, named as the trace names it ("w_hidden[0][2]"), or "".
std::string first_difference(const Parameters& a, const Parameters& b) {
  for (int i = 0; i < a.hidden(); ++i)
    for (int j = 0; j < 3; ++j)
      if (!same_bits(a.w_hidden(i, j), b.w_hidden(i, j)))
        return "w_hidden[" + std::to_string(i) + "][" + std::to_string(j) + "]";
  for (int i = 0; i < a.hidden(); ++i)
    if (!same_bits(a.b_hidden(i), b.b_hidden(i))) return "b_hidden[" + std::to_string(i) + "]";
  for (int i = 0; i < a.hidden(); ++i)
    if (!same_bits(a.w_output(i), b.w_output(i))) return "w_output[0][" + std::to_string(i) + "]";
  if (!same_bits(a.b_output, b.b_output)) return "b_output";
  return {};
}

}  // namespace

Model model_at_cursor(const AppState& state) { return model_of(state.run.trainer()); }

std::string load_model(AppState& state, const Model& m) {
  if (std::string problem = m.options.validate(); !problem.empty()) return problem;
  if (m.steps_done > kMaxReplaySteps)
    return "the model has done " + std::to_string(m.steps_done) + " steps; the app rebuilds a run by replaying it from step 0 "
           "and stops at " + std::to_string(kMaxReplaySteps) + " (go on with fontshade-cli train --resume)";
  DataSet data = state.run.data();
  if (m.run) {
    if (m.run->data.origin == DataOrigin::book || m.run->data.origin == DataOrigin::synthetic)
      data = *builtin_dataset(origin_name(m.run->data.origin));
    if (std::string problem = data_mismatch(m.run->data, data); !problem.empty())
      return problem + " (load that data set first, then the model)";
  }
  if (std::string problem = split_problem(data, m.options.split); !problem.empty())
    return "split " + std::string(name_of(m.options.split)) + ": " + problem;
  Run replay(std::move(data), m.options);
  replay.advance(m.steps_done);
  if (replay.cursor() != m.steps_done)
    return "its run stops at step " + std::to_string(replay.cursor()) + " (" +
           (replay.divergence() ? replay.divergence()->text() : std::string("the end")) + "), before the model's step " +
           std::to_string(m.steps_done);
  const TrainerState reached = replay.trainer().state();
  std::string differs = first_difference(reached.parameters, m.parameters);
  if (differs.empty() && m.run && reached.sampler != m.run->sampler) differs = "sampler";
  if (differs.empty() && m.run && reached.dead_at_step != m.run->dead_at_step) differs = "dead_at_step";
  if (!differs.empty()) {
    if (!m.run)
      return "a version 1 model file holds no sampler state, and its parameters (" + differs + " first) are not those of its "
             "options' run on the data in use, so the app cannot rebuild its run (fontshade-cli predict and eval read it)";
    return "at step " + std::to_string(m.steps_done) + " the run its options describe has another " + differs +
           " than the file: it was not saved by this version of fontshade, or it was edited";
  }
  state.player.pause();
  state.seed_field = static_cast<long long>(m.options.seed);
  state.run = std::move(replay);
  if (state.phase_mode()) state.view.phase = Phase::sample;
  return {};
}

}  // namespace fontshade::app
