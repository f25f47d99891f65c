// The app as a cursor over the run: back and forth by steps and phases, the keys, and the scripting
// calls that move it; what a phase reveals. Pixel-free: the window only draws what these give.
#include <catch2/catch.hpp>

#include "app/state/app_state.hpp"
#include "core/files/json_reader.hpp"
#include "app/state/keys.hpp"
#include "app/state/lesson_state.hpp"
#include "core/files/record_json.hpp"
#include "app/script/script_api.hpp"
#include "app/text/strings.hpp"

using namespace fontshade;
using namespace fontshade::app;

namespace {

// Line k of `fontshade-cli trace --seed s`, without its closing brace.
std::string trace_line(std::uint64_t seed, long long k) {
  Options o = preset_seed();
  o.seed = seed;
  Trainer t(default_dataset(), o);
  if (k > 1) t.advance(k - 1);
  std::string line = step_record_json(*t.step());
  line.pop_back();
  return line;
}

std::string phase_of_state(AppState& s) {
  const auto parsed = parse_json(state_json(s), "state");
  REQUIRE(ok(parsed));
  const JsonValue* p = std::get<JsonValue>(parsed).find("phase");
  REQUIRE(p);
  return p->type == JsonValue::Type::null ? "null" : p->text;
}

}  // namespace

TEST_CASE("after reset(s), step(n), seek(k): state() is line k of the trace, and going on continues the run", "[app][seek]") {
  AppState state;
  state.reset(7);
  state.step(700);
  for (long long k : {1LL, 63LL, 64LL, 65LL, 250LL, 699LL}) {
    state.seek(k);
    INFO("step " << k);
    CHECK(state_json(state).rfind(trace_line(7, k) + ",\"picked\":{", 0) == 0);
  }
  state.seek(500);
  state.step(10);
  CHECK(state_json(state).rfind(trace_line(7, 510) + ",", 0) == 0);
  CHECK(state.run.steps_done() == 700);
  state.back(3);
  CHECK(state.run.cursor() == 507);
  state.home();
  CHECK(state.run.cursor() == 0);
  state.end();
  CHECK(state.run.cursor() == 700);
}

TEST_CASE("phase mode walks one step in the chapter's order, into the next step and back", "[app][phases]") {
  AppState state;
  state.reset(3);
  CHECK(phase_of_state(state) == "null");
  state.set_phase_mode(true);  // at step 0 there is nothing to unfold: it takes the first step
  CHECK(state.run.cursor() == 1);
  std::string walked;
  for (int k = 0; k < kPhaseCount; ++k) {
    walked += phase_of_state(state) + " ";
    state.next();
  }
  CHECK(walked == "sample Z1 A1 Z2 A2 C dC_dA2 dA2_dZ2 dC_dW2 dC_dA1 dA1_dZ1 dC_dW1 update ");
  CHECK(state.run.cursor() == 2);  // past update: the next step, from its sample
  CHECK(phase_of_state(state) == "sample");
  state.previous();
  CHECK(state.run.cursor() == 1);
  CHECK(phase_of_state(state) == "update");
  state.set_phase(Phase::sample);
  state.previous();  // step 1's sample is the first phase there is
  CHECK(state.run.cursor() == 1);
  CHECK(phase_of_state(state) == "sample");
  // Moving by steps keeps the phase: the same part of another step.
  state.set_phase(Phase::dC_dW1);
  state.step(5);
  CHECK(state.run.cursor() == 6);
  CHECK(phase_of_state(state) == "dC_dW1");
  state.set_phase_mode(false);
  CHECK(phase_of_state(state) == "null");
}

TEST_CASE("what a phase reveals: reached quantities shown, the phase's own lit, later ones hidden", "[app][phases]") {
  View v;
  CHECK(reveal_of(v, Quantity::dC_dW1) == Reveal::shown);  // no phase mode: everything
  v.phase = Phase::A2;
  CHECK(reveal_of(v, Quantity::Z1) == Reveal::shown);
  CHECK(reveal_of(v, Quantity::A2) == Reveal::current);
  CHECK(reveal_of(v, Quantity::C) == Reveal::hidden);
  CHECK(reveal_of(v, Quantity::w_output) == Reveal::shown);  // the parameters come with the sample
  v.phase = Phase::dC_dA1;
  CHECK(reveal_of(v, Quantity::dZ2_dA1) == Reveal::current);
  CHECK(reveal_of(v, Quantity::dA1_dZ1) == Reveal::hidden);
  CHECK(phase_touches(v, kOutputEdges));
  CHECK_FALSE(phase_touches(v, kHiddenEdges));
}

TEST_CASE("keys: right next, left previous (a step, or a phase), Shift ten, up and down do not step", "[app][keys]") {
  AppState state;
  state.reset(1);
  press_key(state, KeyCode::right, false);
  CHECK(state.run.cursor() == 1);
  press_key(state, KeyCode::right, true);
  CHECK(state.run.cursor() == 11);
  press_key(state, KeyCode::left, false);
  CHECK(state.run.cursor() == 10);  // back, not forward: the bug users reported
  press_key(state, KeyCode::left, true);
  CHECK(state.run.cursor() == 0);
  press_key(state, KeyCode::space, false);
  CHECK(state.run.cursor() == 1);
  CHECK_FALSE(press_key(state, KeyCode::up, false));
  CHECK_FALSE(press_key(state, KeyCode::down, false));
  CHECK(state.run.cursor() == 1);
  state.step(40);
  press_key(state, KeyCode::home, false);
  CHECK(state.run.cursor() == 0);
  press_key(state, KeyCode::end, false);
  CHECK(state.run.cursor() == 41);
  press_key(state, KeyCode::f, false);
  REQUIRE(state.phase_mode());
  press_key(state, KeyCode::right, false);
  CHECK(state.view.phase == Phase::Z1);
  press_key(state, KeyCode::left, false);
  press_key(state, KeyCode::left, false);
  CHECK(state.run.cursor() == 40);
  CHECK(state.view.phase == Phase::update);
}

TEST_CASE("scripting: seek and phase move the view, and bad arguments are refused by name", "[app][script]") {
  AppState state;
  CHECK(script_call(state, "reset", "[5]") == "{\"value\":null}");
  CHECK(script_call(state, "step", "[300]") == "{\"value\":null}");
  CHECK(script_call(state, "seek", "[120]") == "{\"value\":null}");
  CHECK(state.run.cursor() == 120);
  CHECK(script_call(state, "phase", "[\"dA2_dZ2\"]") == "{\"value\":null}");
  CHECK(state.view.phase == Phase::dA2_dZ2);
  CHECK(script_call(state, "phase", "[11]") == "{\"value\":null}");
  CHECK(state.view.phase == Phase::dC_dW1);
  const std::string s = script_call(state, "state", "[]");
  CHECK(s.rfind("{\"value\":" + trace_line(5, 120) + ",", 0) == 0);
  CHECK(s.find("\"phase\":\"dC_dW1\"") != std::string::npos);
  CHECK(script_call(state, "phase", "[null]") == "{\"value\":null}");
  CHECK_FALSE(state.phase_mode());
  CHECK(script_call(state, "seek", "[301]") ==
        "{\"error\":\"RangeError\",\"message\":\"k must be a step computed so far, 0 to 300, not 301\"}");
  CHECK(script_call(state, "seek", "[-1]") ==
        "{\"error\":\"RangeError\",\"message\":\"k must be a whole number from 0 to 1000000000, not -1\"}");
  CHECK(script_call(state, "phase", "[\"backward\"]") ==
        "{\"error\":\"RangeError\",\"message\":\"phase must be one of sample, Z1, A1, Z2, A2, C, dC_dA2, dA2_dZ2, dC_dW2, "
        "dC_dA1, dA1_dZ1, dC_dW1, update, its index 0-12, or null, not \\\"backward\\\"\"}");
  CHECK(script_call(state, "setColor", "[1, 2]") ==
        "{\"error\":\"RangeError\",\"message\":\"setColor takes r, g, b: whole numbers 0-255\"}");
  CHECK(script_call(state, "setColor", "[1, 2, 300]") ==
        "{\"error\":\"RangeError\",\"message\":\"b must be a whole number from 0 to 255, not 300\"}");
  CHECK(script_call(state, "setLanguage", "[\"fr\"]") ==
        "{\"error\":\"RangeError\",\"message\":\"language must be \\\"en\\\" or \\\"es\\\", not \\\"fr\\\"\"}");
  CHECK(script_call(state, "fly", "[]") == "{\"error\":\"TypeError\",\"message\":\"fontshade.fly is not a function\"}");
  CHECK(state.run.cursor() == 120);  // nothing refused moved anything
}

TEST_CASE("reset in phase mode keeps the phase mode but not a step: reset(s), step(n) is still line n", "[app][phases]") {
  AppState state;
  state.reset(1);
  state.step(3);
  state.set_phase(Phase::dC_dW2);
  state.reset(1);
  CHECK(state.run.cursor() == 0);
  CHECK(state.view.phase == Phase::sample);
  state.step(5);
  CHECK(state.run.cursor() == 5);
  CHECK(state_json(state).rfind(trace_line(1, 5) + ",", 0) == 0);
}

TEST_CASE("a lesson puts its options, data, step, phase and colour on the screen, and the screen gives it back", "[app][link]") {
  AppState state;
  const auto parsed = parse_lesson("v=1&gradient=chapter&lr=0.1&data=synthetic&step=42&phase=dC_dW1&color=fafad2&projector=1");
  REQUIRE(std::holds_alternative<Lesson>(parsed));
  REQUIRE(apply_lesson(state, std::get<Lesson>(parsed)).problem.empty());
  CHECK(state.run.options().gradient == GradientMode::chapter);
  CHECK(state.run.options().learning_rate == 0.1);
  CHECK(state.run.data().synthetic());
  CHECK(state.run.cursor() == 42);
  CHECK(state.view.phase == Phase::dC_dW1);
  CHECK(state.view.picked == Rgb{250, 250, 210});
  CHECK(state.view.projector);
  const LessonOfState back = lesson_of(state);
  CHECK(back.portable);
  CHECK(back.lesson == std::get<Lesson>(parsed));
  CHECK(lesson_fragment(back.lesson) == "v=1&lr=0.10000000000000001&final_lr=0.10000000000000001&gradient=chapter&data=synthetic"
                                        "&step=42&phase=dC_dW1&color=fafad2&projector=1");
  // A lesson that cannot be shown leaves the screen as it was.
  Lesson bad = std::get<Lesson>(parsed);
  bad.options.hidden = 99;
  CHECK(apply_lesson(state, bad).problem == "hidden: expected a whole number from 1 to 16, found \"99\"");
  CHECK(state.run.cursor() == 42);
}

TEST_CASE("options change through the app: a new run that says what changed, and one click back", "[app][options]") {
  AppState state;
  state.reset(4);
  state.step(30);
  Options o = state.run.options();
  o.gradient = GradientMode::chapter;
  CHECK(state.set_options(o).empty());
  CHECK(state.run.cursor() == 0);
  CHECK(state.run.options().gradient == GradientMode::chapter);
  REQUIRE(state.last_change);
  CHECK(state.last_change->before.gradient == GradientMode::true_gradient);
  CHECK(state.can_undo_options());
  Options bad = o;
  bad.learning_rate = -1;
  CHECK(state.set_options(bad) == "lr: expected a positive number, found \"-1\"");
  CHECK(state.run.options() == o);
  state.undo_options();
  CHECK(state.run.options().gradient == GradientMode::true_gradient);
  CHECK(state.run.options().seed == 4);
  CHECK_FALSE(state.can_undo_options());
}
