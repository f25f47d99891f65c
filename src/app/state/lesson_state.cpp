#include "app/state/lesson_state.hpp"

#include "app/text/strings.hpp"

namespace fontshade::app {

LessonOfState lesson_of(const AppState& state) {
  LessonOfState out;
  Lesson& l = out.lesson;
  l.options = state.run.options();
  const DataSet& data = state.run.data();
  if (data.origin == DataOrigin::labels && data.samples.size() <= kMaxLinkedLabels) {
    l.data = DataOrigin::labels;
    l.labels = data.samples;
  } else if (data.builtin()) {
    l.data = data.origin;
  } else {
    out.portable = false;
  }
  l.step = state.run.cursor();
  l.phase = state.view.phase;
  l.picked = state.view.picked;
  l.language = language_code(state.view.settings.language);
  l.projector = state.view.projector;
  return out;
}

std::string apply_lesson(AppState& state, const Lesson& lesson) {
  if (std::string problem = lesson_problem(lesson); !problem.empty()) return problem;
  // The lesson's options first, so the data is checked against them (a region split).
  state.player.pause();
  state.run.reset(lesson.options);
  if (auto e = state.run.set_data(lesson_data(lesson))) return e->text();
  state.seed_field = static_cast<long long>(lesson.options.seed);
  state.view.phase.reset();
  state.step(lesson.step);
  state.view.phase = lesson.phase;
  state.view.picked = lesson.picked;
  state.view.projector = lesson.projector;
  state.view.settings.language = lesson.language == "es" ? Language::es : Language::en;
  return {};
}

}  // namespace fontshade::app
