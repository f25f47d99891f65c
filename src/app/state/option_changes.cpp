#include "app/state/option_changes.hpp"

#include <cstdio>
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

namespace {

std::string change_list(const std::vector<OptionChange>& changes, std::size_t count) {
  std::string list;
  for (std::size_t k = 0; k < count && k < changes.size(); ++k) {
    const OptionChange& c = changes[k];
    list += (list.empty() ? "" : ", ") + c.name + " " + c.before + " \xE2\x86\x92 " + c.after;
  }
  return list;
}

}  // namespace

std::string option_change_sentence(const Options& before, const Options& after) {
  const std::vector<OptionChange> changes = option_changes(before, after);
  const std::string list = changes.empty() ? std::string(tr("the same options")) : change_list(changes, changes.size());
  return sentence(tr("New run: %s"), list);
}

std::string option_change_line(const Options& before, const Options& after, float max_width, const TextWidth& width) {
  const std::string whole = option_change_sentence(before, after);
  if (width(whole) <= max_width) return whole;
  const std::vector<OptionChange> changes = option_changes(before, after);
  for (std::size_t count = changes.size() - 1; count >= 1 && count < changes.size(); --count) {
    char more[160];
    std::snprintf(more, sizeof more, tr("%s and %d more"), change_list(changes, count).c_str(), static_cast<int>(changes.size() - count));
    const std::string line = sentence(tr("New run: %s"), more);
    if (width(line) <= max_width) return line;
  }
  char count[96];
  std::snprintf(count, sizeof count, tr("New run: %d options changed"), static_cast<int>(changes.size()));
  return count;
}

}  // namespace fontshade::app
