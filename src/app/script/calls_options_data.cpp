// window.fontshade calls for the teacher (issue 7): options and data.
//   setOptions(o)     o: any options of the core's table (option_table.hpp) by their names (lr, steps,
//                     hidden, ...) and preset, numbers or text; read by the core's option reader on top
//                     of the current options; a new run (undo goes back). Answers options().
//   options()         the run's options by those names, and preset ("seed", "tuned" or "custom")
//   undoOptions()     back to the previous run's options (a new run); answers options(), or null if
//                     there was nothing to undo
//   data()            {source, origin, rows, distinct, dark, light, train, test}
// For web/teacher.js (files reach the app as bytes, a piece a call):
//   _dataStart(), _dataPiece(byteText), _dataLoad(name) → {ok, rows, error, line, column, source}
//   _byteLimits()     {csv, model}: the most bytes the core reads of each file (the page reads one byte
//                     more of a file, so the core's message names the limit); _dragOver(bool) a file is
//                     over the page
#include <cmath>

#include "core/data/csv.hpp"
#include "core/files/model_file.hpp"
#include "app/state/data_loading.hpp"
#include "core/files/json_writer.hpp"
#include "app/state/option_changes.hpp"
#include "core/network/option_reader.hpp"
#include "app/script/script_calls.hpp"
#include "core/base/quoted.hpp"

namespace fontshade::app {
namespace {

const std::string kNull = "null";

std::string options_json(const Options& o) {
  JsonWriter out;
  out.begin_object().key("preset").string(preset_name_of(o));
  for (const auto& [name, text] : option_texts(o)) {
    out.key(name);
    if (name == "lr" || name == "final_lr") out.number(name == "lr" ? o.learning_rate : o.final_learning_rate);
    else if (name == "hidden" || name == "steps") out.integer(name == "hidden" ? o.hidden : o.steps);
    else if (name == "seed") out.unsigned_integer(o.seed);
    else out.string(text);
  }
  return out.end_object().str();
}

std::string call_set_options(AppState& s, Call& c) {
  const JsonValue* o = c.at(0);
  if (!o || o->type != JsonValue::Type::object) {
    c.refuse("setOptions takes an object such as {lr: 0.1, hidden: 5}");
    return kNull;
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [name, value] : o->members) {
    if (value.type != JsonValue::Type::number && value.type != JsonValue::Type::string) {
      c.refuse(printable(name) + ": expected a number or a string, found " + shown(value));
      return kNull;
    }
    pairs.emplace_back(name, value.text);
  }
  if (std::string problem = set_option_texts(s, pairs); !problem.empty()) {
    c.refuse(problem);
    return kNull;
  }
  return options_json(s.run.options());
}

std::string call_options(AppState& s, Call&) { return options_json(s.run.options()); }

std::string call_undo_options(AppState& s, Call&) {
  if (!s.can_undo_options()) return kNull;
  s.undo_options();
  return options_json(s.run.options());
}

std::string call_data(AppState& s, Call&) {
  const DataSet& d = s.run.data();
  const DataFacts& f = s.run.facts();
  const std::string_view builtin = builtin_name(d.origin);
  JsonWriter out;
  out.begin_object()
      .key("source").string(d.source)
      .key("origin").string(!builtin.empty() ? builtin : (d.origin == DataOrigin::labels ? "labels" : "file"))
      .key("rows").integer(f.rows)
      .key("distinct").integer(f.distinct_colours)
      .key("dark").integer(f.dark)
      .key("light").integer(f.light)
      .key("train").integer(static_cast<long long>(s.run.split().train.size()))
      .key("test").integer(static_cast<long long>(s.run.split().test.size()));
  return out.end_object().str();
}

std::string call_data_start(AppState& s, Call&) {
  s.data_load.pending.clear();
  return kNull;
}

std::string call_data_piece(AppState& s, Call& c) {
  const std::string text = c.text(0, "the piece");
  if (c.refused()) return kNull;
  const auto bytes = bytes_of_byte_text(text);
  if (!bytes) c.refuse("the piece must hold one byte a character (codes 0-255)");
  // Past the core's limit one byte more is enough for it to refuse the file as too large.
  else if (static_cast<long long>(s.data_load.pending.size()) <= kMaxCsvBytes) s.data_load.pending += *bytes;
  return kNull;
}

std::string call_data_load(AppState& s, Call& c) {
  const JsonValue* v = c.at(0);
  const std::string name = v && v->type == JsonValue::Type::string && !v->text.empty() ? v->text : "data.csv";
  const std::string bytes = std::move(s.data_load.pending);
  s.data_load.pending.clear();
  const auto error = load_csv_bytes(s, bytes, name);
  JsonWriter out;
  out.begin_object().key("ok").boolean(!error).key("rows").integer(error ? 0 : s.run.facts().rows).key("error");
  if (error) out.string(error_text(*error));
  else out.null();
  out.key("line").integer(error ? error->line : 0).key("column").integer(error ? error->column : 0);
  out.key("source").string(name);
  return out.end_object().str();
}

std::string call_byte_limits(AppState&, Call&) {
  JsonWriter out;
  out.begin_object().key("csv").integer(kMaxCsvBytes).key("model").integer(kMaxModelBytes).end_object();
  return out.str();
}

std::string call_drag_over(AppState& s, Call& c) {
  const JsonValue* v = c.at(0);
  s.data_load.dragging = v && v->type == JsonValue::Type::boolean && v->boolean;
  return kNull;
}

}  // namespace

void add_teacher_calls(ScriptCalls& calls) {
  calls.insert({{"setOptions", {call_set_options}},
                 {"options", {call_options}},
                 {"undoOptions", {call_undo_options}},
                 {"data", {call_data}},
                 {"loadCSV", {nullptr, CallBy::page}},  // the page's: text to bytes, through _data*
                 {"_dataStart", {call_data_start}},
                 {"_dataPiece", {call_data_piece}},
                 {"_dataLoad", {call_data_load}},
                 {"_byteLimits", {call_byte_limits}},
                 {"_dragOver", {call_drag_over}}});
}

}  // namespace fontshade::app
