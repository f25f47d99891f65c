// The tab for the gradient check (issue 7): being built.
#include "panels.hpp"

namespace fontshade::app {

void gradient_check_panel(AppState&) {}

}  // namespace fontshade::app
