// window.fontshade calls for the chapter's notebook (issue 16):
//   notebookLines()   {python, problem}: the lines "Check it in your notebook" copies for the step in
//                     view (the same text as `fontshade-cli notebook`), or null and why not (the
//                     interface's language)
//   showCode(on)      the passes panel shows the Code view (true) or the formulas (false)
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

}  // namespace

void add_notebook_calls(ScriptCalls& calls) {
  calls.emplace("notebookLines", call_notebook_lines);
  calls.emplace("showCode", call_show_code);
}

}  // namespace fontshade::app
