#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/state/app_state.hpp"

namespace fontshade::app {

// window.fontshade's calls, without pixels, so the same code answers the page and the tests: each
// takes its arguments as a JSON array and answers one JSON object, {"value": ...} or, for arguments it
// refuses, {"error": "RangeError", "message": "..."} (the page throws that error). The calls are one
// list (script_calls.hpp): reset(seed), step(n), seek(k), phase(p | null), setColor(r, g, b),
// setLanguage(l), setDigits(n), state(), layout(), calls() here; the rest in calls_*.cpp.
std::string script_call(AppState& state, std::string_view name, std::string_view arguments_json);

// Every name of the list: window.fontshade's calls, who answers each, and the page's plumbing (_names).
struct ScriptCallName {
  std::string_view name;
  bool by_page;      // the page writes it itself (else it wraps the app's call)
  bool app_answers;  // the app has a handler of that name
};
std::vector<ScriptCallName> script_call_names();

}  // namespace fontshade::app
