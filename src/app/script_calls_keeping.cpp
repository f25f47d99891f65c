// window.fontshade calls for keeping and sharing (issue 8): links, models, exports, the projector.
#include "script_calls.hpp"

namespace fontshade::app {

void add_keeping_calls(ScriptCalls&) {}

}  // namespace fontshade::app
