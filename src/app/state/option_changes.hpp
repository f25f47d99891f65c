#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/layout/text_wrap.hpp"  // TextWidth
#include "core/network/option_table.hpp"

namespace fontshade::app {

struct AppState;

// Changing training options from the options tab and from window.fontshade.setOptions: every value
// goes through the core's option reader (option_reader.hpp: ranges, choices, "a constant schedule's
// final L is L"), then AppState::set_options (a new run; undo goes back). Pixel-free, tested.

// Sets options by the CLI's names ("lr", "final_lr", "preset", ...) from text, on top of the current
// ones. Returns the reader's message naming the bad option, or "" when done (a new run if anything
// changed).
std::string set_option_texts(AppState& state, const std::vector<std::pair<std::string, std::string>>& pairs);
std::string set_option_text(AppState& state, std::string_view name, std::string_view text);

// One option that differs between two runs, in the order of the core's table: its name as the
// screen shows it ("L", "final L", "hidden nodes", in the UI language) and both values as text.
struct OptionChange {
  std::string name;
  std::string before;
  std::string after;
};
std::vector<OptionChange> option_changes(const Options& before, const Options& after);
// "New run: L 0.05 → 0.5, hidden nodes 3 → 5" (in the UI language).
std::string option_change_sentence(const Options& before, const Options& after);
// The same on one line no wider than `max_width` (as `width` measures it): every change where it fits,
// else the first ones and "and N more" ("New run: L 0.05 → 0.5 and 4 more"), else how many changed.
// The Options tab keeps a line for it, so a change never moves the controls under the pointer.
std::string option_change_line(const Options& before, const Options& after, float max_width, const TextWidth& width);

// An option's name and a choice's value as the screen shows them, from the options' table (translated
// where they are words; null for a choice shown by its name).
const char* option_display_name(const OptionSpec& spec);
const char* option_display_value(const OptionSpec& spec, std::string_view value);

}  // namespace fontshade::app
