#include "app/state/keeping_actions.hpp"

#include <cstdio>
#include <variant>

#include "app/text/format.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/lesson_state.hpp"
#include "app/state/model_state.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {

std::string open_link(AppState& state, std::string_view fragment) {
  if (is_lesson_link(fragment)) {
    const std::string problem = open_lesson_link(state, fragment);
    if (!problem.empty()) {
      start_lesson(state);
      tell(state.view, sentence(tr("This lesson link could not be opened (%s), so the lesson in use is shown."), problem), true);
    }
    return problem;
  }
  stop_lesson(state);  // a link to a screen opens the free workbench at that screen
  const auto parsed = parse_lesson(fragment);
  std::string problem;
  if (const auto* why = std::get_if<std::string>(&parsed)) problem = *why;
  else problem = apply_lesson(state, std::get<Lesson>(parsed));
  if (problem.empty()) return {};
  Lesson defaults;
  defaults.language = language_code(state.view.settings.language);
  defaults.projector = state.view.projector;
  apply_lesson(state, defaults);
  tell(state.view, sentence(tr("This link could not be opened (%s), so the default lesson is shown."), problem), true);
  return problem;
}

std::string open_model_text(AppState& state, std::string_view text, const std::string& source) {
  const Result<Model> parsed = parse_model(text, source);
  std::string problem = ok(parsed) ? load_model(state, std::get<Model>(parsed)) : std::get<Error>(parsed).text();
  if (!problem.empty()) {
    tell(state.view, sentence(tr("The model could not be loaded: %s. The screen is as it was."), problem), true);
    return problem;
  }
  const Model& m = std::get<Model>(parsed);
  char text_buffer[256];
  std::snprintf(text_buffer, sizeof text_buffer, tr("Model loaded: step %s of %s, seed %s. Step on to continue its run."),
                thousands(m.steps_done).c_str(), thousands(m.options.steps).c_str(), std::to_string(m.options.seed).c_str());
  tell(state.view, text_buffer, false);
  return {};
}

std::string open_json_file(AppState& state, std::string_view text, const std::string& name) {
  const bool lesson = text.substr(0, 4096).find("\"fontshade-lesson\"") != std::string_view::npos;
  if (!lesson) return open_model_text(state, text, name);
  const std::string problem = load_lesson(state, text, name);
  if (!problem.empty()) tell(state.view, sentence(tr("The lesson could not be loaded: %s. The lesson in use stays."), problem), true);
  else tell(state.view, sentence(tr("Lesson loaded: %s."), name), false);
  return problem;
}

}  // namespace fontshade::app
