#pragma once
#include <string>
#include <string_view>

#include "app/state/app_state.hpp"
#include "app/state/reach.hpp"

namespace fontshade::app {

// What the page, the desktop app and the scripting calls do to keep and share a lesson, the same from
// a button, a key or a call. Each says what happened on the screen (View::notice), in the
// interface's language.

// Opens a lesson link's fragment (the address after '#'): a screen (v=1&...) in the free workbench, or
// a guided lesson (lesson=...) at its scene. A screen that cannot be read or shown (a step past the
// replay budget among them) leaves the default screen (in the current language and projector mode); a
// guided lesson that cannot be read leaves the lesson in use at its scene; both say what was wrong. One
// that opens takes away an earlier complaint. A far step is reached over frames (`pending`: the screen
// shows the progress). The problem is English, the parser's, or "".
ReachStart open_link(AppState& state, std::string_view fragment);

// Reads a model file's text and puts its run on the screen (model_state.hpp), or says why not (the
// file's line and column when the text is not a good model). A far model is rebuilt over frames
// (`pending`), and the screen says how it ended when it does.
ReachStart open_model_text(AppState& state, std::string_view text, const std::string& source);

// A JSON file chosen or dropped: a guided lesson's ("format": "fontshade-lesson") opens in the lesson
// mode, anything else is read as a model file. Says what happened on the screen; returns the problem or
// "", and pending when a far step is being reached (a scene's, a model's). `name` names a lesson in
// what the screen says; a model's messages name `model_source` (the page's: "model", as loadModel's).
ReachStart open_json_file(AppState& state, std::string_view text, const std::string& name, const std::string& model_source);

}  // namespace fontshade::app
