#pragma once
#include <string>

#include "app/state/app_state.hpp"
#include "core/files/model_file.hpp"

namespace fontshade::app {

// The model of the step in view (model file version 2: options, parameters and the run's state at the
// cursor), the same file `fontshade-cli train --stop-at K --save` writes for the same run.
Model model_at_cursor(const AppState& state);

// Puts a model on the screen as a run that can go back and on: the app rebuilds the run from step 0
// with the model's options on its data (a built-in set by name; a file's or labels' rows only if they
// are the data in use), then checks that the step it reaches is the model's, bit for bit (the
// parameters, and for version 2 the sampler and the death step). A version 1 file (parameters only)
// loads when its parameters are those of its options' run on the data in use, as `fontshade-cli train
// --save` wrote them before version 2. Empty on success; else why not (in English: the screen says it
// in the reader's language around it), and the screen stays as it was.
std::string load_model(AppState& state, const Model& model);
// Models further along than this are not rebuilt (the replay would take seconds in the browser).
constexpr long long kMaxReplaySteps = 5000000;

}  // namespace fontshade::app
