// The app's logic without pixels: the scripting API's state(), run control, checkpoints, formatting,
// the language switch. The browser and the desktop window only draw what these produce.
#include <catch2/catch.hpp>

#include "app_state.hpp"
#include "format.hpp"
#include "json_reader.hpp"
#include "record_json.hpp"
#include "strings.hpp"

using namespace fontshade;
using namespace fontshade::app;

TEST_CASE("state() after reset(s) and step(n) is line n of fontshade-cli trace, plus picked", "[app]") {
  AppState state;
  state.reset(7);
  state.step(250);
  state.picked = Rgb{34, 119, 211};
  const std::string json = state_json(state);
  // The same run, as the CLI's trace prints its line 250.
  Trainer trainer(default_dataset(), [] {
    Options o = preset_seed();
    o.seed = 7;
    return o;
  }());
  for (int k = 0; k < 249; ++k) trainer.step();
  std::string line = step_record_json(*trainer.step());
  line.pop_back();  // the closing brace: state() adds "picked" before it
  REQUIRE(json.rfind(line + ",\"picked\":{", 0) == 0);
  const auto parsed = parse_json(json, "state");
  REQUIRE(ok(parsed));
  const JsonValue* picked = std::get<JsonValue>(parsed).find("picked");
  REQUIRE(picked);
  CHECK(picked->find("color")->text == "#2277d3");
  const double a2 = picked->find("A2")->number;
  CHECK(picked->find("shade")->text == (a2 >= 0.5 ? "dark" : "light"));
  CHECK(a2 == state.picked_forward().A2);
}

TEST_CASE("state() before the first step holds step 0 and the starting parameters", "[app]") {
  AppState state;
  state.reset(3);
  const auto parsed = parse_json(state_json(state), "state");
  REQUIRE(ok(parsed));
  const JsonValue& root = std::get<JsonValue>(parsed);
  CHECK(root.find("step")->number == 0);
  CHECK(root.find("w_hidden")->items.size() == 3);
  CHECK(root.find("Z1") == nullptr);
  CHECK(root.find("picked") != nullptr);
}

TEST_CASE("Run follows the clock at a set speed and never bursts after a long pause", "[app][run]") {
  RunController run;
  CHECK(run.steps_due(1.0) == 0);  // paused
  run.set_speed_index(6);          // 100 steps per second
  REQUIRE(run.steps_per_second() == 100);
  run.start();
  CHECK(run.steps_due(0.5) == 25);  // capped at a quarter of a second
  // 1.6 steps a frame: the fractions carry over, 6 whole steps in 4 frames (6.4 owed).
  CHECK(run.steps_due(0.016) == 1);
  CHECK(run.steps_due(0.016) == 2);
  CHECK(run.steps_due(0.016) == 1);
  CHECK(run.steps_due(0.016) == 2);
  run.set_speed_index(RunController::kSpeedCount - 1);
  CHECK(run.steps_per_second() == 0);  // as fast as possible: slices, not a clock
  CHECK(run.unlimited());
  CHECK(run.steps_due(0.1) == 0);
}

TEST_CASE("Train to the end runs in slices and stops exactly at the last step", "[app][run]") {
  AppState state;
  state.reset(1);
  state.run.train_to_end();
  int frames = 0;
  while (state.run.running() && frames < 10000) {
    state.tick(0.016);
    ++frames;
  }
  CHECK_FALSE(state.run.running());
  CHECK(state.session.trainer().steps_done() == 100000);
  CHECK(frames > 1);  // in slices: the window keeps drawing while it trains
  CHECK(state.session.history().back().step == 100000);
  CHECK(state.session.history().size() == 1 + 100 + 90 + 990);
  CHECK(state.session.test_evaluation().accuracy > 0.95);
}

TEST_CASE("the run ends at its last step, whatever the controls ask for", "[app][run]") {
  AppState state;
  state.reset(2);
  Options o = preset_seed();
  o.seed = 2;
  o.steps = 1500;
  state.session.reset(o);
  state.step(1000);
  state.step(1000);  // only 500 are left
  CHECK(state.session.trainer().steps_done() == 1500);
  CHECK(state.session.finished());
  state.step(1);
  CHECK(state.session.trainer().steps_done() == 1500);
  // Run at "as fast as possible" stops there too, and pauses itself.
  state.session.reset(o);
  state.run.set_speed_index(RunController::kSpeedCount - 1);
  state.run.start();
  for (int frame = 0; frame < 1000 && state.run.running(); ++frame) state.tick(0.016);
  CHECK_FALSE(state.run.running());
  CHECK(state.session.trainer().steps_done() == 1500);
  CHECK(state.session.trainer().last_record()->step == 1500);
}

TEST_CASE("checkpoints: every step to 100, every 10 to 1,000, every 100 after", "[app][history]") {
  CHECK(Session::next_checkpoint(0) == 1);
  CHECK(Session::next_checkpoint(99) == 100);
  CHECK(Session::next_checkpoint(100) == 110);
  CHECK(Session::next_checkpoint(995) == 1000);
  CHECK(Session::next_checkpoint(1000) == 1100);
  CHECK(Session::next_checkpoint(1234) == 1300);
  Session session(default_dataset(), preset_seed());
  session.advance(1234);
  const auto& h = session.history();
  CHECK(h.front().step == 0);
  CHECK(h[1].step == 1);
  CHECK(h[100].step == 100);
  CHECK(h[101].step == 110);
  CHECK(h.back().step == 1200);
  CHECK(h.size() == 1 + 100 + 90 + 2);  // 0; 1..100; 110..1000; 1100, 1200
  CHECK(session.current_point().step == 1234);
  // Stepping one at a time gives the same checkpoints, not a point per call.
  Session single(default_dataset(), preset_seed());
  for (int k = 0; k < 1234; ++k) single.advance(1);
  CHECK(single.history().size() == h.size());
  CHECK(single.history().back().test_accuracy == h.back().test_accuracy);
  // The curves are the core's own figures at those steps.
  Trainer replay(default_dataset(), preset_seed());
  replay.advance(500);
  for (const HistoryPoint& p : h)
    if (p.step == 500) {
      CHECK(p.test_accuracy == replay.evaluate_test().accuracy);
      CHECK(p.recent_mean_cost == replay.recent_mean_cost());
    }
}

TEST_CASE("numbers are shown with the chosen digits, and non-finite values never as values", "[app][format]") {
  set_display_digits(4);
  CHECK(number(0.50681330373506428) == "0.5068");
  CHECK(number(-0.058494617078459578) == "-0.05849");
  CHECK(number(2.0) == "2");
  CHECK(number(1234.5678) == "1235");
  CHECK(number(-1.2345e-5) == "-1.234e-05");
  CHECK(number(0.0) == "0");
  CHECK(number(std::nan("")) == "NaN");
  CHECK(number(1.0 / 0.0) == "+inf");
  CHECK(number(-1.0 / 0.0) == "-inf");
  CHECK_FALSE(is_finite(std::nan("")));
  set_display_digits(17);
  CHECK(number(0.1) == "0.10000000000000001");
  set_display_digits(4);
}

TEST_CASE("the language switch changes every string through the one table", "[app][strings]") {
  set_language(Language::es);
  CHECK(std::string(tr("Reset")) == "Reiniciar");
  CHECK(std::string(tr("Step %s of %s")) == "Paso %s de %s");
  CHECK(std::string(language_code()) == "es");
  CHECK(thousands(100000) == "100\xC2\xA0" "000");  // a no-break space: "." is the decimal point on screen
  set_language(Language::en);
  CHECK(std::string(tr("Reset")) == "Reset");
  CHECK(thousands(100000) == "100,000");
  CHECK(thousands(999) == "999");
  CHECK(thousands(1234567) == "1,234,567");
  int count = 0;
  const TranslationEntry* table = translation_table(&count);
  CHECK(count > 100);
  for (int i = 0; i < count; ++i) CHECK(std::string(table[i].es).size() > 0);
}

TEST_CASE("the app starts on the book's data and switches to the synthetic set and back by name", "[app][data]") {
  AppState state;
  CHECK(state.session.data().origin == DataOrigin::book);
  CHECK(state.session.facts().dark == 833);
  state.step(5);
  state.use_builtin_data("synthetic");
  CHECK(state.session.data().synthetic());
  CHECK(state.session.facts().dark == 668);
  CHECK(state.session.trainer().steps_done() == 0);  // a new run
  state.use_builtin_data("no such set");              // ignored: the set stays
  CHECK(state.session.data().synthetic());
  state.use_builtin_data("book");
  CHECK(state.session.data().origin == DataOrigin::book);
}
