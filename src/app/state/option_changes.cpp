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

const char* option_display_name(const OptionSpec& spec) { return tr(spec.display); }

const char* option_display_value(const OptionSpec& spec, std::string_view value) {
  // Words are translated; the activations, costs and inits keep the CLI's names (they are the formulas').
  const int i = choice_index(spec, value);
  if (i < 0 || !spec.choices[static_cast<std::size_t>(i)].shown) return nullptr;
  return tr(spec.choices[static_cast<std::size_t>(i)].shown);
}

std::vector<OptionChange> option_changes(const Options& before, const Options& after) {
  std::vector<OptionChange> out;
  for (const OptionSpec& spec : option_specs()) {
    const std::string old_text = option_text(spec, spec.field.get(before));
    const std::string new_text = option_text(spec, spec.field.get(after));
    if (old_text == new_text) continue;
    // An option that matters in neither run (a constant schedule's final L follows L): saying so
    // would repeat another option's change.
    if (!option_applies(spec, before) && !option_applies(spec, after)) continue;
    const auto shown = [&](const std::string& text) -> std::string {
      switch (spec.kind) {
        case OptionKind::positive_number: return number(std::strtod(text.c_str(), nullptr));
        case OptionKind::whole: return thousands(std::strtoll(text.c_str(), nullptr, 10));
        case OptionKind::choice:
          if (const char* word = option_display_value(spec, text)) return word;
          return text;
        case OptionKind::seed: return text;
      }
      return text;
    };
    out.push_back({option_display_name(spec), shown(old_text), shown(new_text)});
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
