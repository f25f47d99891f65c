// A lesson in a link: what a fresh page shows is written as nothing, everything else reads back
// the same, and a malformed link is refused with what is wrong.
#include <variant>

#include "fixtures.hpp"
#include "core/files/lesson_link.hpp"

using namespace fontshade;

namespace {

Lesson parsed(std::string_view fragment) {
  const auto r = parse_lesson(fragment);
  INFO((std::holds_alternative<std::string>(r) ? std::get<std::string>(r) : std::string("parsed")));
  REQUIRE(std::holds_alternative<Lesson>(r));
  return std::get<Lesson>(r);
}

std::string refused(std::string_view fragment) {
  const auto r = parse_lesson(fragment);
  REQUIRE(std::holds_alternative<std::string>(r));
  return std::get<std::string>(r);
}

}  // namespace

TEST_CASE("a fresh page's lesson is the shortest link, and an empty link is a fresh page", "[link]") {
  CHECK(lesson_fragment(Lesson{}) == "v=1");
  CHECK(parsed("") == Lesson{});
  CHECK(parsed("#v=1") == Lesson{});
}

TEST_CASE("a lesson reads back from its link exactly", "[link]") {
  Lesson l;
  l.options = preset_tuned();
  l.options.seed = 7;
  l.options.learning_rate = 0.1 + 0.2;
  l.options.gradient = GradientMode::chapter;
  l.data = DataOrigin::synthetic;
  l.step = 250;
  l.phase = Phase::dC_dA1;
  l.picked = Rgb{250, 250, 210};
  l.language = "es";
  l.projector = true;
  const std::string link = lesson_fragment(l);
  CHECK(link == "v=1&cost=cross_entropy&schedule=linear&lr=0.30000000000000004&final_lr=0.0050000000000000001"
                "&steps=300000&seed=7&gradient=chapter&data=synthetic&step=250&phase=dC_dA1&color=fafad2&lang=es"
                "&projector=1");
  CHECK(parsed(link) == l);
  CHECK(parsed("#" + link) == l);
}

TEST_CASE("a student's labelled colours travel inline in the link", "[link]") {
  Lesson l;
  l.data = DataOrigin::labels;
  l.labels = {Sample{{0, 0, 0}, 0}, Sample{{255, 255, 255}, 1}, Sample{{0x22, 0x77, 0xd3}, 0}};
  const std::string link = lesson_fragment(l);
  CHECK(link == "v=1&data=labels&labels=0000000,ffffff1,2277d30");
  CHECK(parsed(link) == l);
  std::string many = "v=1&data=labels&labels=";
  for (int i = 0; i < 201; ++i) many += (i ? ",000000" : "000000") + std::string("1");
  CHECK(refused(many) == "labels: at most 200 colours fit in a link");
}

TEST_CASE("a malformed link names what is wrong", "[link]") {
  CHECK(refused("step=3") == "the link has no version (v=1)");
  CHECK(refused("v=2") == "v=2: this page reads version 1 links");
  CHECK(refused("v=1&lr=0") == "lr: expected a positive number, found \"0\"");
  CHECK(refused("v=1&hidden=99") == "hidden: expected a whole number from 1 to 16, found \"99\"");
  CHECK(refused("v=1&color=zz0000") == "color=zz0000: expected six hex digits, such as 2277d3");
  CHECK(refused("v=1&phase=backward") == "phase=backward: expected a phase such as sample, Z1, dC_dW1 or update");
  CHECK(refused("v=1&data=mnist") == "data=mnist: expected book, synthetic or labels");
  CHECK(refused("v=1&lang=fr") == "lang=fr: expected en or es");
  CHECK(refused("v=1&step=-4") == "step: expected a whole number from 0 to 1000000000, found \"-4\"");
  CHECK(refused("v=1&steps=10&step=11") == "step=11: the run has only 10 steps");
  CHECK(refused("v=1&data=labels&labels=12345x1") == "labels: \"12345x1\" is not rrggbb followed by 0 or 1");
  CHECK(refused("v=1&zoom=2") == "unknown part \"zoom\"");
  CHECK(refused("v=1&oops") == "\"oops\" is not name=value");
}

TEST_CASE("a link's language is read even when the link is refused, so its message is said in it", "[link]") {
  CHECK(lesson_language("v=1&lang=es&phase=Z9") == "es");
  CHECK(lesson_language("#lang=en&oops") == "en");
  CHECK_FALSE(lesson_language("v=1&lang=fr"));
  CHECK_FALSE(lesson_language("v=1&step=3"));
  CHECK(std::holds_alternative<std::string>(parse_lesson("v=1&lang=es&phase=Z9")));
}

TEST_CASE("a link's numbers are read strictly, and each key is given once", "[link][numbers]") {
  CHECK(refused("v=1&step=+5") == "step: expected a whole number from 0 to 1000000000, found \"+5\"");
  CHECK(refused("v=1&step= 5") == "step: expected a whole number from 0 to 1000000000, found \" 5\"");
  CHECK(refused("v=1&step=0x10") == "step: expected a whole number from 0 to 1000000000, found \"0x10\"");
  CHECK(refused("v=1&step=99999999999999999999") ==
        "step: expected a whole number from 0 to 1000000000, found \"99999999999999999999\" (it overflows a 64-bit whole "
        "number)");
  CHECK(refused("v=1&hidden=+5") == "hidden: expected a whole number from 1 to 16, found \"+5\"");
  CHECK(refused("v=1&lr=0x10") == "lr: expected a positive number, found \"0x10\"");
  CHECK(refused("v=1&steps=+5") == "steps: expected a whole number from 0 to 1000000000, found \"+5\"");
  CHECK(refused("v=1&step=3&step=4") == "\"step\" is given twice in the link");
  CHECK(refused("v=1&lr=0.1&seed=2&lr=0.2") == "\"lr\" is given twice in the link");
  CHECK(refused("v=1&v=1") == "\"v\" is given twice in the link");
}

TEST_CASE("a link's text is escaped in its messages, and a huge link is refused unread", "[link]") {
  CHECK(refused("v=1&lang=\x1b]0;x\x07") == "lang=\\x1B]0;x\\x07: expected en or es");
  CHECK(refused("v=1&\x1b[2J=1") == "unknown part \"\\x1B[2J\"");
  CHECK(refused("v=1&color=\xff\xfe") == "color=\\xFF\\xFE: expected six hex digits, such as 2277d3");
  CHECK(refused("v=1&step=" + std::string(20000, '1')) ==
        "the link is longer than 16384 bytes, the most a lesson link holds (its longest part, 200 labelled colours, "
        "takes under 2,000)");
}
