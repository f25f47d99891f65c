#include "core/network/option_reader.hpp"

#include "core/base/number_reader.hpp"
#include "core/base/quoted.hpp"

#include "core/base/message_templates.hpp"

namespace fontshade {
namespace {

// What was found, as the caller wrote it: a model file's numbers as they stand in the JSON, text
// from a command line or a script in quotes (control bytes and invalid UTF-8 escaped).
FoundStyle found_style(OptionNames style) { return style == OptionNames::file ? FoundStyle::bare : FoundStyle::quoted; }

std::string choices_text(const OptionSpec& s) {
  std::string out;
  for (std::size_t i = 0; i < s.choices.size(); ++i) out += (i ? ", " : "") + std::string(s.choices[i].name);
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
        if (!v.ok())
          return message_of(MessageId::option_whole, {{"option", label(s)}, {"min", std::to_string(s.min)}, {"max", std::to_string(s.max)},
                                                     {"found", found_number(text, v.fault, found_style(style), true)}});
        s.field.set(options, v.value);
        return {};
      }
      case OptionKind::positive_number: {
        const auto v = read_decimal(text);
        if (!v.ok() || v.value <= 0)
          return message_of(MessageId::option_positive, {{"option", label(s)}, {"found", found_number(text, v.fault, found_style(style), false)}});
        s.field.set(options, v.value);
        if (&s == &option_spec("final_lr")) final_given = true;
        return {};
      }
      case OptionKind::seed: {
        const auto v = read_unsigned(text);
        if (!v.ok())
          return message_of(MessageId::option_whole, {{"option", label(s)}, {"min", "0"}, {"max", "18446744073709551615"},
                                                     {"found", found_number(text, v.fault, found_style(style), true)}});
        s.field.set(options, v.value);
        return {};
      }
      case OptionKind::choice: {
        const int i = choice_index(s, text);
        if (i < 0) return message_of(MessageId::option_choice, {{"option", label(s)}, {"choices", choices_text(s)}, {"found", quoted(text)}});
        s.field.set(options, static_cast<long long>(i));
        return {};
      }
    }
    return {};
  }
};

}  // namespace

std::string check_option_value(std::string_view name, std::string_view text, OptionNames style) {
  const OptionSpec* spec = find_option(name);
  if (!spec) return message_of(MessageId::option_unknown, {{"name", printable(name)}});
  Reader r{Options{}, style};
  return r.set(*spec, text);
}

bool is_option_name(std::string_view name) { return name == "preset" || find_option(name) != nullptr; }

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
    if (!preset) return message_of(MessageId::option_choice, {{"option", preset_label}, {"choices", "seed, tuned, custom"}, {"found", quoted(text)}});
    const std::uint64_t seed = r.options.seed;
    r.options = *preset;
    r.options.seed = seed;  // a preset sets how to train, not which run: the seed stays
  }
  for (const auto& [name, text] : pairs) {
    if (name == "preset") continue;
    const OptionSpec* spec = find_option(name);
    if (!spec) {
      std::string known;
      for (const OptionSpec& s : option_specs()) known += (known.empty() ? "" : ", ") + option_label(s, style);
      return message_of(MessageId::option_unknown_listed, {{"name", (style == OptionNames::cli ? "--" : "") + printable(name)}, {"known", known}});
    }
    if (std::string problem = r.set(*spec, text); !problem.empty()) return problem;
  }
  Options& o = r.options;
  if (o.schedule == Schedule::constant) {
    // Every step uses L: a final L that says otherwise is a mistake, one that agrees is harmless.
    if (r.final_given && o.final_learning_rate != o.learning_rate)
      return message_of(MessageId::option_final_lr_constant, {{"final_lr", option_label(option_spec("final_lr"), style)},
                                                              {"schedule", option_label(option_spec("schedule"), style)},
                                                              {"lr", option_label(option_spec("lr"), style)}});
    o.final_learning_rate = o.learning_rate;
  }
  // NumPy's generator takes np.random.seed's seeds; scikit-learn's MLPClassifier has no leaky relu.
  if (o.rng == Rng::numpy && o.seed > kMaxNumpySeed)
    return option_label(option_spec("seed"), style) + ": with " + option_label(option_spec("rng"), style) +
           " numpy the seed is np.random.seed's, 0 to 4294967295, found " + std::to_string(o.seed);
  if (o.trainer == TrainerKind::sklearn && o.seed > kMaxNumpySeed)
    return option_label(option_spec("seed"), style) + ": with " + option_label(option_spec("trainer"), style) +
           " sklearn the seed is np.random.seed's, 0 to 4294967295, found " + std::to_string(o.seed);
  if (o.trainer == TrainerKind::sklearn && o.activation == Activation::leaky_relu)
    return option_label(option_spec("activation"), style) + ": scikit-learn's MLPClassifier (" +
           option_label(option_spec("trainer"), style) + " sklearn) has relu, tanh and logistic, not leaky_relu";
  return o;
}

std::vector<std::pair<std::string, std::string>> option_texts(const Options& o) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const OptionSpec& s : option_specs()) texts.emplace_back(s.name, option_text(s, s.field.get(o)));
  return texts;
}

}  // namespace fontshade
