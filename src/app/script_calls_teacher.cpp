// window.fontshade calls for the teacher (issue 7): options and data.
#include "script_calls.hpp"

namespace fontshade::app {

void add_teacher_calls(ScriptCalls&) {}

}  // namespace fontshade::app
