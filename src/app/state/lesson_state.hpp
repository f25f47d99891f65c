#pragma once
#include <string>

#include "app/state/app_state.hpp"
#include "app/state/reach.hpp"
#include "core/files/lesson_link.hpp"

namespace fontshade::app {

// The lesson the screen shows (for a link), and a lesson put on the screen (from a link, or the
// desktop app's --lesson). Data: the built-in sets by name, a student's labels inline; a data set from
// a file cannot travel in a link, so its lesson says "book" and `portable` is false.
struct LessonOfState {
  Lesson lesson;
  bool portable = true;
};
LessonOfState lesson_of(const AppState& state);
// Options, data, step (computed up to it), phase, colour, language, projector. A step past the replay
// budget is refused; a far one is reached over frames (reach.hpp: `pending`), and the lesson shows
// when its run is there. The problem, if any, says why the lesson could not be shown (the screen then
// stays as it was).
ReachStart apply_lesson(AppState& state, const Lesson& lesson);

}  // namespace fontshade::app
