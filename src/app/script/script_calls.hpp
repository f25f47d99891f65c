#pragma once
// For the files that add window.fontshade calls (script_api.cpp and calls_*.cpp): one call's
// arguments with their checks, and the table the calls go into.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/state/app_state.hpp"
#include "app/state/reach.hpp"
#include "core/files/json_reader.hpp"

namespace fontshade::app {

// One call's arguments (a JSON array), and the first thing wrong with them: the page throws it as a
// RangeError. No exceptions here: the page is built without them.
struct Call {
  const std::vector<JsonValue>& a;
  std::string problem;

  bool refused() const { return !problem.empty(); }
  void refuse(std::string message) {
    if (problem.empty()) problem = std::move(message);
  }
  const JsonValue* at(std::size_t i) const { return i < a.size() ? &a[i] : nullptr; }
  // A whole number argument in [lo, hi], read by the core's strict reader; missing (not given): the
  // fallback. Anything else is refused, naming the argument: null, a string, NaN, Infinity, 2.5.
  long long whole(std::size_t i, const char* what, long long lo, long long hi, long long fallback);
  // A string argument; missing: refused, naming `what`.
  std::string text(std::size_t i, const char* what);
};

// A call: the value it answers, as JSON text ("null" for none).
using ScriptHandler = std::string (*)(AppState&, Call&);

// How window.fontshade offers a call. `app`: the page makes a plain wrapper for it from this list
// (fontshade.step(n) is script_call("step", [n])). `page`: the page writes the function itself, because
// it needs the page (a Promise, files, downloads, CSS pixels); with no handler, the page answers it
// alone (link(), loadCSV(), ready). Names beginning with _ are the page's plumbing, not on
// window.fontshade. tests/app/test_script_list.cpp checks web/*.js against this list.
enum class CallBy { app, page };
struct ScriptCall {
  ScriptHandler handler;
  CallBy by = CallBy::app;
};
using ScriptCalls = std::map<std::string_view, ScriptCall>;

void add_navigation_calls(ScriptCalls& calls);  // script_api.cpp: reset, step, seek, phase, colour, language, ...
void add_teacher_calls(ScriptCalls& calls);     // calls_options_data.cpp: options, data
void add_activity_calls(ScriptCalls& calls);    // calls_class_activities.cpp: labels, sweeps, the gradient check
void add_keeping_calls(ScriptCalls& calls);     // calls_keep_share.cpp: links, models, exports, projector
void add_lesson_calls(ScriptCalls& calls);      // calls_lesson.cpp: the guided lesson (lesson.start, ...)
void add_notebook_calls(ScriptCalls& calls);    // calls_notebook.cpp: the notebook's lines, the Code view
void add_view3d_calls(ScriptCalls& calls);      // calls_view3d.cpp: the 3-D view

// A string as JSON text, quoted and escaped.
std::string json_text(std::string_view s);
// What a call that opens a screen answers (calls_keep_share.cpp): {ok, error, pending}; pending, the
// step is far and the run is being rebuilt over frames (reaching()).
std::string reach_outcome(const ReachStart& start);

// Values JSON cannot carry (NaN, Infinity, -Infinity, undefined among the arguments, a BigInt, a
// function) come from the page as {"__js": "NaN"} (web/glue.js), so that a call names them rather
// than reading them as null. That description, or "" for any other value.
constexpr std::string_view kJsOnlyKey = "__js";
std::string js_only_value(const JsonValue& v);
// An argument as a message shows it: 12, "text" (quoted), NaN, null, an object.
std::string shown(const JsonValue& v);

}  // namespace fontshade::app
