#include "app/text/strings.hpp"

#include <string_view>
#include <unordered_map>

namespace fontshade::app {
namespace {

Language g_language = Language::en;

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
  for (const TranslationTable t : {strings_panels(), strings_options_data(), strings_class_activities(), strings_menu_bar(), strings_view3d()})
    all.insert(all.end(), t.entries, t.entries + t.count);
  return all;
}

const char* tr(const char* english) {
  if (g_language == Language::en) return english;
  const auto& map = spanish();
  const auto it = map.find(english);
  return it == map.end() ? english : it->second;
}

void set_language(Language language) { g_language = language; }
Language language() { return g_language; }
const char* language_code() { return g_language == Language::en ? "en" : "es"; }

}  // namespace fontshade::app
