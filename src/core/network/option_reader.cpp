#include "core/network/option_reader.hpp"

#include <array>

#include "core/base/number_reader.hpp"
#include "core/base/number_text.hpp"  // format_double
#include "core/base/quoted.hpp"

namespace fontshade {
namespace {

constexpr std::string_view kActivations[] = {"relu", "leaky_relu", "tanh", "logistic"};
constexpr std::string_view kCosts[] = {"squared_error", "cross_entropy"};
constexpr std::string_view kInits[] = {"uniform01", "he"};
constexpr std::string_view kSchedules[] = {"constant", "linear"};
constexpr std::string_view kGradients[] = {"true", "chapter"};

constexpr std::array<OptionSpec, 10> kSpecs{{
    {"hidden", "hidden", OptionKind::whole, kMinHidden, kMaxHidden, {}},
    {"activation", "activation", OptionKind::choice, 0, 0, kActivations},
    {"cost", "cost", OptionKind::choice, 0, 0, kCosts},
    {"init", "init", OptionKind::choice, 0, 0, kInits},
    {"schedule", "schedule", OptionKind::choice, 0, 0, kSchedules},
    {"lr", "learning_rate", OptionKind::positive_number, 0, 0, {}},
    {"final_lr", "final_learning_rate", OptionKind::positive_number, 0, 0, {}},
    {"steps", "steps", OptionKind::whole, 0, kMaxSteps, {}},
    {"seed", "seed", OptionKind::seed, 0, 0, {}},
    {"gradient", "gradient", OptionKind::choice, 0, 0, kGradients},
}};

const OptionSpec* find_spec(std::string_view name) {
  std::string underscored(name);
  for (char& c : underscored)
    if (c == '-') c = '_';
  for (const OptionSpec& s : kSpecs)
    if (s.name == underscored || s.file_key == name) return &s;
  return nullptr;
}

// What was found, as the caller wrote it: a model file's numbers as they stand in the JSON, text
// from a command line or a script in quotes (control bytes and invalid UTF-8 escaped).
FoundStyle found_style(OptionNames style) { return style == OptionNames::file ? FoundStyle::bare : FoundStyle::quoted; }

std::string choices_text(const OptionSpec& s) {
  std::string out;
  for (std::size_t i = 0; i < s.choices.size(); ++i) out += (i ? ", " : "") + std::string(s.choices[i]);
  return out;
}

struct Reader {
  Options options;
  OptionNames style;
  bool final_given = false;

  std::string label(const OptionSpec& s) const { return option_label(s, style); }

  // Empty when the value was taken, else the message.
  std::string set(const OptionSpec& s, std::string_view text) {
    switch (s.kind) {
      case OptionKind::whole: {
        const auto v = read_whole(text, s.min, s.max);
        if (!v.ok()) return label(s) + ": " + whole_number_problem(text, v.fault, s.min, s.max, found_style(style));
        if (s.name == "hidden") options.hidden = static_cast<int>(v.value);
        else options.steps = v.value;
        return {};
      }
      case OptionKind::positive_number: {
        const auto v = read_decimal(text);
        if (!v.ok() || v.value <= 0)
          return label(s) + ": expected a positive number, found " + found_number(text, v.fault, found_style(style), false);
        if (s.name == "lr") options.learning_rate = v.value;
        else {
          options.final_learning_rate = v.value;
          final_given = true;
        }
        return {};
      }
      case OptionKind::seed: {
        const auto v = read_unsigned(text);
        if (!v.ok())
          return label(s) + ": expected a whole number from 0 to 18446744073709551615, found " +
                 found_number(text, v.fault, found_style(style), true);
        options.seed = v.value;
        return {};
      }
      case OptionKind::choice: {
        const auto bad = [&] { return label(s) + ": expected one of " + choices_text(s) + ", found " + quoted(text); };
        if (s.name == "activation") {
          if (auto v = parse_activation(text)) options.activation = *v; else return bad();
        } else if (s.name == "cost") {
          if (auto v = parse_cost(text)) options.cost = *v; else return bad();
        } else if (s.name == "init") {
          if (auto v = parse_init(text)) options.init = *v; else return bad();
        } else if (s.name == "schedule") {
          if (auto v = parse_schedule(text)) options.schedule = *v; else return bad();
        } else if (auto v = parse_gradient(text)) {
          options.gradient = *v;
        } else {
          return bad();
        }
        return {};
      }
    }
    return {};
  }
};

}  // namespace

std::span<const OptionSpec> option_specs() { return kSpecs; }

std::string check_option_value(std::string_view name, std::string_view text, OptionNames style) {
  const OptionSpec* spec = find_spec(name);
  if (!spec) return "unknown option " + printable(name);
  Reader r{Options{}, style};
  return r.set(*spec, text);
}

bool is_option_name(std::string_view name) { return name == "preset" || find_spec(name) != nullptr; }

std::string option_label(const OptionSpec& spec, OptionNames style) {
  switch (style) {
    case OptionNames::cli: {
      std::string name = "--" + std::string(spec.name);
      for (char& c : name)
        if (c == '_') c = '-';
      return name;
    }
    case OptionNames::script: return std::string(spec.name);
    case OptionNames::file: return "options." + std::string(spec.file_key);
  }
  return std::string(spec.name);
}

std::variant<Options, std::string> read_options(const Options& base,
                                                const std::vector<std::pair<std::string, std::string>>& pairs,
                                                OptionNames style) {
  Reader r{base, style};
  const std::string preset_label = style == OptionNames::cli ? "--preset" : "preset";
  for (const auto& [name, text] : pairs) {
    if (name != "preset") continue;
    if (text == "custom") continue;
    auto preset = preset_named(text);
    if (!preset) return preset_label + ": expected one of seed, tuned, custom, found " + quoted(text);
    const std::uint64_t seed = r.options.seed;
    r.options = *preset;
    r.options.seed = seed;  // a preset sets how to train, not which run: the seed stays
  }
  for (const auto& [name, text] : pairs) {
    if (name == "preset") continue;
    const OptionSpec* spec = find_spec(name);
    if (!spec) {
      std::string known;
      for (const OptionSpec& s : kSpecs) known += (known.empty() ? "" : ", ") + option_label(s, style);
      return (style == OptionNames::cli ? "unknown option --" : "unknown option ") + printable(name) + ": expected one of preset, " + known;
    }
    if (std::string problem = r.set(*spec, text); !problem.empty()) return problem;
  }
  Options& o = r.options;
  if (o.schedule == Schedule::constant) {
    // Every step uses L: a final L that says otherwise is a mistake, one that agrees is harmless.
    if (r.final_given && o.final_learning_rate != o.learning_rate)
      return option_label(kSpecs[6], style) + " needs " + option_label(kSpecs[4], style) +
             " linear (with a constant schedule every step uses " + option_label(kSpecs[5], style) + ")";
    o.final_learning_rate = o.learning_rate;
  }
  return o;
}

std::vector<std::pair<std::string, std::string>> option_texts(const Options& o) {
  return {
      {"hidden", std::to_string(o.hidden)},
      {"activation", std::string(name_of(o.activation))},
      {"cost", std::string(name_of(o.cost))},
      {"init", std::string(name_of(o.init))},
      {"schedule", std::string(name_of(o.schedule))},
      {"lr", format_double(o.learning_rate)},
      {"final_lr", format_double(o.final_learning_rate)},
      {"steps", std::to_string(o.steps)},
      {"seed", std::to_string(o.seed)},
      {"gradient", std::string(name_of(o.gradient))},
  };
}

}  // namespace fontshade
