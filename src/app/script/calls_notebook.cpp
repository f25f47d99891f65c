// window.fontshade calls for the chapter's notebook (issue 16):
//   notebookLines()   {python, problem}: the lines "Check it in your notebook" copies for the step in
//                     view (the same text as `fontshade-cli notebook`), or null and why not (the
//                     interface's language)
//   showCode(on)      the passes panel shows the Code view (true) or the formulas (false)
//   comparePrograms() the chapter's two programs side by side (the Training tab's): starts them for the
//                     run's seed and data if they are not under way, and answers {seed, done, progress,
//                     chapter_test_accuracy, sklearn_test_accuracy, sklearn_n_iter} (null results until done)
#include "app/script/script_calls.hpp"

#include "app/state/exports.hpp"
#include "core/files/json_writer.hpp"

namespace fontshade::app {
namespace {

std::string call_notebook_lines(AppState& s, Call&) {
  const NotebookLines lines = notebook_lines_of(s);
  JsonWriter out;
  out.begin_object().key("python");
  if (lines.python.empty()) out.null();
  else out.string(lines.python);
  out.key("problem");
  if (lines.python.empty()) out.string(notebook_problem_text(lines.problem));
  else out.null();
  out.end_object();
  return out.str();
}

std::string call_show_code(AppState& s, Call& c) {
  const JsonValue* on = c.at(0);
  if (!on || on->type != JsonValue::Type::boolean) {
    c.refuse("showCode(on): on must be true or false");
    return "null";
  }
  s.view.show_code = on->boolean;
  s.view.code_requested = true;
  return "null";
}

std::string call_compare_programs(AppState& s, Call& c) {
  ProgramComparison& p = s.activities.comparison;
  if (s.run.options().seed > kMaxNumpySeed) {
    c.refuse("comparePrograms(): np.random.seed takes seeds up to 4294967295, the run's is " + std::to_string(s.run.options().seed));
    return "null";
  }
  const auto seed = static_cast<std::uint32_t>(s.run.options().seed);
  if (!p.started() || (p.done() && p.seed() != seed)) p.start(s.run.data(), seed);
  s.view.right_tab = RightTab::training;
  s.view.tabs_requested = true;
  JsonWriter out;
  out.begin_object().key("seed").integer(p.seed()).key("done").boolean(p.done()).key("progress").number(p.progress());
  out.key("chapter_test_accuracy");
  if (p.done()) out.number(p.chapter_test_accuracy()); else out.null();
  out.key("sklearn_test_accuracy");
  if (p.done()) out.number(p.sklearn_test_accuracy()); else out.null();
  out.key("sklearn_n_iter");
  if (p.done()) out.integer(p.sklearn().n_iter()); else out.null();
  out.end_object();
  return out.str();
}

}  // namespace

void add_notebook_calls(ScriptCalls& calls) {
  calls.emplace("comparePrograms", ScriptCall{call_compare_programs});
  calls.emplace("notebookLines", ScriptCall{call_notebook_lines});
  calls.emplace("showCode", ScriptCall{call_show_code});
}

}  // namespace fontshade::app
