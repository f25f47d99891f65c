#include "app/state/option_changes.hpp"

#include <cstdlib>

#include "app/state/app_state.hpp"
#include "app/text/format.hpp"
#include "core/network/option_reader.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {

std::string set_option_texts(AppState& state, const std::vector<std::pair<std::string, std::string>>& pairs) {
  auto read = read_options(state.run.options(), pairs, OptionNames::script);
  if (const auto* problem = std::get_if<std::string>(&read)) return *problem;
  return state.set_options(std::get<Options>(read));
}

std::string set_option_text(AppState& state, std::string_view name, std::string_view text) {
  return set_option_texts(state, {{std::string(name), std::string(text)}});
}

const char* option_display_name(std::string_view name) {
  struct Name {
    std::string_view option;
    const char* shown;
  };
  static constexpr Name kNames[] = {
      {"hidden", tr_later("hidden nodes")}, {"activation", tr_later("activation")}, {"cost", tr_later("cost")},
      {"init", tr_later("init")},           {"schedule", tr_later("schedule")},     {"lr", "L"},
      {"final_lr", tr_later("final L")},    {"steps", tr_later("steps")},          {"seed", tr_later("seed")},
      {"gradient", tr_later("gradient")},   {"rng", tr_later("random numbers")},   {"trainer", tr_later("trainer")},
  };
  for (const Name& n : kNames)
    if (n.option == name) return n.option == "lr" ? n.shown : tr(n.shown);
  return "";
}

const char* option_display_value(std::string_view name, std::string_view value) {
  // Words are translated; the activations, costs and inits keep the CLI's names (they are the formulas').
  struct Value {
    std::string_view option, value;
    const char* shown;
  };
  static constexpr Value kValues[] = {
      {"schedule", "constant", tr_later("constant")}, {"schedule", "linear", tr_later("linear")},
      {"gradient", "true", tr_later("true")},         {"gradient", "chapter", tr_later("the chapter's")},
      {"trainer", "chapter", tr_later("the chapter's (one colour a step)")},
      {"trainer", "sklearn", tr_later("scikit-learn (mini-batch)")},
  };
  for (const Value& v : kValues)
    if (v.option == name && v.value == value) return tr(v.shown);
  return nullptr;
}

std::vector<OptionChange> option_changes(const Options& before, const Options& after) {
  const auto was = option_texts(before), now = option_texts(after);
  std::vector<OptionChange> out;
  for (std::size_t i = 0; i < was.size() && i < now.size(); ++i) {
    const std::string& name = was[i].first;  // (not a structured binding: clang 14 cannot capture one)
    const std::string& old_text = was[i].second;
    const std::string& new_text = now[i].second;
    if (old_text == new_text) continue;
    // A constant schedule's final L follows L: saying so again would repeat L's change.
    if (name == "final_lr" && after.schedule == Schedule::constant && before.schedule == Schedule::constant) continue;
    const auto shown = [&](const std::string& text) -> std::string {
      if (name == "lr" || name == "final_lr") return number(std::strtod(text.c_str(), nullptr));
      if (name == "steps") return thousands(std::strtoll(text.c_str(), nullptr, 10));
      if (const char* word = option_display_value(name, text)) return word;
      return text;
    };
    out.push_back({option_display_name(name), shown(old_text), shown(new_text)});
  }
  return out;
}

std::string option_change_sentence(const Options& before, const Options& after) {
  std::string list;
  for (const OptionChange& c : option_changes(before, after))
    list += (list.empty() ? "" : ", ") + c.name + " " + c.before + " \xE2\x86\x92 " + c.after;
  if (list.empty()) list = tr("the same options");
  std::string out = tr("New run: %s");
  return out.replace(out.find("%s"), 2, list);
}

}  // namespace fontshade::app
