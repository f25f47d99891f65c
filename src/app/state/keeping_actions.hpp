#pragma once
#include <string>
#include <string_view>

#include "app/state/app_state.hpp"
#include "app/state/reach.hpp"

namespace fontshade::app {

// What the page, the desktop app and the scripting calls do to keep and share a lesson, the same from
// a button, a key or a call. Each says what happened on the screen (View::notice), in the
// interface's language.

// Opens a lesson link's fragment (the address after '#'). A fragment that cannot be read, or a lesson
// that cannot be shown (a step past the replay budget among them), leaves the default lesson on the
// screen (in the current language and projector mode) and says what was wrong; one that opens takes
// away an earlier complaint. A far step is reached over frames (`pending`: the screen shows the
// progress). The problem is English, the parser's, or "".
ReachStart open_link(AppState& state, std::string_view fragment);

// Reads a model file's text and puts its run on the screen (model_state.hpp), or says why not (the
// file's line and column when the text is not a good model). A far model is rebuilt over frames
// (`pending`), and the screen says how it ended when it does.
ReachStart open_model_text(AppState& state, std::string_view text, const std::string& source);

}  // namespace fontshade::app
