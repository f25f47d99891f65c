// Guided lessons as files (issue 17): the reader is strict and names the line and column of what is
// wrong, the writer reads back as the same lesson, a lesson travels in a link, and the built-in
// chapter lesson is complete and opens.
#include <variant>

#include "fixtures.hpp"
#include "core/files/lesson_file.hpp"

using namespace fontshade;

namespace {

LessonFile read_lesson_text(std::string_view text) {
  const Result<LessonFile> r = parse_lesson_file(text, "lesson.json");
  INFO((ok(r) ? std::string("read") : std::get<Error>(r).text()));
  REQUIRE(ok(r));
  return std::get<LessonFile>(r);
}

std::string file_refused(std::string_view text) {
  const Result<LessonFile> r = parse_lesson_file(text, "lesson.json");
  REQUIRE_FALSE(ok(r));
  return std::get<Error>(r).text();
}

// A one-scene lesson with `scene` as its scene's members (after "title").
std::string one_scene_lesson(const std::string& members) {
  return "{\"format\": \"fontshade-lesson\", \"version\": 1, \"title\": {\"en\": \"T\", \"es\": \"T\"},\n"
         "\"scenes\": [{\"title\": {\"en\": \"S\", \"es\": \"S\"},\n" + members + "}]}";
}
const std::string kGoodScene = "\"state\": \"v=1\", \"show\": [\"picker\"], \"text\": {\"en\": \"a\", \"es\": \"b\"}";

}  // namespace

TEST_CASE("a small lesson file reads: its scene's state, parts, actions and question", "[lesson]") {
  const LessonFile l = read_lesson_text(one_scene_lesson(
      "\"state\": \"v=1&step=5&phase=Z1&color=ee3b3b\", \"show\": [\"forward\", \"network\"], \"do\": [\"phase_next\"],\n"
      "\"text\": {\"en\": \"Walk on, A2 = {A2}.\", \"es\": \"Sigue, A2 = {A2}.\"},\n"
      "\"question\": {\"text\": {\"en\": \"Up?\", \"es\": \"¿Sube?\"}, \"choices\": [{\"en\": \"up\", \"es\": \"sube\"}, "
      "{\"en\": \"down\", \"es\": \"baja\"}], \"answer\": 1, \"explain\": {\"en\": \"Down.\", \"es\": \"Baja.\"}, "
      "\"reveal\": \"v=1&step=6\", \"show\": [\"training\"]}"));
  REQUIRE(l.scenes.size() == 1);
  const LessonScene& s = l.scenes[0];
  CHECK(s.state.step == 5);
  CHECK(s.state.phase == Phase::Z1);
  CHECK(s.state.picked == Rgb{0xee, 0x3b, 0x3b});
  CHECK(s.show == std::vector<ScenePart>{ScenePart::forward, ScenePart::network});
  CHECK(s.actions == std::vector<SceneAction>{SceneAction::phase_next});
  CHECK(s.text.in("es") == "Sigue, A2 = {A2}.");
  REQUIRE(s.question);
  CHECK(s.question->answer == 1);
  CHECK(s.question->choices[1].en == "down");
  REQUIRE(s.question->reveal);
  CHECK(s.question->reveal->step == 6);
  CHECK(s.question->show == std::vector<ScenePart>{ScenePart::training});
}

TEST_CASE("a text missing in one language reads, shows the other, and is named as a problem", "[lesson]") {
  const LessonFile l = read_lesson_text(one_scene_lesson("\"state\": \"v=1\", \"show\": [\"picker\"], \"text\": {\"en\": \"only English\"}"));
  CHECK(l.scenes[0].text.in("es") == "only English");
  CHECK(lesson_problems(l) == std::vector<std::string>{"scene 1: text.es is empty"});
}

TEST_CASE("bad lesson files are refused with the line, the column and the field", "[lesson]") {
  CHECK(file_refused("{\"format\": \"fontshade-model\", \"version\": 1, \"title\": {\"en\": \"T\"}, \"scenes\": []}") ==
        "lesson.json: line 1, column 12: format: expected \"fontshade-lesson\", found \"fontshade-model\": not a fontshade lesson file");
  CHECK(file_refused("{\"format\": \"fontshade-lesson\", \"version\": 2, \"title\": {\"en\": \"T\"}, \"scenes\": []}") ==
        "lesson.json: line 1, column 43: version: this program reads version 1 lesson files, found 2");
  CHECK(file_refused("{\"format\": \"fontshade-lesson\", \"version\": 1, \"title\": {\"en\": \"T\"}, \"scenes\": []}") ==
        "lesson.json: line 1, column 78: scenes: a lesson has at least one scene");
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1&step=x\", \"show\": [\"picker\"], \"text\": {\"en\": \"a\"}")) ==
        "lesson.json: line 3, column 10: scenes[0].state: step: expected a whole number from 0 to 1000000000, found \"x\"");
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1&lang=es\", \"show\": [\"picker\"], \"text\": {\"en\": \"a\"}")) ==
        "lesson.json: line 3, column 10: scenes[0].state: a scene keeps the reader's language and projector mode: leave out lang= and projector=");
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1\", \"show\": [\"picker\", \"diagram\"], \"text\": {\"en\": \"a\"}")) ==
        "lesson.json: line 3, column 36: scenes[0].show[1]: \"diagram\" is not one of picker, swatch, preview, rules, data, "
        "weights, activations, network, forward, backward, steps, training, surface, chapter_colours, check, options, labels, seeds");
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1\", \"show\": [\"picker\", \"picker\"], \"text\": {\"en\": \"a\"}")) ==
        "lesson.json: line 3, column 36: scenes[0].show[1]: \"picker\" is listed twice");
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1\", \"show\": [], \"text\": {\"en\": \"a\"}")) ==
        "lesson.json: line 3, column 25: scenes[0].show: a scene shows at least one part");
  CHECK(file_refused(one_scene_lesson(kGoodScene + ", \"txet\": 1")) ==
        "lesson.json: line 3, column 77: scenes[0]: unknown key \"txet\": expected one of title, state, show, do, text, question");
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1\", \"show\": [\"picker\"], \"text\": {\"en\": \"A2 is {A3}\"}")) ==
        "lesson.json: line 3, column 52: scenes[0].text.en: unknown blank {A3}: a text may hold step, steps, seed, L, sample, "
        "Y, A2, C, picked, picked_A2, picked_shade, train_accuracy, test_accuracy, rows, dark, light, train_rows, test_rows, epochs");
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1\", \"show\": [\"picker\"], \"text\": {\"en\": \"\", \"es\": \"\"}")) ==
        "lesson.json: line 3, column 45: scenes[0].text: empty in both languages");
  CHECK(file_refused(one_scene_lesson(kGoodScene + ", \"question\": {\"text\": {\"en\": \"q\"}, \"choices\": [{\"en\": \"a\"}], "
                                        "\"answer\": 0, \"explain\": {\"en\": \"e\"}}")) ==
        "lesson.json: line 3, column 114: scenes[0].question.choices: expected 2 to 6 choices, found 1");
  CHECK(file_refused(one_scene_lesson(kGoodScene + ", \"question\": {\"text\": {\"en\": \"q\"}, \"choices\": [{\"en\": \"a\"}, {\"en\": \"b\"}], "
                                        "\"answer\": 2, \"explain\": {\"en\": \"e\"}}")) ==
        "lesson.json: line 3, column 152: scenes[0].question.answer: expected the right choice's index, 0 to 1, found 2");
  CHECK(file_refused("{\"format\": \"fontshade-lesson\",,}") == "lesson.json: line 1, column 31: expected a key in double quotes, found ','");
}

TEST_CASE("a lesson file keeps to its limits: size, scenes, a text's length", "[lesson]") {
  CHECK(file_refused(std::string(kMaxLessonBytes + 1, ' ')) ==
        "lesson.json: the file has 524289 bytes, more than a lesson file may (512 KiB)");
  std::string many = "{\"format\": \"fontshade-lesson\", \"version\": 1, \"title\": {\"en\": \"T\"}, \"scenes\": [";
  for (std::size_t i = 0; i <= kMaxLessonScenes; ++i)
    many += std::string(i ? "," : "") + "{\"title\": {\"en\": \"S\"}, " + kGoodScene + "}";
  CHECK(file_refused(many + "]}") == "lesson.json: line 1, column 78: scenes: 101 scenes, more than a lesson may hold (100)");
  const std::string long_text(kMaxLessonTextBytes + 1, 'x');
  CHECK(file_refused(one_scene_lesson("\"state\": \"v=1\", \"show\": [\"picker\"], \"text\": {\"en\": \"" + long_text + "\"}")) ==
        "lesson.json: line 3, column 52: scenes[0].text.en: 4001 bytes, more than a scene's text may hold (4000)");
}

TEST_CASE("a lesson written out reads back as the same lesson, pretty or compact", "[lesson]") {
  const LessonFile& chapter = chapter_lesson();
  REQUIRE(chapter.scenes.size() >= 12);
  CHECK(read_lesson_text(lesson_file_json(chapter)) == chapter);
  CHECK(read_lesson_text(lesson_file_json(chapter, true)) == chapter);
  const std::string compact = lesson_file_json(chapter, true);
  CHECK(compact.find('\n') == std::string::npos);  // one line, for a link
}

TEST_CASE("a lesson travels in a link, and a cut or changed link is refused", "[lesson]") {
  LessonFile small = read_lesson_text(one_scene_lesson(kGoodScene));
  small.scenes.push_back(small.scenes[0]);
  small.scenes[1].state.step = 3;
  const std::string fragment = lesson_link_fragment(&small, 1);
  CHECK(fragment.substr(0, 7) == "lesson=");
  CHECK(fragment.substr(fragment.size() - 8) == "&scene=2");
  const Result<LessonLink> back = parse_lesson_link("#" + fragment);
  REQUIRE(ok(back));
  REQUIRE(std::get<LessonLink>(back).file);
  CHECK(*std::get<LessonLink>(back).file == small);
  CHECK(std::get<LessonLink>(back).scene == 1);

  const Result<LessonLink> chapter = parse_lesson_link("lesson=chapter&scene=4");
  REQUIRE(ok(chapter));
  CHECK(!std::get<LessonLink>(chapter).file);
  CHECK(std::get<LessonLink>(chapter).scene == 3);
  CHECK(lesson_link_fragment(nullptr, 0) == "lesson=chapter");

  const auto why = [](std::string_view f) { return std::get<Error>(parse_lesson_link(f)).text(); };
  CHECK(why("lesson=chapter&scene=99") == "link: scene=99: the lesson has " + std::to_string(chapter_lesson().scenes.size()) + " scenes");
  CHECK(why("lesson=chapter&scene=0") == "link: after the lesson, expected scene=K (a scene's number from 1), found \"scene=0\"");
  CHECK(why("lesson=abc*") == "link: lesson=: expected \"chapter\" or a lesson file in base64url; the link was cut or changed");
  CHECK(why(fragment.substr(0, 40)) == "link: lesson=: expected \"chapter\" or a lesson file in base64url; the link was cut or changed");
  CHECK(why(fragment.substr(0, 42)) == "lesson in the link: line 1, column 27: invalid string: missing closing quote");
  CHECK(why("lesson=" + std::string(kMaxLessonLinkBytes, 'A')) ==
        "link: the link has 16391 characters, more than a lesson link may (16384)");
}

TEST_CASE("the chapter's lesson is complete: every text in both languages, every screen a good lesson", "[lesson]") {
  const LessonFile& l = chapter_lesson();
  CHECK(lesson_problems(l).empty());
  for (const LessonScene& s : l.scenes) {
    INFO(s.title.en);
    CHECK(lesson_problem(s.state).empty());
    if (s.question && s.question->reveal) CHECK(lesson_problem(*s.question->reveal).empty());
    CHECK(s.text.en.size() < 700);  // short: a scene is read on a projector
  }
  // Scene 1 shows at most ~10 controls: the picker and the colour with both shades.
  CHECK(l.scenes[0].show == std::vector<ScenePart>{ScenePart::picker, ScenePart::swatch});
  CHECK(l.scenes[0].question->show == std::vector<ScenePart>{ScenePart::rules});  // the rules answer: after the prediction
}
