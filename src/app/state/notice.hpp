#pragma once
#include <string>

#include "app/state/view.hpp"
#include "core/base/quoted.hpp"

namespace fontshade::app {

// Puts a message on the screen (View::notice): a problem stays until closed, other news for a while.
// Escaped (control bytes, invalid UTF-8: core/base/quoted.hpp), whatever a file or a link put in it.
inline void tell(View& view, const std::string& text, bool problem) {
  view.notice = escaped(text, std::string::npos, false);
  view.notice_problem = problem;
  view.notice_seconds = 0;
}

// A later action that worked: a complaint about an earlier one is no longer true, and goes.
inline void clear_problem(View& view) {
  if (!view.notice_problem) return;
  view.notice.clear();
  view.notice_problem = false;
}

}  // namespace fontshade::app
