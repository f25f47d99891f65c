#include "app/text/strings.hpp"

#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "core/base/message_templates.hpp"

namespace fontshade::app {
namespace {

// The settings in use: a pointer to the innermost UseSettings' (the state's own), or the defaults.
// The only mutable thing of the text layer; a scope sets it and puts it back.
const Settings kDefaults;
const Settings* g_in_use = &kDefaults;

const std::unordered_map<std::string_view, const char*>& spanish() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string_view, const char*>();
    for (const TranslationEntry& e : translation_table()) m->emplace(e.en, e.es);
    return m;
  }();
  return *map;
}

}  // namespace

std::vector<TranslationEntry> translation_table() {
  std::vector<TranslationEntry> all;
  for (const TranslationTable t : {strings_panels(), strings_options_data(), strings_class_activities(), strings_menu_bar(),
                                     strings_notebook(), strings_view3d(), strings_lesson()})
    all.insert(all.end(), t.entries, t.entries + t.count);
  return all;
}

UseSettings::UseSettings(const Settings& settings) : previous_(g_in_use) { g_in_use = &settings; }
UseSettings::~UseSettings() { g_in_use = previous_; }
const Settings& settings_in_use() { return *g_in_use; }
int clamp_digits(int digits) { return digits < 2 ? 2 : (digits > 17 ? 17 : digits); }

const char* tr(const char* english) {
  if (g_in_use->language == Language::en) return english;
  const auto& map = spanish();
  const auto it = map.find(english);
  return it == map.end() ? english : it->second;
}

std::string sentence(const char* format, const std::string& detail) {
  std::string text(static_cast<std::size_t>(std::snprintf(nullptr, 0, format, detail.c_str())) + 1, '\0');
  std::snprintf(text.data(), text.size(), format, detail.c_str());
  text.pop_back();
  return text;
}

std::string core_message(std::string_view english) {
  return translate_message(english, [](const char* text) { return tr(text); });
}

const char* language_code(Language language) { return language == Language::en ? "en" : "es"; }

}  // namespace fontshade::app
