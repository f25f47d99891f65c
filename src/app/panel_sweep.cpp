// The tab for the seed sweep (issue 7): being built.
#include "panels.hpp"

namespace fontshade::app {

void sweep_panel(AppState&) {}

}  // namespace fontshade::app
