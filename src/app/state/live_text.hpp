#pragma once
#include <string>

#include "app/state/app_state.hpp"

namespace fontshade::app {

// The lesson in words, for a screen reader (the page's ARIA live region): the step, the phase, the
// sample, A2 and the choice for it, and the network's choice for the picked colour, in the
// interface's language, from the records on screen. In phase mode only what the phase has reached.
std::string live_text(const AppState& state);

}  // namespace fontshade::app
