#pragma once
#include <functional>
#include <string>

#include "app/state/app_state.hpp"
#include "app/state/reach.hpp"
#include "core/files/model_file.hpp"

namespace fontshade::app {

// The model of the step in view (model file version 2: options, parameters and the run's state at the
// cursor), the same file `fontshade-cli train --stop-at K --save` writes for the same run.
Model model_at_cursor(const AppState& state);

// Puts a model on the screen as a run that can go back and on: the app rebuilds the run from step 0
// with the model's options on its data (a built-in set by name; a file's or labels' rows only if they
// are the data in use), then checks that the step it reaches is the model's, bit for bit (the core's
// replay_mismatch: the parameters, and for version 2 the sampler and the death step). A version 1
// file (parameters only) loads when its parameters are those of its options' run on the data in use,
// as `fontshade-cli train --save` wrote them before version 2. A model past the replay budget
// (kMaxReplaySteps) is refused; a far one is rebuilt over frames (reach.hpp: `pending`), and `tell`
// then says how it ended. The problem is in English (the screen says it in the reader's language
// around it); the screen stays as it was unless the model loads.
ReachStart load_model(AppState& state, const Model& model, std::function<void(AppState&, const std::string&)> tell = {});

}  // namespace fontshade::app
