#pragma once
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/network/option_table.hpp"

namespace fontshade {

// The one place that reads and checks training options, for the CLI (--lr 0.1), model files
// ("learning_rate": 0.1), the app, window.fontshade.setOptions({lr: 0.1}) and links (#lr=0.1): the
// options' ranges and choices come from their table (option_table.hpp), the rules between them are
// here. Values arrive as text.

// How the caller names options in messages: "--final-lr" (CLI), "final_lr" (scripts, links),
// "options.final_learning_rate" (model files).
enum class OptionNames { cli, script, file };
std::string option_label(const OptionSpec& spec, OptionNames style);

// Text pairs (name, value) read on top of `base`: a "preset" pair first whatever its place (seed: the
// chapter's, tuned; "custom" keeps the base), then the others in order; then the rules: a constant
// schedule uses L every step, so its final L is L (a different final_lr needs schedule linear).
// Names may be any of the three spellings. Returns the options, or one message naming the option.
std::variant<Options, std::string> read_options(const Options& base,
                                                const std::vector<std::pair<std::string, std::string>>& pairs,
                                                OptionNames style);

// One value alone, without the rules between options: empty if `text` is a good value of the option
// `name`, else the message (for readers that point at where each value stands).
std::string check_option_value(std::string_view name, std::string_view text, OptionNames style);

// "preset" or an option's name in any of its spellings.
bool is_option_name(std::string_view name);

// Every option as (name, text) in the table's order, with the scripts' names: the inverse of
// read_options (option_text: 17 digits for numbers, so they read back to the same bits).
std::vector<std::pair<std::string, std::string>> option_texts(const Options& o);

}  // namespace fontshade
