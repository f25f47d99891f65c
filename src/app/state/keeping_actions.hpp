#pragma once
#include <string>
#include <string_view>

#include "app/state/app_state.hpp"

namespace fontshade::app {

// What the page, the desktop app and the scripting calls do to keep and share a lesson, the same from
// a button, a key or a call. Each says what happened on the screen (View::notice), in the
// interface's language.

// Opens a lesson link's fragment (the address after '#'): a screen (v=1&...) in the free workbench, or
// a guided lesson (lesson=...) at its scene. A screen that cannot be read or shown leaves the default
// screen (in the current language and projector mode); a guided lesson that cannot be read leaves the
// lesson in use at its scene; both say what was wrong. Returns the problem (English, the parser's) or "".
std::string open_link(AppState& state, std::string_view fragment);

// Reads a model file's text and puts its run on the screen (model_state.hpp). Returns the problem
// (the file's line and column when the text is not a good model) or "".
std::string open_model_text(AppState& state, std::string_view text, const std::string& source);

// A JSON file chosen or dropped: a guided lesson's ("format": "fontshade-lesson") opens in the lesson
// mode, anything else is read as a model file. Says what happened on the screen; returns the problem or "".
std::string open_json_file(AppState& state, std::string_view text, const std::string& name);

}  // namespace fontshade::app
