#pragma once
#include <string_view>
#include <vector>

namespace fontshade::app {

enum class Language { en, es };

// Every string the app shows goes through tr(), keyed by its English text, looked up in the strings
// tables (text/strings_*.cpp, one a topic, together one dictionary). tr() returns the current language's text; a key missing from the table is shown as it is, and
// the test suite fails on it.
const char* tr(const char* english);
// Marks English text kept in a table and translated where it is shown (tr(spec.label)); the
// translations check counts it as used.
constexpr const char* tr_later(const char* english) { return english; }
void set_language(Language language);
Language language();
const char* language_code();  // "en" / "es"

struct TranslationEntry {
  const char* en;
  const char* es;
};
// One topic's table (text/strings_*.cpp: one file each, so topics change apart).
struct TranslationTable {
  const TranslationEntry* entries;
  int count;
};
TranslationTable strings_panels();            // strings_panels.cpp: the lesson's panels, phases, quantities
TranslationTable strings_options_data();      // strings_options_data.cpp: the options and data tabs, file messages
TranslationTable strings_class_activities();  // strings_class_activities.cpp: labels, the chapter's colours, seeds, checks
TranslationTable strings_menu_bar();          // strings_menu_bar.cpp: model, export, link, projector, help
TranslationTable strings_view3d();            // strings_view3d.cpp: the 3-D view (the colour cube, the hidden space)
// Every entry of every table, for the tests.
std::vector<TranslationEntry> translation_table();

}  // namespace fontshade::app
