// window.fontshade calls for keeping and sharing (issue 8): links, models, exports, the projector,
// the screen reader's text, the settings the page remembers.
//   _lessonLink()         {fragment, portable, lesson}: the screen as the address's part after '#'
//                         (portable false: the data came from a file, which a link cannot carry); in
//                         the lesson mode the guided lesson's link (lesson true) when it fits
//   _lessonPage(html)     the page's HTML (as loaded) with the lesson on screen in it: a copy that opens
//                         at this lesson (core/files/lesson_page.hpp); the page's lessonPage() gives it
//   openLink(fragment)    {ok, error, pending}: opens a lesson; a bad one opens the defaults and says why;
//                         pending: its step is far, and its run is rebuilt over frames (reaching())
//   saveModel()           the model file (version 2) of the step in view, as text
//   loadModel(text)       {ok, error, pending}: a model file's run on the screen; a bad file changes nothing;
//                         pending as for openLink (how it ended: notice())
//   _openJsonFile(text, name)   {ok, error, pending}: a JSON file the reader chose or dropped: a guided
//                         lesson's opens in the lesson mode, anything else loads as a model
//   reaching()            null, or the far link's, model's or lesson scene's run being rebuilt: {kind (link, model, scene), step, target, seconds}
//   cancelReach()         stops it (the screen stays as it was); whether there was one
//   setProjector(on)      projector mode on or off
//   exportStep(format)    the step in view: "json" (its trace line), "markdown" or "latex"; null at step 0
//   exportSteps(a, b)     steps a..b (computed so far, at most 10,000) as JSON lines
//   exportCurves()        the training curves as CSV
//   liveText()            the lesson in a sentence, in the interface's language (the ARIA live region)
//   settings()            {lang, digits, projector, lesson}: what the page remembers between visits
//                         (lesson: the chapter lesson's scene the reader was at, or null)
//   notice()              {text, problem} of the message on screen, or null
//   _pageNotice(kind)     the page's own trouble, said on screen: "clipboard" (copying was refused),
//                         "file" (a chosen file could not be read)
#include "app/script/script_calls.hpp"

#include "app/state/exports.hpp"
#include "core/base/limits.hpp"  // kMaxSteps
#include "app/text/format.hpp"
#include "core/files/json_writer.hpp"
#include "core/files/lesson_page.hpp"
#include "app/state/keeping_actions.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/lesson_state.hpp"
#include "app/state/live_text.hpp"
#include "app/state/model_state.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {

std::string reach_outcome(const ReachStart& start) {
  JsonWriter out;
  out.begin_object().key("ok").boolean(start.problem.empty()).key("error");
  if (start.problem.empty()) out.null();
  else out.string(start.problem);
  out.key("pending").boolean(start.pending);
  out.end_object();
  return out.str();
}

namespace {

std::string call_reaching(AppState& s, Call&) {
  if (!s.reach) return "null";
  const Reach& r = *s.reach;
  JsonWriter out;
  out.begin_object().key("kind").string(r.kind == Reach::Kind::link ? "link" : r.kind == Reach::Kind::scene ? "scene" : "model");
  out.key("step").integer(r.run->cursor()).key("target").integer(r.target).key("seconds").number(r.seconds).end_object();
  return out.str();
}

std::string call_cancel_reach(AppState& s, Call&) {
  const bool was = s.reach.has_value();
  cancel_reach(s);
  return was ? "true" : "false";
}

// In the lesson mode, the lesson's own link when it fits (a teacher's lesson rides inside it).
std::string call_lesson_link(AppState& s, Call&) {
  const LessonOfState l = lesson_of(s);
  const std::optional<std::string> guided = s.lesson.active ? lesson_link_of(s) : std::nullopt;
  JsonWriter out;
  out.begin_object().key("fragment").string(guided ? *guided : lesson_fragment(l.lesson)).key("portable").boolean(guided || l.portable);
  return out.key("lesson").boolean(guided.has_value()).end_object().str();
}

std::string call_open_link(AppState& s, Call& c) {
  const std::string fragment = c.text(0, "fragment");
  if (c.refused()) return "null";
  return reach_outcome(open_link(s, fragment));
}

std::string call_lesson_page(AppState& s, Call& c) {
  const std::string html = c.text(0, "html");
  if (c.refused()) return "null";
  const auto page = page_with_lesson(html, fragment_of_view(s));  // in the lesson mode, the guided lesson's
  if (!page) c.refuse("html must be the page's HTML (it has no <head>)");
  return page ? json_text(*page) : "null";
}

std::string call_save_model(AppState& s, Call&) { return json_text(model_json(model_at_cursor(s))); }

std::string call_load_model(AppState& s, Call& c) {
  const std::string text = c.text(0, "text");
  if (c.refused()) return "null";
  return reach_outcome(open_model_text(s, text, "model"));
}

std::string call_open_json_file(AppState& s, Call& c) {
  const std::string text = c.text(0, "text");
  const std::string name = c.text(1, "name");
  if (c.refused()) return "null";
  return reach_outcome(open_json_file(s, text, name, "model"));
}

std::string call_set_projector(AppState& s, Call& c) {
  const JsonValue* v = c.at(0);
  if (!v || v->type != JsonValue::Type::boolean) c.refuse("on must be true or false");
  else s.view.projector = v->boolean;
  return "null";
}

std::string call_export_step(AppState& s, Call& c) {
  const std::string name = c.text(0, "format");
  const auto format = parse_step_format(name);
  if (!c.refused() && !format) c.refuse("format must be \"json\", \"markdown\" or \"latex\", not \"" + name + "\"");
  if (c.refused() || !s.run.record()) return "null";
  return json_text(export_current_step(s, *format));
}

std::string call_export_steps(AppState& s, Call& c) {
  const long long first = c.whole(0, "first", 1, kMaxSteps, 1);
  const long long last = c.whole(1, "last", 1, kMaxSteps, first);
  if (c.refused()) return "null";
  std::string problem;
  const std::string lines = export_step_range(s, first, last, &problem);
  if (!problem.empty()) c.refuse(problem);
  return json_text(lines);
}

std::string call_export_curves(AppState& s, Call&) { return json_text(curves_csv(s)); }
std::string call_live_text(AppState& s, Call&) { return json_text(live_text(s)); }

std::string call_settings(AppState& s, Call&) {
  JsonWriter out;
  out.begin_object().key("lang").string(language_code(s.view.settings.language)).key("digits").integer(s.view.settings.digits).key("projector").boolean(s.view.projector);
  // Where the reader was in the chapter's lesson (null: exploring freely), so a second visit goes on there.
  out.key("lesson");
  if (s.lesson.active) out.integer(s.lesson.builtin ? s.lesson.scene : 0);
  else out.null();
  out.end_object();
  return out.str();
}

std::string call_notice(AppState& s, Call&) {
  if (s.view.notice.empty()) return "null";
  JsonWriter out;
  out.begin_object().key("text").string(s.view.notice).key("problem").boolean(s.view.notice_problem).end_object();
  return out.str();
}

std::string call_page_notice(AppState& s, Call& c) {
  const std::string kind = c.text(0, "kind");
  if (kind == "clipboard")
    tell(s.view, tr("The browser did not let the page copy to the clipboard. Open the page from a web server, or allow the clipboard."), true);
  else if (kind == "file")
    tell(s.view, tr("The file could not be read."), true);
  else if (!c.refused())
    c.refuse("kind must be \"clipboard\" or \"file\", not \"" + kind + "\"");
  return "null";
}

}  // namespace

void add_keeping_calls(ScriptCalls& calls) {
  calls.insert({{"link", {nullptr, CallBy::page}},        // the page's address with _lessonLink's fragment
                 {"lastCopied", {nullptr, CallBy::page}},  // the page's: the text last copied (for tests)
                 {"_lessonLink", {call_lesson_link}},
                 {"lessonPage", {nullptr, CallBy::page}},  // the page's: its own HTML, through _lessonPage
                 {"_lessonPage", {call_lesson_page}},
                 {"openLink", {call_open_link}},
                 {"saveModel", {call_save_model}},
                 {"loadModel", {call_load_model}},
                 {"_openJsonFile", {call_open_json_file}},
                 {"reaching", {call_reaching}},
                 {"cancelReach", {call_cancel_reach}},
                 {"setProjector", {call_set_projector}},
                 {"exportStep", {call_export_step}},
                 {"exportSteps", {call_export_steps}},
                 {"exportCurves", {call_export_curves}},
                 {"liveText", {call_live_text}},
                 {"settings", {call_settings}},
                 {"notice", {call_notice}},
                 {"_pageNotice", {call_page_notice}}});
}

}  // namespace fontshade::app
