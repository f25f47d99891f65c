#pragma once
#include <string_view>

namespace fontshade::app {

enum class Language { en, es };

// Every string the app shows goes through this one table (strings_table.cpp), keyed by its English
// text. tr() returns the current language's text; a key missing from the table is shown as it is, and
// the test suite fails on it.
const char* tr(const char* english);
void set_language(Language language);
Language language();
const char* language_code();  // "en" / "es"

struct TranslationEntry {
  const char* en;
  const char* es;
};
// The whole table, for the tests.
const TranslationEntry* translation_table(int* count);

}  // namespace fontshade::app
