#include "app/script/script_api.hpp"

#include "app/script/script_calls.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/base/number_reader.hpp"
#include "core/base/quoted.hpp"

#include "app/text/format.hpp"
#include "core/base/limits.hpp"  // kMaxSteps
#include "core/network/chain_rule.hpp"  // phases()
#include "core/files/json_reader.hpp"
#include "core/files/json_writer.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {
namespace {

std::string answer(const std::string& value_json) { return "{\"value\":" + value_json + "}"; }

std::string refusal(const std::string& kind, const std::string& message) {
  JsonWriter out;
  out.begin_object().key("error").string(kind).key("message").string(message).end_object();
  return out.str();
}

const std::string kNull = "null";

std::string call_reset(AppState& s, Call& c) {
  const long long seed = c.whole(0, "seed", 0, 9007199254740991LL, 1);
  if (!c.refused()) s.reset(static_cast<std::uint64_t>(seed));
  return kNull;
}

std::string call_step(AppState& s, Call& c) {
  const long long n = c.whole(0, "n", 0, kMaxSteps, 1);
  // A script's steps are taken within the call (state() is then line n of the trace), so they keep
  // to the one replay budget.
  if (!c.refused()) {
    const long long target = std::min(s.run.cursor() + n, s.run.options().steps);
    if (std::string problem = replay_budget_problem(target); !problem.empty()) c.refuse("n: " + problem);
  }
  if (!c.refused()) s.step(n);
  return kNull;
}

std::string call_seek(AppState& s, Call& c) {
  const long long k = c.whole(0, "k", 0, kMaxSteps, 0);
  if (!c.refused() && k > s.run.steps_done())
    c.refuse("k must be a step computed so far, 0 to " + std::to_string(s.run.steps_done()) + ", not " + std::to_string(k));
  if (!c.refused()) s.seek(k);
  return kNull;
}

std::string call_phase(AppState& s, Call& c) {
  const JsonValue* v = c.at(0);
  if (!v || v->type == JsonValue::Type::null) {
    s.set_phase_mode(false);
    return kNull;
  }
  std::optional<Phase> p;
  if (v->type == JsonValue::Type::string) p = parse_phase(v->text);
  else if (v->type == JsonValue::Type::number && v->number == std::floor(v->number) && v->number >= 0 && v->number < kPhaseCount)
    p = static_cast<Phase>(static_cast<int>(v->number));
  if (!p) {
    std::string names;
    for (const PhaseInfo& info : phases()) names += std::string(info.name) + ", ";
    c.refuse("phase must be one of " + names + "its index 0-" + std::to_string(kPhaseCount - 1) + ", or null, not " + shown(*v));
    return kNull;
  }
  s.set_phase(*p);
  return kNull;
}

std::string call_set_color(AppState& s, Call& c) {
  if (c.a.size() != 3) c.refuse("setColor takes r, g, b: whole numbers 0-255");
  const Rgb picked{static_cast<int>(c.whole(0, "r", 0, 255, 0)), static_cast<int>(c.whole(1, "g", 0, 255, 0)),
                   static_cast<int>(c.whole(2, "b", 0, 255, 0))};
  if (!c.refused()) s.view.picked = picked;
  return kNull;
}

std::string call_set_language(AppState& s, Call& c) {
  const JsonValue* v = c.at(0);
  const std::string code = v && v->type == JsonValue::Type::string ? v->text : "";
  if (code != "en" && code != "es") c.refuse("language must be \"en\" or \"es\", not " + (v ? shown(*v) : std::string("missing")));
  else s.view.settings.language = code == "es" ? Language::es : Language::en;
  return kNull;
}

std::string call_set_digits(AppState& s, Call& c) {
  const long long digits = c.whole(0, "digits", 2, 17, 4);
  if (!c.refused()) s.view.settings.digits = static_cast<int>(digits);
  return kNull;
}

std::string call_state(AppState& s, Call&) { return state_json(s); }
std::string call_layout(AppState& s, Call&) { return layout_json(s); }
std::string call_calls(AppState&, Call&);

const ScriptCalls& handlers();

// window.fontshade's calls, [{name, by}] (by "app" or "page"): the page wraps the app's ones from this.
std::string call_calls(AppState&, Call&) {
  JsonWriter out;
  out.begin_array();
  for (const ScriptCallName& c : script_call_names())
    if (c.name.front() != '_') out.begin_object().key("name").string(c.name).key("by").string(c.by_page ? "page" : "app").end_object();
  out.end_array();
  return out.str();
}

const ScriptCalls& handlers() {
  static const ScriptCalls table = [] {
    ScriptCalls calls;
    add_navigation_calls(calls);
    add_teacher_calls(calls);
    add_activity_calls(calls);
    add_keeping_calls(calls);
    add_lesson_calls(calls);
    add_notebook_calls(calls);
    add_view3d_calls(calls);
    return calls;
  }();
  return table;
}

}  // namespace

std::string shown(const JsonValue& v) {
  if (const std::string js = js_only_value(v); !js.empty()) return js;
  if (v.type == JsonValue::Type::number) return v.text;
  if (v.type == JsonValue::Type::string) return quoted(v.text);
  return std::string(type_name(v.type));
}

std::string js_only_value(const JsonValue& v) {
  if (v.type != JsonValue::Type::object || v.members.size() != 1 || v.members[0].first != kJsOnlyKey ||
      v.members[0].second.type != JsonValue::Type::string)
    return {};
  return printable(v.members[0].second.text);
}

long long Call::whole(std::size_t i, const char* what, long long lo, long long hi, long long fallback) {
  if (i >= a.size()) return fallback;
  const JsonValue& v = a[i];
  // The JSON number's literal, read by the reader of every number (no exponent, no fraction).
  const auto n = v.type == JsonValue::Type::number ? read_whole(v.text, lo, hi) : NumberReading<long long>{0, NumberFault::syntax};
  if (!n.ok()) {
    refuse(std::string(what) + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
           ", not " + shown(v));
    return fallback;
  }
  return n.value;
}

std::string Call::text(std::size_t i, const char* what) {
  if (i < a.size() && a[i].type == JsonValue::Type::string) return a[i].text;
  refuse(std::string(what) + " must be a string" + (i < a.size() ? ", not " + shown(a[i]) : std::string()));
  return {};
}

std::string json_text(std::string_view s) {
  JsonWriter out;
  out.string(s);
  return out.str();
}

void add_navigation_calls(ScriptCalls& calls) {
  calls.insert({{"ready", {nullptr, CallBy::page}},  // a Promise of the first frame
                {"reset", {call_reset}},
                {"step", {call_step}},
                {"seek", {call_seek}},
                {"phase", {call_phase}},
                {"setColor", {call_set_color}},
                {"setLanguage", {call_set_language}},
                {"setDigits", {call_set_digits}},
                {"state", {call_state}},
                {"layout", {call_layout, CallBy::page}},  // the page turns canvas pixels into CSS pixels
                {"calls", {call_calls}}});
}

std::vector<ScriptCallName> script_call_names() {
  std::vector<ScriptCallName> names;
  for (const auto& [name, call] : handlers()) names.push_back({name, call.by == CallBy::page, call.handler != nullptr});
  return names;
}

std::string script_call(AppState& state, std::string_view name, std::string_view arguments_json) {
  const auto found = handlers().find(name);
  if (found == handlers().end()) return refusal("TypeError", "fontshade." + std::string(name) + " is not a function");
  if (!found->second.handler) return refusal("TypeError", "fontshade." + std::string(name) + " is the page's own, not the app's");
  const Result<JsonValue> parsed = parse_json(arguments_json.empty() ? "[]" : arguments_json, "arguments");
  if (!ok(parsed) || std::get<JsonValue>(parsed).type != JsonValue::Type::array)
    return refusal("TypeError", "the arguments are not a JSON array");
  UseSettings use(state.view.settings);  // the answer's texts in the view's language and digits
  Call call{std::get<JsonValue>(parsed).items, {}};
  const std::string value = found->second.handler(state, call);
  return call.refused() ? refusal("RangeError", call.problem) : answer(value);
}

}  // namespace fontshade::app
