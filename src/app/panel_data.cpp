// The tab for the data set (issue 7): being built.
#include "panels.hpp"

namespace fontshade::app {

void data_panel(AppState&) {}

}  // namespace fontshade::app
