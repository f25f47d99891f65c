#pragma once
#include <string_view>
#include <vector>

namespace fontshade::app {

enum class Language { en, es };

// Every string the app shows goes through this one table (strings_table.cpp), keyed by its English
// text. tr() returns the current language's text; a key missing from the table is shown as it is, and
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
// One table of a part of the app (strings_table*.cpp: one file each, so parts change apart).
struct TranslationTable {
  const TranslationEntry* entries;
  int count;
};
TranslationTable strings_main();      // strings_table.cpp
TranslationTable strings_teacher();     // strings_table_teacher.cpp: the teacher's tabs, options, data
TranslationTable strings_activities();  // strings_table_activities.cpp: labels, the chapter's colours, seeds, checks
TranslationTable strings_keeping();   // strings_table_keeping.cpp: projector, saving, exporting, links, help
// Every entry of every table, for the tests.
std::vector<TranslationEntry> translation_table();

}  // namespace fontshade::app
