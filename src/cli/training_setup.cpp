#include "cli/training_setup.hpp"

#include "cli/command.hpp"
#include "core/data/data_source.hpp"
#include "core/network/option_reader.hpp"

namespace fontshade::cli {

std::vector<Flag> training_flags() {
  std::vector<Flag> flags = {{"data"}, {"preset"}};
  for (const OptionSpec& s : option_specs()) flags.push_back({option_label(s, OptionNames::cli).substr(2)});
  return flags;
}

namespace {

constexpr std::size_t kHelpWidth = 100;  // columns
constexpr std::size_t kHelpIndent = 21;  // where the explanations start

// "  --name VALUE       " and the text, wrapped at kHelpWidth with the continuation lines indented.
std::string help_entry(const std::string& flag, const std::string& text) {
  std::string out = "  " + flag;
  out += std::string(out.size() < kHelpIndent - 1 ? kHelpIndent - out.size() : 1, ' ');
  std::size_t column = out.size();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (column > kHelpIndent && column + 1 + word.size() > kHelpWidth) {
      out += "\n" + std::string(kHelpIndent, ' ');
      column = kHelpIndent;
    } else if (column > kHelpIndent) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    start = end + 1;
  }
  return out + "\n";
}

// An option's help from its row: a choice option's choices (with their notes), then its own note.
std::string option_help(const OptionSpec& s) {
  if (s.kind != OptionKind::choice) return s.cli_help ? s.cli_help : "";
  std::string text;
  for (const OptionChoice& c : s.choices)
    text += (text.empty() ? "" : " | ") + std::string(c.name) + (c.help ? " (" + std::string(c.help) + ")" : "");
  return s.cli_help ? text + " (" + s.cli_help + ")" : text;
}

}  // namespace

std::string training_flags_help() {
  std::string out =
      help_entry("--data DATA", "book (the default: the chapter's 1,345 rows, built in), synthetic (1,345 random colours, "
                                "luma-rule labels, built in) or a CSV file in the book's format "
                                "(RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND; 1 = dark text).") +
      help_entry("--preset NAME", "seed (the chapter: 3 relu, squared_error, uniform01, L 0.05, 100000 steps) or tuned "
                                  "(3 relu, cross_entropy, L 0.5 -> 0.005 linear, 300000 steps). Default seed.");
  for (const OptionSpec& s : option_specs())
    out += help_entry(option_label(s, OptionNames::cli) + " " + std::string(s.cli_value), option_help(s));
  return out;
}

std::optional<TrainingSetup> training_setup(const Arguments& args, std::string* error, int* exit_code, bool any_trainer) {
  TrainingSetup setup;
  *exit_code = kUsage;
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [name, value] : args.values())
    if (is_option_name(name)) pairs.emplace_back(name, value);
  auto read = read_options(preset_seed(), pairs, OptionNames::cli);
  if (auto* problem = std::get_if<std::string>(&read)) {
    *error = *problem;
    return std::nullopt;
  }
  setup.options = std::get<Options>(read);
  if (setup.options.trainer == TrainerKind::sklearn && !any_trainer) {
    *error = "--trainer sklearn: the scikit-learn trainer's steps are mini-batches; fontshade-cli mlp trains it "
             "(--seed, --hidden, --activation, --lr, --max-iter, --data)";
    return std::nullopt;
  }
  if (auto name = args.value("preset")) setup.preset = *name;

  if (auto path = args.value("data")) {
    if (path->empty()) {
      *error = "--data: expected book, synthetic or a CSV file's name, found an empty name";
      return std::nullopt;
    }
    if (auto e = load_data(*path, setup.data)) {
      *exit_code = kBadInput;
      *error = e->text();
      return std::nullopt;
    }
  } else {
    setup.data = default_dataset();
  }
  if (std::string problem = split_problem(setup.data, setup.options.split); !problem.empty()) {
    *error = "--split " + std::string(name_of(setup.options.split)) + ": " + problem;
    return std::nullopt;
  }
  *exit_code = kOk;
  return setup;
}

}  // namespace fontshade::cli
