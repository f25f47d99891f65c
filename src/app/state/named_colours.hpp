#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/network/colour_report.hpp"

namespace fontshade::app {

// The chapter's colours (issue 7, part 4): the chapter ends by asking its trained network about
// named colours. The table holds those 11 (kChapterColourNames) and then every other CSS colour name
// a student typed in the colour field, each with the network's answer and the three rules' (the core's
// report_colour), for the parameters at the cursor.
struct NamedColourRow {
  std::string name;  // lowercase, as CSS writes it
  bool typed = false;  // typed by a student, not one of the chapter's
  ColourReport report;
};

class NamedColours {
 public:
  // If `text` is a CSS colour name (any case, spaces around it allowed), adds it to the table (once;
  // the chapter's own are there already) and returns true.
  bool note_typed(std::string_view text);
  const std::vector<std::string>& typed() const { return typed_; }
  void clear_typed() { typed_.clear(); }

  std::vector<NamedColourRow> rows(const Parameters& p, Activation a) const;

 private:
  std::vector<std::string> typed_;
};

// The CSS spelling of a colour name (lowercase), or "" when `text` is not one.
std::string css_name_of(std::string_view text);

}  // namespace fontshade::app
