#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace fontshade::app {

enum class Language { en, es };

// What the interface says things in: its language and how many significant digits numbers show (the
// menu bar's EN / ES and digits). They are the view's (View::settings); the texts (tr, sentence, and
// number, thousands in format.hpp) are made in the settings in use: those of the innermost UseSettings
// alive, or these defaults outside any. The app's frame and every script call use the state's.
struct Settings {
  Language language = Language::en;
  int digits = 4;  // 2 to 17
};
// Makes `settings` the ones in use while it lives (it reads them as they change), then the previous.
class UseSettings {
 public:
  explicit UseSettings(const Settings& settings);
  ~UseSettings();
  UseSettings(const UseSettings&) = delete;
  UseSettings& operator=(const UseSettings&) = delete;

 private:
  const Settings* previous_;
};
const Settings& settings_in_use();
int clamp_digits(int digits);  // to 2..17

// Every string the app shows goes through tr(), keyed by its English text, looked up in the strings
// tables (text/strings_*.cpp, one a topic, together one dictionary). tr() returns the text in the
// language in use; a key missing from the table is shown as it is, and the test suite fails on it.
const char* tr(const char* english);
// Marks English text kept in a table and translated where it is shown (tr(spec.label)); the
// translations check counts it as used.
constexpr const char* tr_later(const char* english) { return english; }
const char* language_code(Language language);  // "en" / "es"
// A sentence with one blank filled: `format` (already through tr()) has one %s, here `detail`:
// sentence(tr("Saved %s."), path).
std::string sentence(const char* format, const std::string& detail);
// A message of the core (an option refused, a link misread: message_templates.hpp) in the language in
// use: its template translated here and filled with the same values.
std::string core_message(std::string_view english);

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
TranslationTable strings_lesson();            // strings_lesson.cpp: the guided lesson, its panels and its editor
TranslationTable strings_notebook();          // strings_notebook.cpp: the notebook's generator, scikit-learn's trainer, the code
TranslationTable strings_view3d();            // strings_view3d.cpp: the 3-D view (the colour cube, the hidden space)
// Every entry of every table, for the tests.
std::vector<TranslationEntry> translation_table();

}  // namespace fontshade::app
