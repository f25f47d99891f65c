#pragma once
#include <string>
#include <string_view>

#include "app/state/app_state.hpp"

namespace fontshade::app {

// window.fontshade's calls, without pixels, so the same code answers the page and the tests: each
// takes its arguments as a JSON array and answers one JSON object, {"value": ...} or, for arguments it
// refuses, {"error": "RangeError", "message": "..."} (the page throws that error). Calls:
//   reset(seed), step(n), seek(k), phase(p | null), setColor(r, g, b), setLanguage(l), setDigits(n),
//   state(), layout().
std::string script_call(AppState& state, std::string_view name, std::string_view arguments_json);

}  // namespace fontshade::app
