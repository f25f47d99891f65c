// The tab for students label their own colours (issue 7): being built.
#include "panels.hpp"

namespace fontshade::app {

void labels_panel(AppState&) {}

}  // namespace fontshade::app
