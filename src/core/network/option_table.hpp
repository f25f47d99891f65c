#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "core/network/options.hpp"

namespace fontshade {

// The table of training options: one row an option, and everything that names, reads, writes, lists
// or explains an option loops over it: the option reader (the CLI, model files, scripts, links), the
// JSON reports and model files, the CLI's help, the app's Options tab (names, choices, tooltips) and
// its "New run: L 0.05 → 0.5" sentence. A new option is a field of Options and a row here.

enum class OptionKind { whole, positive_number, seed, choice };

// An option's value whatever its kind: a whole number or a choice (its index in the row's choices)
// as long long, a positive number as double, a seed as uint64.
using OptionValue = std::variant<long long, double, std::uint64_t>;

// One choice of a choice option. The choices are listed in their enum's order.
struct OptionChoice {
  std::string_view name;        // the CLI's, the files' and the links' name: "leaky_relu"
  const char* shown = nullptr;  // the app's word for it, in English (through tr()); null: the name itself
  const char* help = nullptr;   // the CLI's help: a note after the name, in parentheses
};

// How a row reads and writes its field of Options.
struct OptionField {
  OptionValue (*get)(const Options&);
  void (*set)(Options&, const OptionValue&);
};

struct OptionSpec {
  std::string_view name;      // the CLI's (--final-lr), the scripts' and the links' name: "final_lr"
  std::string_view file_key;  // the model file's and the JSON reports' key: "final_learning_rate"
  OptionKind kind;
  long long min = 0, max = 0;                 // whole numbers
  std::span<const OptionChoice> choices = {};  // choice options, in the enum's order
  OptionField field;
  // The CLI's help: "--hidden H   hidden nodes, 1 to 16" (a choice option lists its choices, then
  // this help in parentheses).
  std::string_view cli_value = {};
  const char* cli_help = nullptr;
  // The app (English, shown through tr()): the name on screen, what the option is (the row's
  // tooltip), how its field or slider changes it.
  const char* display = nullptr;
  const char* tooltip = nullptr;
  const char* edit_tip = nullptr;
  // A logarithmic slider beside the typed field, over this range (0, 0: none).
  double slider_min = 0, slider_max = 0;
  const char* slider_tip = nullptr;
  // Whether the option matters with these options (null: always); when it does not, its field is
  // disabled and says why.
  bool (*applies)(const Options&) = nullptr;
  const char* unused_tip = nullptr;
  // Its row on the app's Options tab, from 1 (the table's own order is the files').
  int tab_row = 0;
};

// hidden, activation, cost, init, schedule, lr, final_lr, steps, seed, gradient, rng, trainer: the order the model
// file and the JSON reports write them.
std::span<const OptionSpec> option_specs();
// The row of an option by its name in any spelling ("final_lr", "final-lr", "final_learning_rate"),
// or null.
const OptionSpec* find_option(std::string_view name);
// The row of an option the code names ("final_lr"); it must exist.
const OptionSpec& option_spec(std::string_view name);

bool option_applies(const OptionSpec& spec, const Options& options);

// A value as text, as the reader reads it: choices by name, numbers with 17 digits (they read back to
// the same bits).
std::string option_text(const OptionSpec& spec, const OptionValue& value);
// The index of the choice named `name`, or -1.
int choice_index(const OptionSpec& spec, std::string_view name);

}  // namespace fontshade
