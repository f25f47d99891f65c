// The app's logic without pixels: the scripting API's state(), run control, checkpoints, formatting,
// the language switch. The browser and the desktop window only draw what these produce.
//
// Index of this file (search for "[SECTION]"):
//   state(): the run as the script API reports it
//   Run control
//   Checkpoints
//   Numbers, settings, the language and the data set
//   The cost plot
//   Wrapped text and tooltips
//   The curves
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/state/app_state.hpp"
#include "app/layout/cost_curve.hpp"
#include "app/text/format.hpp"
#include "core/files/json_reader.hpp"
#include "core/files/record_json.hpp"
#include "app/text/strings.hpp"
#include "app/layout/text_wrap.hpp"
#include "app/layout/tooltip_place.hpp"
#include "app/script/script_api.hpp"

using namespace fontshade;
using namespace fontshade::app;

// [SECTION] state(): the run as the script API reports it

TEST_CASE("state() after reset(s) and step(n) is line n of fontshade-cli trace, plus picked", "[app]") {
  AppState state;
  state.reset(7);
  state.step(250);
  state.view.picked = Rgb{34, 119, 211};
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

// [SECTION] Run control

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
  state.player.train_to_end();
  int frames = 0;
  while (state.player.running() && frames < 10000) {
    state.tick(0.016);
    ++frames;
  }
  CHECK_FALSE(state.player.running());
  CHECK(state.run.trainer().steps_done() == 100000);
  CHECK(frames > 1);  // in slices: the window keeps drawing while it trains
  CHECK(state.run.history().back().step == 100000);
  CHECK(state.run.history().size() == 1 + 100 + 90 + 990);
  CHECK(state.run.test_evaluation().accuracy > 0.95);
}

TEST_CASE("the run ends at its last step, whatever the controls ask for", "[app][run]") {
  AppState state;
  state.reset(2);
  Options o = preset_seed();
  o.seed = 2;
  o.steps = 1500;
  state.run.reset(o);
  state.step(1000);
  state.step(1000);  // only 500 are left
  CHECK(state.run.trainer().steps_done() == 1500);
  CHECK(state.run.finished());
  state.step(1);
  CHECK(state.run.trainer().steps_done() == 1500);
  // Run at "as fast as possible" stops there too, and pauses itself.
  state.run.reset(o);
  state.player.set_speed_index(RunController::kSpeedCount - 1);
  state.player.start();
  for (int frame = 0; frame < 1000 && state.player.running(); ++frame) state.tick(0.016);
  CHECK_FALSE(state.player.running());
  CHECK(state.run.trainer().steps_done() == 1500);
  CHECK(state.run.trainer().last_record()->step == 1500);
}

// [SECTION] Checkpoints

TEST_CASE("checkpoints: every step to 100, every 10 to 1,000, every 100 after", "[app][history]") {
  CHECK(Run::next_checkpoint(0) == 1);
  CHECK(Run::next_checkpoint(99) == 100);
  CHECK(Run::next_checkpoint(100) == 110);
  CHECK(Run::next_checkpoint(995) == 1000);
  CHECK(Run::next_checkpoint(1000) == 1100);
  CHECK(Run::next_checkpoint(1234) == 1300);
  Run session(default_dataset(), preset_seed());
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
  Run single(default_dataset(), preset_seed());
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

// [SECTION] Numbers, settings, the language and the data set

TEST_CASE("numbers are shown with the chosen digits, and non-finite values never as values", "[app][format]") {
  Settings settings;
  UseSettings use(settings);
  CHECK(settings.digits == 4);  // the default
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
  settings.digits = 17;
  CHECK(number(0.1) == "0.10000000000000001");
  CHECK(clamp_digits(40) == 17);
  CHECK(clamp_digits(1) == 2);
}

TEST_CASE("the settings in use are a scope's: the defaults outside any, the innermost inside", "[app][format]") {
  CHECK(settings_in_use().language == Language::en);
  CHECK(settings_in_use().digits == 4);
  AppState a, b;
  a.view.settings = {Language::es, 6};
  {
    UseSettings use_a(a.view.settings);
    CHECK(number(0.50681330373506428) == "0.506813");
    CHECK(std::string(tr("Reset")) == "Reiniciar");
    {
      UseSettings use_b(b.view.settings);
      CHECK(std::string(tr("Reset")) == "Reset");
    }
    CHECK(std::string(tr("Reset")) == "Reiniciar");
  }
  CHECK(std::string(tr("Reset")) == "Reset");
  CHECK(number(0.50681330373506428) == "0.5068");
  // A script call answers in its state's settings, whatever is in use around it.
  CHECK(script_call(a, "settings", "[]") == "{\"value\":{\"lang\":\"es\",\"digits\":6,\"projector\":false,\"lesson\":null}}");
  CHECK(script_call(b, "settings", "[]") == "{\"value\":{\"lang\":\"en\",\"digits\":4,\"projector\":false,\"lesson\":null}}");
}

TEST_CASE("the language switch changes every string through the one table", "[app][strings]") {
  Settings settings{Language::es};
  UseSettings use(settings);
  CHECK(std::string(tr("Reset")) == "Reiniciar");
  CHECK(std::string(tr("Step %s of %s")) == "Paso %s de %s");
  CHECK(std::string(language_code(settings.language)) == "es");
  CHECK(thousands(100000) == "100\xC2\xA0" "000");  // a no-break space: "." is the decimal point on screen
  settings.language = Language::en;
  CHECK(std::string(tr("Reset")) == "Reset");
  CHECK(thousands(100000) == "100,000");
  CHECK(thousands(999) == "999");
  CHECK(thousands(1234567) == "1,234,567");
  const std::vector<TranslationEntry> table = translation_table();
  CHECK(table.size() > 100);
  for (const TranslationEntry& e : table) CHECK(std::string(e.es).size() > 0);
}

TEST_CASE("the app starts on the book's data and switches to the synthetic set and back by name", "[app][data]") {
  AppState state;
  CHECK(state.run.data().origin == DataOrigin::book);
  CHECK(state.run.facts().dark == 833);
  state.step(5);
  state.use_builtin_data("synthetic");
  CHECK(state.run.data().synthetic());
  CHECK(state.run.facts().dark == 668);
  CHECK(state.run.trainer().steps_done() == 0);  // a new run
  state.use_builtin_data("no such set");              // ignored: the set stays
  CHECK(state.run.data().synthetic());
  state.use_builtin_data("book");
  CHECK(state.run.data().origin == DataOrigin::book);
}

TEST_CASE("the Spanish screen says precision as the chapter does, never exactitud", "[app][strings]") {
  // The course's chapter calls accuracy "precisión"; "exactitud" may only follow it in brackets.
  const std::vector<TranslationEntry> table = translation_table();
  int precision = 0;
  for (std::size_t i = 0; i < table.size(); ++i) {
    std::string es = table[i].es;
    for (std::size_t at; (at = es.find("precisi\xC3\xB3n (exactitud)")) != std::string::npos;) es.erase(at, 22);
    INFO(table[i].en);
    CHECK(es.find("xactitud") == std::string::npos);
    const std::string en = table[i].en;
    if (en.find("ccuracy") != std::string::npos) {
      CHECK((es.find("precisi\xC3\xB3n") != std::string::npos || es.find("Precisi\xC3\xB3n") != std::string::npos));
      ++precision;
    }
  }
  CHECK(precision >= 4);
}

// [SECTION] The cost plot

TEST_CASE("the cost plot starts at the first step and tops at a cost the network can reach", "[app][plot]") {
  // Issue: the curve began at a made-up 0 at step 0 (no step yet, so no recent cost), and its axis
  // topped at 1.11 for a cost that cannot exceed 1.
  Run session(default_dataset(), preset_seed());
  CHECK(cost_curve(session).points.empty());
  session.advance(250);
  const CostCurve c = cost_curve(session);
  REQUIRE(c.points.size() == 100 + 15);  // steps 1..100 and 110..250; nothing at 0
  CHECK(c.points.front().step == 1);
  CHECK(c.points.back().step == 250);
  Trainer first(default_dataset(), preset_seed());
  CHECK(c.points.front().recent_mean_cost == first.step()->C);  // the mean of one step: its own C
  for (const HistoryPoint& p : c.points) {
    CHECK(p.step >= 1);
    CHECK(p.recent_mean_cost > 0);
    CHECK(p.recent_mean_cost <= c.top);
  }
  // Squared error of a logistic output: C = (A2 - Y)^2 with A2 and Y in [0, 1], so at most 1.
  CHECK(c.top == 1.0);
  // Cross-entropy has no bound: the data's largest mean cost, rounded up to 1, 2 or 5 times a power of ten.
  Options o = preset_seed();
  o.cost = Cost::cross_entropy;
  session.reset(o);
  session.advance(250);
  const CostCurve x = cost_curve(session);
  double most = 0;
  for (const HistoryPoint& p : x.points) most = std::fmax(most, p.recent_mean_cost);
  REQUIRE(most > 0);
  CHECK(x.top >= most);
  CHECK(x.top <= 2.5 * most);
  const double mantissa = x.top / std::pow(10.0, std::floor(std::log10(x.top)));
  CHECK((std::fabs(mantissa - 1) < 1e-9 || std::fabs(mantissa - 2) < 1e-9 || std::fabs(mantissa - 5) < 1e-9));
}

// [SECTION] Wrapped text and tooltips

namespace {
// Words between runs of spaces and line breaks.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text + " ") {
    if (c == ' ' || c == '\n') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}
}  // namespace

TEST_CASE("wrapped text breaks only at spaces, never inside a number", "[app][wrap]") {
  // Issue: "0." at the end of a line and "4235" on the next (Dear ImGui also breaks after . and ,).
  const TextWidth characters = [](std::string_view s) {
    float n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;  // one unit per UTF-8 character
    return n;
  };
  const std::string texts[] = {
      "= [0.4235, -1.234e-05] \xC2\xB7 (-0.05849) \xC2\xB7 0.5068",
      "azul: texto claro   naranja: texto oscuro   negro: A2 = 0.5   discontinua: regla de luma",
      "Output: Z2 = 1.2345678, A2 = 0.77459667 (dark text).\nGradients: dC_dA2 = -0.4508, dC_dB2 = -0.07867."};
  for (const std::string& text : texts) {
    for (int w = 1; w <= 100; ++w) {
      const std::string out = wrap_text(text, static_cast<float>(w), characters);
      INFO(w << ": " << out);
      CHECK(words(out) == words(text));  // every number (every word) stays whole, in order
      std::size_t start = 0;
      for (std::size_t end; start <= out.size(); start = end + 1) {
        end = out.find('\n', start);
        if (end == std::string::npos) end = out.size();
        const std::string line = out.substr(start, end - start);
        if (words(line).size() > 1) CHECK(characters(line) <= w);  // a line only overflows with one word
      }
      CHECK(std::count(out.begin(), out.end(), '\n') >= std::count(text.begin(), text.end(), '\n'));
    }
    CHECK(wrap_text(text, 1000, characters) == text);
  }
  CHECK(wrap_text("0.4235 0.4235", 9, characters) == "0.4235\n0.4235");
}

TEST_CASE("a tooltip goes beside what it explains, never over it, and stays on the screen", "[app][tooltip]") {
  const Rect screen{0, 0, 1280, 800};
  const auto covers = [](const Rect& a, const Rect& b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; };
  const auto on_screen = [&](const Rect& r) { return r.x >= 0 && r.y >= 0 && r.x + r.w <= screen.w && r.y + r.h <= screen.h; };
  // Items all over the screen, small and large; tooltips small and large.
  for (float x : {0.0f, 300.0f, 1200.0f})
    for (float y : {0.0f, 380.0f, 760.0f})
      for (const auto& [w, h] : {std::pair{60.0f, 40.0f}, std::pair{400.0f, 120.0f}}) {
        const Rect item{x, y, std::fmin(80.0f, 1280 - x), std::fmin(40.0f, 800 - y)};
        const Rect tip = tooltip_rect(place_tooltip(item, w, h, screen, 4), w, h);
        INFO(x << ", " << y << " tooltip " << w << " x " << h << " at " << tip.x << ", " << tip.y);
        CHECK_FALSE(covers(tip, item));
        CHECK(on_screen(tip));
      }
  // Below the item by preference, left-aligned with it.
  const TooltipPlace below = place_tooltip(Rect{100, 100, 50, 20}, 200, 60, screen, 4);
  CHECK(below.x == 100);
  CHECK(below.y == 124);
  CHECK(below.pivot_y == 0);
  // At the bottom of the screen: above, its bottom edge held by the pivot whatever its height.
  const TooltipPlace above = place_tooltip(Rect{100, 760, 50, 20}, 200, 60, screen, 4);
  CHECK(above.y == 756);
  CHECK(above.pivot_y == 1);
  // An item as tall as the screen: beside it.
  const Rect tall{0, 0, 300, 800};
  const Rect beside = tooltip_rect(place_tooltip(tall, 200, 60, screen, 4), 200, 60);
  CHECK(beside.x == 304);
  CHECK_FALSE(covers(beside, tall));
}

// [SECTION] The curves

TEST_CASE("the curves' step axis: 0 to the frontier, log or linear, and a click goes to the nearest point", "[app][history]") {
  AppState state;
  state.reset(2);
  state.step(5000);
  state.seek(1234);
  const StepAxis log = step_axis(state.run, true), linear = step_axis(state.run, false);
  CHECK(log.span == 5000);  // the frontier, wherever the cursor is
  CHECK(linear.fraction_of(2500) == 0.5);
  CHECK(log.fraction_of(0) == 0);
  CHECK(log.fraction_of(5000) == 1);
  for (long long step : {0LL, 1LL, 7LL, 99LL, 1234LL, 5000LL}) {
    CHECK(log.step_at(log.fraction_of(step)) == step);
    CHECK(linear.step_at(linear.fraction_of(step)) == step);
  }
  const auto& points = state.run.history();
  CHECK(nearest_point(points, 1234) == 1200);  // checkpoints every 100 past 1,000
  CHECK(nearest_point(points, 1251) == 1300);
  CHECK(nearest_point(points, 57) == 57);      // every step to 100
  CHECK(nearest_point(points, 999999) == 5000);
}

TEST_CASE("a long run's curve is drawn from at most four points a pixel column, its spikes and ends kept", "[app][curves]") {
  AppState state;
  Options o = state.run.options();
  o.steps = 300000;
  REQUIRE(state.set_options(o).empty());
  state.step(300000);
  const std::vector<HistoryPoint> history = plotted_history(state.run);
  REQUIRE(history.size() > 3000);
  const auto cost = [](const HistoryPoint& h) { return h.recent_mean_cost; };
  for (const bool log : {true, false}) {
    const StepAxis axis = step_axis(state.run, log);
    const int columns = 200;
    const std::vector<CurvePoint> thin = thinned_series(history, cost, axis, columns);
    CHECK(thin.size() <= 4u * columns);
    CHECK(thin.front().step == history.front().step);
    CHECK(thin.back().step == history.back().step);
    // In every column, the lowest and the highest value are among the points kept.
    std::vector<double> low(columns, 1e300), high(columns, -1e300), kept_low(columns, 1e300), kept_high(columns, -1e300);
    const auto column = [&](long long step) { return std::min(columns - 1, static_cast<int>(axis.fraction_of(step) * columns)); };
    for (const HistoryPoint& h : history) {
      low[column(h.step)] = std::min(low[column(h.step)], h.recent_mean_cost);
      high[column(h.step)] = std::max(high[column(h.step)], h.recent_mean_cost);
    }
    for (const CurvePoint& c : thin) {
      kept_low[column(c.step)] = std::min(kept_low[column(c.step)], c.value);
      kept_high[column(c.step)] = std::max(kept_high[column(c.step)], c.value);
    }
    CHECK(kept_low == low);
    CHECK(kept_high == high);
  }
  // Points that are not numbers are left out, never drawn as values.
  std::vector<HistoryPoint> with_nan = {{1, 0.5, 0, 0}, {2, std::nan(""), 0, 0}, {3, 0.25, 0, 0}};
  const std::vector<CurvePoint> clean = thinned_series(with_nan, cost, StepAxis{3, false}, 1000);
  REQUIRE(clean.size() == 2);
  CHECK(clean[1].step == 3);
}
