#pragma once
#include <string>

#include "app/state/view.hpp"

namespace fontshade::app {

// Puts a message on the screen (View::notice): a problem stays until closed, other news for a while.
inline void tell(View& view, std::string text, bool problem) {
  view.notice = std::move(text);
  view.notice_problem = problem;
  view.notice_seconds = 0;
}

}  // namespace fontshade::app
