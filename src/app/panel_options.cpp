// The tab for every training option (issue 7): being built.
#include "panels.hpp"

namespace fontshade::app {

void options_panel(AppState&) {}

}  // namespace fontshade::app
