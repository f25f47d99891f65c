// Fuzzes parse_lesson, the reader of lesson links (the page's address after '#', the desktop app's
// --lesson): any text gives either a lesson whose options validate, whose step is within its run and
// whose labels fit a link, and whose link (lesson_fragment) reads back as the same lesson; or a message
// that is one line of valid UTF-8 with no control byte (whatever the link held is escaped in it).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "core/files/lesson_link.hpp"
#include "invariant.hpp"

using namespace fontshade;

namespace {

// Valid UTF-8 without C0 controls or DEL: what a message may hold.
bool clean_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b == 0x7F) return false;
    std::size_t length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || (length == 2 && b < 0xC2) || i + length > s.size()) return false;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  const auto parsed = parse_lesson(text);
  if (const auto* problem = std::get_if<std::string>(&parsed)) {
    FUZZ_INVARIANT(!problem->empty());
    FUZZ_INVARIANT(clean_text(*problem));
    FUZZ_INVARIANT(problem->size() < 2000);  // values are cut, never the whole link repeated back
    return 0;
  }
  const Lesson& lesson = std::get<Lesson>(parsed);
  FUZZ_INVARIANT(lesson.options.validate().empty());
  FUZZ_INVARIANT(lesson.step >= 0 && lesson.step <= lesson.options.steps);
  FUZZ_INVARIANT(lesson.labels.size() <= kMaxLinkedLabels);
  FUZZ_INVARIANT((lesson.data == DataOrigin::labels) == !lesson.labels.empty());
  FUZZ_INVARIANT(lesson.language == "en" || lesson.language == "es");
  const std::string link = lesson_fragment(lesson);
  const auto again = parse_lesson(link);
  FUZZ_INVARIANT(std::holds_alternative<Lesson>(again));
  FUZZ_INVARIANT(std::get<Lesson>(again) == lesson);
  FUZZ_INVARIANT(lesson_fragment(std::get<Lesson>(again)) == link);
  return 0;
}
