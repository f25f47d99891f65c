// Fuzzes parse_lesson_file (a guided lesson's file, issue 17) through the public API: any text gives
// either a lesson that keeps the file's limits and reads back from what lesson_file_json writes (pretty
// and compact, and inside a link when it fits), or an error with a message and a place in the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "invariant.hpp"
#include "core/files/lesson_file.hpp"

using namespace fontshade;

namespace {

void check_lesson(const LessonFile& l) {
  FUZZ_INVARIANT(!l.scenes.empty() && l.scenes.size() <= kMaxLessonScenes);
  for (const LessonScene& s : l.scenes) {
    FUZZ_INVARIANT(!s.show.empty());
    FUZZ_INVARIANT(s.text.en.size() <= kMaxLessonTextBytes && s.text.es.size() <= kMaxLessonTextBytes);
    if (s.question) {
      FUZZ_INVARIANT(s.question->choices.size() >= kMinLessonChoices && s.question->choices.size() <= kMaxLessonChoices);
      FUZZ_INVARIANT(s.question->answer >= 0 && s.question->answer < static_cast<int>(s.question->choices.size()));
    }
    (void)lesson_problem(s.state);  // a screen that cannot open is a message, never a crash
  }
  (void)lesson_problems(l);
  for (bool compact : {false, true}) {
    const std::string written = lesson_file_json(l, compact);
    const Result<LessonFile> reread = parse_lesson_file(written, "fuzz-rewritten.json");
    FUZZ_INVARIANT(ok(reread));
    FUZZ_INVARIANT(std::get<LessonFile>(reread) == l);
    FUZZ_INVARIANT(lesson_file_json(std::get<LessonFile>(reread), compact) == written);
  }
  const std::string fragment = lesson_link_fragment(&l, static_cast<int>(l.scenes.size()) - 1);
  if (fragment.size() <= kMaxLessonLinkBytes) {
    const Result<LessonLink> linked = parse_lesson_link(fragment);
    FUZZ_INVARIANT(ok(linked));
    FUZZ_INVARIANT(std::get<LessonLink>(linked).file && *std::get<LessonLink>(linked).file == l);
    FUZZ_INVARIANT(std::get<LessonLink>(linked).scene == static_cast<int>(l.scenes.size()) - 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  const Result<LessonFile> parsed = parse_lesson_file(text, "fuzz.json");
  if (ok(parsed)) {
    check_lesson(std::get<LessonFile>(parsed));
  } else {
    const Error& e = std::get<Error>(parsed);
    FUZZ_INVARIANT(!e.message.empty());
    FUZZ_INVARIANT(e.source == "fuzz.json");
    FUZZ_INVARIANT(e.line >= 0 && e.column >= 0);
  }
  // The same bytes as a link's lesson: refused or read, never a crash.
  (void)parse_lesson_link("lesson=" + std::string(text.substr(0, kMaxLessonLinkBytes)));
  return 0;
}
