#include "app/state/named_colours.hpp"

#include <algorithm>

#include "core/colour/css_colours.hpp"

namespace fontshade::app {

std::string css_name_of(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (!css_colour(text)) return {};
  std::string name(text);
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return name;
}

bool NamedColours::note_typed(std::string_view text) {
  const std::string name = css_name_of(text);
  if (name.empty()) return false;
  const bool chapter = std::find(std::begin(kChapterColourNames), std::end(kChapterColourNames), name) != std::end(kChapterColourNames);
  if (!chapter && std::find(typed_.begin(), typed_.end(), name) == typed_.end()) typed_.push_back(name);
  return true;
}

std::vector<NamedColourRow> NamedColours::rows(const Parameters& p, Activation a) const {
  std::vector<NamedColourRow> out;
  const auto add = [&](std::string_view name, bool typed) {
    out.push_back(NamedColourRow{std::string(name), typed, report_colour(p, a, *css_colour(name))});
  };
  for (std::string_view name : kChapterColourNames) add(name, false);
  for (const std::string& name : typed_) add(name, true);
  return out;
}

}  // namespace fontshade::app
