// The tab for the chapter's named colours (issue 7): being built.
#include "panels.hpp"

namespace fontshade::app {

void chapter_colours_panel(AppState&) {}

}  // namespace fontshade::app
