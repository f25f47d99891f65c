// The lesson mode (issue 17) without pixels: scenes open their screens in the reader's language, answers
// are counted and revealed, the window.fontshade.lesson calls, blanks filled from the run, a teacher's
// lesson made from screens, written out, and opened again from its text and from a link.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/state/activities.hpp"
#include "app/state/app_state.hpp"
#include "app/state/keeping_actions.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/lesson_state.hpp"
#include "app/text/format.hpp"
#include "app/text/strings.hpp"
#include "core/files/json_writer.hpp"
#include "script_fixtures.hpp"

using namespace fontshade;
using namespace fontshade::app;
using fontshade::app::test::script_refusal;
using fontshade::app::test::script_value;

namespace {

std::string lesson_json_string(const std::string& text) {
  JsonWriter w;
  w.string(text);
  return w.str();
}

// The screen a lesson state describes, as lesson_of reads it back (the reader's settings aside).
Lesson screen_state_of(const AppState& s) {
  Lesson l = lesson_of(s).lesson;
  l.language = "en";
  l.projector = false;
  return l;
}

// The first scene from `from` on that `is` picks, or -1.
template <class Pick>
int first_scene(const AppState& s, Pick is, int from = 0) {
  for (int i = from; i < s.lesson.count(); ++i)
    if (is(s.lesson.lesson.scenes[static_cast<std::size_t>(i)])) return i;
  return -1;
}

}  // namespace

TEST_CASE("lesson mode: each scene opens its screen and keeps the reader's language and projector mode", "[app][lesson]") {
  AppState s;
  s.view.settings.language = Language::es;
  s.view.projector = true;
  CHECK(start_lesson(s).empty());
  CHECK(s.lesson.active);
  CHECK(s.lesson.scene == 0);
  for (int k = 0; k < s.lesson.count(); ++k) {
    INFO("scene " << k + 1);
    CHECK(open_scene(s, k).empty());
    finish_reach(s);  // a far step comes over frames (the next test)
    Lesson expected = s.lesson.current().state;
    CHECK(screen_state_of(s) == expected);
    CHECK(s.view.settings.language == Language::es);
    CHECK(s.view.projector);
  }
  CHECK(next_scene(s) == "this is the lesson's last scene");
  open_scene(s, 0);
  CHECK(previous_scene(s) == "this is the lesson's first scene");
  stop_lesson(s);
  CHECK_FALSE(s.lesson.active);
}

TEST_CASE("lesson mode: a scene at a far step is reached over frames, its text at once and its screen when its run is there", "[app][lesson]") {
  AppState s;
  start_lesson(s);
  const int far = first_scene(s, [](const LessonScene& scene) { return scene.state.step == 100000; });
  REQUIRE(far >= 0);
  const long long before = s.run.cursor();
  CHECK(open_scene(s, far).empty());
  CHECK(s.lesson.scene == far);           // the scene's text and question are there at once
  REQUIRE(s.reach.has_value());           // its 100,000 steps are not computed within the call
  CHECK(s.reach->target == 100000);
  CHECK(s.run.cursor() == before);        // the screen stays as it was meanwhile
  CHECK(script_value(s, "lesson.scene").find("reaching")->boolean);
  finish_reach(s);
  CHECK(s.run.cursor() == 100000);
  CHECK(screen_state_of(s) == s.lesson.current().state);
  CHECK_FALSE(script_value(s, "lesson.scene").find("reaching")->boolean);
  // Next before it gets there: the reach is dropped for the next scene's.
  open_scene(s, 0);
  open_scene(s, far);
  REQUIRE(s.reach.has_value());
  CHECK(open_scene(s, 0).empty());
  CHECK_FALSE(s.reach.has_value());
  CHECK(screen_state_of(s) == s.lesson.current().state);
}

TEST_CASE("lesson mode: Cancel on the way to a far screen puts back the text of the screen that stayed", "[app][lesson]") {
  AppState s;
  start_lesson(s);
  const int far = first_scene(s, [](const LessonScene& scene) { return scene.state.step == 100000; }, 1);
  REQUIRE(far > 0);
  // Next from the scene before it, then Cancel: the screen stayed that scene's, so its text comes back.
  CHECK(open_scene(s, far - 1).empty());
  finish_reach(s);
  const Lesson stayed = screen_state_of(s);
  CHECK(next_scene(s).empty());
  REQUIRE(s.reach.has_value());
  CHECK(s.lesson.scene == far);
  cancel_reach(s);
  CHECK_FALSE(s.reach.has_value());
  CHECK(s.lesson.scene == far - 1);
  CHECK(screen_state_of(s) == stayed);
  CHECK(screen_state_of(s) == s.lesson.current().state);
  // A question whose answer opens a far screen: Cancel hides the answer again, the screen the question's.
  const int far_reveal = first_scene(s, [](const LessonScene& scene) {
    return scene.question && scene.question->reveal && scene.question->reveal->step == 100000;
  });
  REQUIRE(far_reveal >= 0);
  CHECK(open_scene(s, far_reveal).empty());
  finish_reach(s);
  CHECK(answer(s, 0).empty());
  CHECK(reveal(s).empty());
  REQUIRE(s.reach.has_value());
  CHECK(s.lesson.tally().revealed);
  cancel_reach(s);
  CHECK(s.lesson.scene == far_reveal);
  CHECK_FALSE(s.lesson.tally().revealed);
  CHECK(s.lesson.tally().counts[0] == 1);  // the answer given stays counted
  CHECK(screen_state_of(s) == s.lesson.current().state);
}

TEST_CASE("lesson mode: an explanation keeps the numbers of the answer's screen when the screen moves on", "[app][lesson]") {
  AppState s;
  start_lesson(s);
  // The update's question (a {picked_A2} in its explanation, its answer's screen one step on).
  const int k = first_scene(s, [](const LessonScene& scene) {
    const auto& q = scene.question;
    return q && q->reveal && q->explain.en.find("{picked_A2}") != std::string::npos;
  });
  REQUIRE(k >= 0);
  CHECK(open_scene(s, k).empty());
  finish_reach(s);
  CHECK(explanation(s).empty());  // not revealed yet
  answer(s, 0);
  CHECK(reveal(s).empty());
  finish_reach(s);
  const std::string shown = explanation(s);
  CHECK(shown.find(number(s.picked_forward().A2)) != std::string::npos);
  CHECK(shown == fill_blanks(s, s.lesson.current().question->explain.en));
  // The student steps on and picks another colour: the screen's numbers change, the explanation's do not.
  const double revealed_A2 = s.picked_forward().A2;
  s.step(1);
  s.view.picked = Rgb{250, 250, 0};
  REQUIRE(s.picked_forward().A2 != revealed_A2);
  CHECK(explanation(s) == shown);
  CHECK(script_value(s, "lesson.scene").find("question")->find("explain")->text == shown);
  CHECK(fill_blanks(s, s.lesson.current().question->explain.en) != shown);
  // An answer whose screen is far: no explanation until that screen is there, then its numbers.
  const int far = first_scene(s, [](const LessonScene& scene) {
    const auto& q = scene.question;
    return q && q->reveal && q->reveal->step == 100000 && q->explain.en.find("{test_accuracy}") != std::string::npos;
  });
  REQUIRE(far >= 0);
  open_scene(s, far);
  finish_reach(s);
  answer(s, 0);
  reveal(s);
  REQUIRE(s.reach.has_value());
  CHECK(explanation(s).empty());
  finish_reach(s);
  CHECK(s.run.cursor() == 100000);
  CHECK(explanation(s).find(percent(s.run.test_evaluation().accuracy, 1)) != std::string::npos);
}

TEST_CASE("lesson mode: a scene's phase buttons stay on its step, and a scene opens with the slice following its colour", "[app][lesson]") {
  AppState s;
  start_lesson(s);
  const int k = first_scene(s, [](const LessonScene& scene) {
    return std::find(scene.actions.begin(), scene.actions.end(), SceneAction::phase_next) != scene.actions.end();
  });
  REQUIRE(k >= 0);
  open_scene(s, k);
  finish_reach(s);
  const long long step = s.run.cursor();
  REQUIRE(s.view.phase);
  for (int i = 0; i < 40; ++i) do_scene_action(s, SceneAction::phase_next);
  CHECK(s.run.cursor() == step);
  CHECK(*s.view.phase == Phase::update);
  CHECK_FALSE(scene_action_open(s, SceneAction::phase_next));
  for (int i = 0; i < 40; ++i) do_scene_action(s, SceneAction::phase_back);
  CHECK(s.run.cursor() == step);
  CHECK(*s.view.phase == Phase::sample);
  CHECK_FALSE(scene_action_open(s, SceneAction::phase_back));
  CHECK(scene_action_open(s, SceneAction::phase_next));
  // A slice moved by hand follows the colour again in the next scene.
  s.view.slice_follows_picked = false;
  s.view.surface_dots = false;
  open_scene(s, k + 1);
  CHECK(s.view.slice_follows_picked);
  CHECK(s.view.surface_dots);
}

TEST_CASE("lesson mode: an answer that shows the gradient check has it made for the step in view", "[app][lesson]") {
  AppState s;
  start_lesson(s);
  int k = 0;
  while (k < s.lesson.count() && s.lesson.lesson.scenes[static_cast<std::size_t>(k)].title.en != "The chapter's gradient") ++k;
  REQUIRE(k < s.lesson.count());
  open_scene(s, k);
  finish_reach(s);
  CHECK_FALSE(s.lesson.shows(ScenePart::check));
  CHECK_FALSE(s.activities.check_follows);
  reveal(s);
  CHECK(s.lesson.shows(ScenePart::check));
  CHECK(s.activities.check_follows);
  s.tick(0);
  CHECK(check_is_current(s));  // the rows the answer's explanation points at are there
}

TEST_CASE("lesson mode: answers are counted per choice, and the reveal opens its screen and its parts", "[app][lesson]") {
  AppState s;
  start_lesson(s);
  int before_training = -1;
  for (int k = 0; k < s.lesson.count(); ++k)
    if (s.lesson.lesson.scenes[static_cast<std::size_t>(k)].title.en == "Before training") before_training = k;
  REQUIRE(before_training >= 0);
  open_scene(s, before_training);
  CHECK_FALSE(s.lesson.shows(ScenePart::training));  // the accuracy asked about is not on screen yet
  CHECK(answer(s, 1).empty());
  CHECK(answer(s, 1).empty());
  CHECK(answer(s, 2).empty());
  CHECK(answer(s, 7) == "the choice must be 0 to 2, not 7");
  CHECK(s.lesson.tally().counts == std::vector<int>{0, 2, 1});
  CHECK(s.lesson.tally().last == 2);
  CHECK(reveal(s).empty());
  CHECK(s.lesson.shows(ScenePart::training));
  // Going back and forth asks again, and the answers stay counted.
  next_scene(s);
  previous_scene(s);
  CHECK_FALSE(s.lesson.tally().revealed);
  CHECK(s.lesson.tally().counts == std::vector<int>{0, 2, 1});

  // A question whose reveal is a screen: the step is taken.
  open_scene(s, 3);  // Forward propagation: step 5 at Z1, revealed at A2
  CHECK(s.view.phase == Phase::Z1);
  reveal(s);
  CHECK(s.view.phase == Phase::A2);
  CHECK(s.run.cursor() == 5);
}

TEST_CASE("lesson mode: the scene's blanks are the run's numbers, in the interface's digits", "[app][lesson]") {
  AppState s;
  start_lesson(s);
  open_scene(s, 5);  // The cost: step 5, the red sample
  const StepRecord& r = *s.run.record();
  UseSettings use(s.view.settings);
  CHECK(fill_blanks(s, "Y = {Y}, A2 = {A2}, C = {C}, step {step}, {unknown} stays") ==
        "Y = 0, A2 = " + number(r.forward.A2) + ", C = " + number(r.C) + ", step 5, {unknown} stays");
  CHECK(fill_blanks(s, "{rows} rows, {dark} dark, {light} light, {train_rows}/{test_rows}") == "1,345 rows, 833 dark, 512 light, 896/449");
  CHECK(fill_blanks(s, "{test_accuracy}") == percent(s.run.test_evaluation().accuracy, 1));
  s.view.settings.language = Language::es;
  CHECK(fill_blanks(s, "{rows}") == thousands(1345));
  CHECK(fill_blanks(s, "{rows}") != "1,345");  // the Spanish separator
}

TEST_CASE("window.fontshade.lesson: scene, next, back, go, answer, reveal, and their refusals", "[app][lesson][script]") {
  AppState s;
  JsonValue scene = script_value(s, "lesson.start");
  CHECK(scene.find("active")->boolean);
  CHECK(scene.find("index")->number == 0);
  CHECK(scene.find("count")->number == s.lesson.count());
  CHECK(scene.find("title")->text == "The question");
  CHECK(scene.find("question")->find("choices")->items.size() == 2);
  CHECK_FALSE(scene.find("question")->find("answer"));  // not before the reveal
  scene = script_value(s, "lesson.answer", "[0]");
  CHECK(scene.find("question")->find("choices")->items[0].find("count")->number == 1);
  scene = script_value(s, "lesson.reveal");
  CHECK(scene.find("question")->find("answer")->number == 0);
  CHECK(!scene.find("question")->find("explain")->text.empty());
  CHECK(script_value(s, "lesson.next").find("index")->number == 1);
  CHECK(script_value(s, "lesson.back").find("index")->number == 0);
  CHECK(script_value(s, "lesson.go", "[4]").find("title")->text == "Before training");
  CHECK(script_refusal(s, "lesson.go", "[99]") == "k must be a whole number from 0 to " + std::to_string(s.lesson.count() - 1) + ", not 99");
  CHECK(script_refusal(s, "lesson.answer", "[5]") == "the choice must be 0 to 2, not 5");
  script_value(s, "setLanguage", "[\"es\"]");
  CHECK(script_value(s, "lesson.scene").find("title")->text == "Antes de entrenar");
}

TEST_CASE("window.fontshade.lesson: a bad lesson file is refused at its line and column and the lesson stays", "[app][lesson][script]") {
  AppState s;
  script_value(s, "lesson.start");
  const JsonValue r = script_value(s, "lesson.load", "[" + lesson_json_string("{\"format\": \"fontshade-lesson\",\n \"version\": 3, \"title\": {\"en\": \"T\"}, \"scenes\": []}") + "]");
  CHECK_FALSE(r.find("ok")->boolean);
  CHECK(r.find("error")->text == "lesson: line 2, column 13: version: this program reads version 1 lesson files, found 3");
  CHECK(s.lesson.builtin);
  CHECK(s.view.notice_problem);
}

TEST_CASE("a teacher's lesson: screens added as scenes, reordered, written out, read back and opened from a link", "[app][lesson]") {
  AppState s;
  // Three screens of the free workbench.
  s.reset(3);
  s.step(7);
  s.set_phase(Phase::dC_dA2);
  new_lesson(s);
  s.view.phase.reset();
  s.step(40);
  s.view.picked = Rgb{250, 250, 210};
  add_screen_as_scene(s);
  s.set_options([] { Options o = preset_seed(); o.hidden = 5; o.seed = 3; return o; }());
  s.step(12);
  add_screen_as_scene(s);
  REQUIRE(s.lesson.count() == 3);
  CHECK_FALSE(s.lesson.builtin);
  CHECK(s.lesson.lesson.scenes[0].state.phase == Phase::dC_dA2);
  CHECK(s.lesson.lesson.scenes[1].state.step == 47);
  CHECK(s.lesson.lesson.scenes[2].state.options.hidden == 5);
  move_scene(s, 2, -1);
  CHECK(s.lesson.lesson.scenes[1].state.options.hidden == 5);
  toggle_part(s, 1, ScenePart::surface);  // shown on the workbench: now hidden
  CHECK_FALSE(std::count(s.lesson.lesson.scenes[1].show.begin(), s.lesson.lesson.scenes[1].show.end(), ScenePart::surface));
  s.lesson.lesson.scenes[1].text.es = "Cinco nodos.";

  const LessonFile made = s.lesson.lesson;
  const std::string file = script_value(s, "lesson.export").text;
  AppState other;
  CHECK(script_value(other, "lesson.load", "[" + lesson_json_string(file) + "]").find("ok")->boolean);
  CHECK(other.lesson.lesson == made);
  const std::string fragment = *lesson_link_of(s);
  AppState linked;
  CHECK(open_link(linked, fragment).problem.empty());
  CHECK(linked.lesson.lesson == made);
  for (int k = 0; k < 3; ++k) {
    INFO("scene " << k + 1);
    open_scene(other, k);
    open_scene(linked, k);
    finish_reach(other);
    finish_reach(linked);
    CHECK(screen_state_of(other) == made.scenes[static_cast<std::size_t>(k)].state);
    CHECK(state_json(other) == state_json(linked));
  }
  // The built-in lesson's link names it; a plain link leaves the lesson mode.
  AppState chapter;
  CHECK(open_link(chapter, "lesson=chapter&scene=3").problem.empty());
  CHECK(chapter.lesson.active);
  CHECK(chapter.lesson.scene == 2);
  CHECK(lesson_link_of(chapter) == "lesson=chapter&scene=3");
  CHECK(open_link(chapter, "v=1&step=3").problem.empty());
  CHECK_FALSE(chapter.lesson.active);
  CHECK(chapter.run.cursor() == 3);
}
