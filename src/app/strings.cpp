#include "strings.hpp"

#include <string_view>
#include <unordered_map>

namespace fontshade::app {
namespace {

Language g_language = Language::en;

const std::unordered_map<std::string_view, const char*>& spanish() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string_view, const char*>();
    int count = 0;
    const TranslationEntry* table = translation_table(&count);
    for (int i = 0; i < count; ++i) m->emplace(table[i].en, table[i].es);
    return m;
  }();
  return *map;
}

}  // namespace

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
