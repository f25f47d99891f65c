#include "app/state/lesson_state.hpp"

#include "app/text/strings.hpp"
#include "core/data/csv.hpp"  // kMinCsvRows

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

ReachStart apply_lesson(AppState& state, const Lesson& lesson) {
  // The options, the data and the split they make (a region of the cube must leave rows on both
  // sides), and a step within the replay budget.
  if (std::string problem = lesson_problem(lesson); !problem.empty()) return {problem};
  DataSet data = lesson_data(lesson);
  if (static_cast<long long>(data.samples.size()) < kMinCsvRows)
    return {message_error(data.source, 0, 0, MessageId::data_too_few_rows).text()};
  Reach reach;
  reach.kind = Reach::Kind::link;
  reach.run = std::make_unique<Run>(std::move(data), lesson.options);
  reach.target = lesson.step;
  // Everything the lesson shows, once its run is there (until then the screen stays as it was).
  reach.arrive = [lesson](AppState& s, Run& run) {
    s.player.pause();
    s.seed_field = static_cast<long long>(lesson.options.seed);
    s.run = std::move(run);
    // A mini-batch of scikit-learn's trainer is not unfolded phase by phase.
    if (run.mlp()) s.view.phase.reset();
    else s.view.phase = lesson.phase;
    s.view.picked = lesson.picked;
    s.view.projector = lesson.projector;
    s.view.settings.language = lesson.language == "es" ? Language::es : Language::en;
    return std::string();
  };
  return start_reach(state, std::move(reach));
}

}  // namespace fontshade::app
