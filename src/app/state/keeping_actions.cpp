#include "app/state/keeping_actions.hpp"

#include <cstdio>
#include <variant>

#include "app/text/format.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/lesson_state.hpp"
#include "app/state/model_state.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"
#include "core/base/quoted.hpp"

namespace fontshade::app {

ReachStart open_link(AppState& state, std::string_view fragment) {
  if (is_lesson_link(fragment)) {
    const std::string problem = open_lesson_link(state, fragment);
    if (!problem.empty()) {
      start_lesson(state);
      tell(state.view, sentence(tr("This lesson link could not be opened (%s), so the lesson in use is shown."), problem), true);
    } else {
      clear_problem(state.view);
    }
    return {problem, state.reach.has_value()};  // a scene's far step is reached as a screen's is
  }
  stop_lesson(state);  // a link to a screen opens the free workbench at that screen
  const auto parsed = parse_lesson(fragment);
  ReachStart start;
  if (const auto* why = std::get_if<std::string>(&parsed)) start.problem = *why;
  else start = apply_lesson(state, std::get<Lesson>(parsed));
  if (start.problem.empty()) {
    clear_problem(state.view);
    return start;
  }
  if (const auto language = lesson_language(fragment)) state.view.settings.language = *language == "es" ? Language::es : Language::en;
  UseSettings use(state.view.settings);  // the message in the link's language, or the screen's
  Lesson defaults;
  defaults.language = language_code(state.view.settings.language);
  defaults.projector = state.view.projector;
  apply_lesson(state, defaults);
  tell(state.view, sentence(tr("This link could not be opened (%s), so the default lesson is shown."), core_message(start.problem)), true);
  return start;
}

namespace {

// How loading a model ended, on the screen: the problem, or where its run stands.
void tell_model_outcome(AppState& state, const Model& m, const std::string& problem) {
  if (!problem.empty()) {
    tell(state.view, sentence(tr("The model could not be loaded: %s. The screen is as it was."), problem), true);
    return;
  }
  char text_buffer[256];
  std::snprintf(text_buffer, sizeof text_buffer, tr("Model loaded: step %s of %s, seed %s. Step on to continue its run."),
                thousands(m.steps_done).c_str(), thousands(m.options.steps).c_str(), std::to_string(m.options.seed).c_str());
  tell(state.view, text_buffer, false);
}

}  // namespace

ReachStart open_model_text(AppState& state, std::string_view text, const std::string& source) {
  const Result<Model> parsed = parse_model(text, source);
  if (!ok(parsed)) {
    const std::string problem = std::get<Error>(parsed).text();
    tell(state.view, sentence(tr("The model could not be loaded: %s. The screen is as it was."), problem), true);
    return {problem};
  }
  const Model& m = std::get<Model>(parsed);
  const auto told = [m](AppState& s, const std::string& problem) { tell_model_outcome(s, m, problem); };
  ReachStart start = load_model(state, m, told);
  if (!start.pending) told(state, start.problem);
  return start;
}

ReachStart open_json_file(AppState& state, std::string_view text, const std::string& name, const std::string& model_source) {
  const bool lesson = text.substr(0, 4096).find("\"fontshade-lesson\"") != std::string_view::npos;
  if (!lesson) return open_model_text(state, text, model_source);
  const std::string problem = load_lesson(state, text, name);
  // The file's name is the reader's text: shown escaped, as every outside text in a message is.
  if (!problem.empty()) tell(state.view, sentence(tr("The lesson could not be loaded: %s. The lesson in use stays."), problem), true);
  else tell(state.view, sentence(tr("Lesson loaded: %s."), printable(name)), false);
  return {problem, state.reach.has_value()};
}

}  // namespace fontshade::app
