// window.fontshade.lesson: the guided lesson (issue 17). The page makes fontshade.lesson.start() and the
// rest from the names below ("lesson.start": the part after the dot is the call on fontshade.lesson).
//   lesson.start()        the lesson mode on, at its scene (the first, or where the reader was); answers scene()
//   lesson.stop()         to the free workbench ("Explore freely"), the screen as it is
//   lesson.scene()        {active, index (0-based), count, title, text (blanks filled), parts, actions,
//                         question: {text, choices: [{text, count}], last, revealed, answer, explain} or
//                         null, source, builtin, reaching}; answer and explain only once revealed, explain ""
//                         while the answer's screen is on its way (its blanks: that screen's numbers); reaching:
//                         the scene's far step is being reached over frames (reaching(), cancelReach())
//   lesson.next(), lesson.back(), lesson.go(k)   another scene (k 0-based); answer scene()
//   lesson.answer(i)      one more answer for choice i (counted until the page closes); answers scene()
//   lesson.reveal()       the answer, its explanation and the screen it reveals; answers scene()
//   lesson.load(text)     {ok, error, pending}: a lesson file (JSON) in place of the lesson in use
//   lesson.export()       the lesson in use as a lesson file (JSON text)
//   lesson.addScene()     the screen on view as a new scene (the teacher's "Add this screen as a scene")
#include "app/script/script_calls.hpp"

#include "app/state/app_state.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"
#include "core/files/json_writer.hpp"

namespace fontshade::app {
namespace {

std::string scene_json(AppState& s) {
  const LessonMode& mode = s.lesson;
  const LessonScene& scene = mode.current();
  const char* lang = language_code(s.view.settings.language);
  JsonWriter out;
  out.begin_object()
      .key("active").boolean(mode.active)
      .key("index").integer(mode.scene)
      .key("count").integer(mode.count())
      .key("title").string(scene.title.in(lang))
      .key("text").string(fill_blanks(s, scene.text.in(lang)));
  out.key("parts").begin_array();
  for (ScenePart p : mode.parts()) out.string(name_of(p));
  out.end_array().key("actions").begin_array();
  for (SceneAction a : scene.actions) out.string(name_of(a));
  out.end_array().key("question");
  if (const auto& q = scene.question) {
    const QuestionTally& t = mode.tally();
    out.begin_object().key("text").string(fill_blanks(s, q->text.in(lang))).key("choices").begin_array();
    for (std::size_t i = 0; i < q->choices.size(); ++i)
      out.begin_object().key("text").string(q->choices[i].in(lang))
          .key("count").integer(i < t.counts.size() ? t.counts[i] : 0).end_object();
    out.end_array().key("last").integer(t.last).key("revealed").boolean(t.revealed);
    if (t.revealed) out.key("answer").integer(q->answer).key("explain").string(explanation(s));
    out.end_object();
  } else {
    out.null();
  }
  out.key("source").string(mode.source).key("builtin").boolean(mode.builtin).key("reaching").boolean(s.reach.has_value());
  out.end_object();
  return out.str();
}

std::string call_start(AppState& s, Call&) {
  start_lesson(s);
  return scene_json(s);
}
std::string call_stop(AppState& s, Call&) {
  stop_lesson(s);
  return "null";
}
std::string call_scene(AppState& s, Call&) { return scene_json(s); }
std::string call_next(AppState& s, Call&) {
  if (!s.lesson.active) start_lesson(s);
  else next_scene(s);
  return scene_json(s);
}
std::string call_back(AppState& s, Call&) {
  if (!s.lesson.active) start_lesson(s);
  else previous_scene(s);
  return scene_json(s);
}
std::string call_go(AppState& s, Call& c) {
  const long long k = c.whole(0, "k", 0, s.lesson.count() - 1, 0);
  if (c.refused()) return "null";
  s.lesson.active = true;
  open_scene(s, static_cast<int>(k));
  return scene_json(s);
}
std::string call_answer(AppState& s, Call& c) {
  const long long i = c.whole(0, "i", 0, 99, -1);
  if (c.refused()) return "null";
  if (std::string problem = answer(s, static_cast<int>(i)); !problem.empty()) c.refuse(problem);
  return c.refused() ? "null" : scene_json(s);
}
std::string call_reveal(AppState& s, Call& c) {
  if (!s.lesson.current().question) c.refuse("this scene asks no question");
  else reveal(s);
  return c.refused() ? "null" : scene_json(s);
}
std::string call_load(AppState& s, Call& c) {
  const std::string text = c.text(0, "text");
  if (c.refused()) return "null";
  const std::string problem = load_lesson(s, text, "lesson");
  if (!problem.empty()) tell(s.view, sentence(tr("The lesson could not be loaded: %s. The lesson in use stays."), problem), true);
  return reach_outcome({problem, s.reach.has_value()});
}
std::string call_export(AppState& s, Call&) { return json_text(lesson_file_json(s.lesson.lesson)); }
std::string call_add_scene(AppState& s, Call&) {
  add_screen_as_scene(s);
  return scene_json(s);
}

}  // namespace

void add_lesson_calls(ScriptCalls& calls) {
  calls.insert({{"lesson.start", {call_start}},
                {"lesson.stop", {call_stop}},
                {"lesson.scene", {call_scene}},
                {"lesson.next", {call_next}},
                {"lesson.back", {call_back}},
                {"lesson.go", {call_go}},
                {"lesson.answer", {call_answer}},
                {"lesson.reveal", {call_reveal}},
                {"lesson.load", {call_load}},
                {"lesson.export", {call_export}},
                {"lesson.addScene", {call_add_scene}}});
}

}  // namespace fontshade::app
