// The class activities of issue 7 without pixels: labelling colours (the seeded sequence, the L and D
// keys, training on the labels), the chapter's colours with typed CSS names, the seed sweep in slices
// (the same runs as sweep_seeds, loading a seed), the gradient check of the step in view, and their
// window.fontshade calls.
//
// Index of this file (search for "[SECTION]"):
//   Helpers: calls that must succeed or be refused, a clock for the sweep
//   Labelling colours
//   The chapter's colours
//   The seed sweep
//   The gradient check
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/state/app_state.hpp"
#include "core/colour/css_colours.hpp"
#include "core/files/json_reader.hpp"
#include "app/state/keys.hpp"
#include "app/script/script_api.hpp"
#include "core/network/trainer.hpp"

using namespace fontshade;
using namespace fontshade::app;

// [SECTION] Helpers: calls that must succeed or be refused, a clock for the sweep
namespace {

JsonValue call(AppState& s, const char* name, const char* args = "[]") {
  const auto parsed = parse_json(script_call(s, name, args), name);
  REQUIRE(ok(parsed));
  return std::get<JsonValue>(parsed);
}

// The value of a call that must succeed.
JsonValue value_of(AppState& s, const char* name, const char* args = "[]") {
  const JsonValue answer = call(s, name, args);
  INFO(name << args);
  REQUIRE(answer.find("value") != nullptr);
  return *answer.find("value");
}

// The message of a call that must be refused with a RangeError.
std::string refusal_of(AppState& s, const char* name, const char* args) {
  const JsonValue answer = call(s, name, args);
  INFO(name << args);
  REQUIRE(answer.find("error") != nullptr);
  CHECK(answer.find("error")->text == "RangeError");
  return answer.find("message")->text;
}

Options short_options(long long steps) {
  Options o = preset_seed();
  o.steps = steps;
  return o;
}

// A clock for SweepRunner that reads 100 ns a step exactly: frames slice the same on every machine.
void exact_clock(SweepRunner& runner) {
  runner.set_clock([&runner] { return static_cast<double>(runner.steps_done()) * 1e-7; });
}

void require_same_runs(const std::vector<SeedResult>& a, const std::vector<SeedResult>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO("run " << i);
    CHECK(a[i].seed == b[i].seed);
    CHECK(a[i].diverged == b[i].diverged);
    CHECK(a[i].dead == b[i].dead);
    CHECK(a[i].test.accuracy == b[i].test.accuracy);  // bit for bit
    CHECK(a[i].collapsed() == b[i].collapsed());
  }
}

}  // namespace

// [SECTION] Labelling colours
TEST_CASE("the colours to label: a seeded sequence, the same for everyone with the seed", "[app][labels]") {
  // Pinned: the browser and the desktop draw the same colours (the core's generator, stream 5).
  CHECK(sequence_colour(1, 0) == Rgb{98, 193, 250});
  CHECK(sequence_colour(1, 1) == Rgb{104, 255, 108});
  CHECK(sequence_colour(1, 2) == Rgb{59, 234, 171});
  CHECK(sequence_colour(2, 0) == Rgb{221, 45, 39});

  Labelling l;
  CHECK(l.seed() == 1);
  CHECK(l.position() == 0);
  CHECK(l.proposal() == sequence_colour(1, 0));
  const Rgb picked{1, 2, 3};
  CHECK(l.colour(picked) == sequence_colour(1, 0));
  CHECK(l.answer(picked, 1) == 0);  // labels the proposal dark and moves on
  CHECK(l.position() == 1);
  CHECK(l.proposal() == sequence_colour(1, 1));
  l.next();  // skip
  CHECK(l.answer(picked, 0) == 1);
  REQUIRE(l.set.size() == 2);
  CHECK(l.set.entries()[0] == Sample{sequence_colour(1, 0), 1});
  CHECK(l.set.entries()[1] == Sample{sequence_colour(1, 2), 0});

  l.source = Labelling::Source::picked;
  CHECK(l.colour(picked) == picked);
  CHECK(l.answer(picked, 1) == 2);
  CHECK(l.position() == 3);  // the sequence waits while the picked colour is labelled
  CHECK(l.answer(picked, 0) == 2);  // the same colour again: relabelled in place
  CHECK(l.set.entries()[2] == Sample{picked, 0});

  l.restart(2);
  CHECK(l.position() == 0);
  CHECK(l.proposal() == Rgb{221, 45, 39});
  CHECK(l.set.size() == 3);  // a new sequence keeps the labels
}

TEST_CASE("L and D label the colour on show only while the Label colours tab is open", "[app][labels][keys]") {
  AppState state;
  state.view.left_tab = LeftTab::colour;
  CHECK_FALSE(press_key(state, KeyCode::l, false));
  CHECK_FALSE(press_key(state, KeyCode::d, false));
  CHECK(state.activities.labelling.set.empty());

  state.view.left_tab = LeftTab::labels;
  CHECK(press_key(state, KeyCode::l, false));
  CHECK(press_key(state, KeyCode::d, false));
  REQUIRE(state.activities.labelling.set.size() == 2);
  CHECK(state.activities.labelling.set.entries()[0] == Sample{Rgb{98, 193, 250}, 0});
  CHECK(state.activities.labelling.set.entries()[1] == Sample{Rgb{104, 255, 108}, 1});
  CHECK(state.run.cursor() == 0);  // the keys label; they do not step
}

TEST_CASE("training on the labels: refused under 3, then a new run on them from step 0", "[app][labels]") {
  AppState state;
  state.step(40);
  LabelledSet& set = state.activities.labelling.set;
  set.label(Rgb{255, 255, 255}, 1);
  set.label(Rgb{0, 0, 0}, 0);
  CHECK_FALSE(train_on_labels(state));
  CHECK(state.run.data().origin == DataOrigin::book);
  CHECK(state.run.cursor() == 40);

  set.label(Rgb{220, 20, 60}, 0);
  set.label(Rgb{250, 235, 215}, 1);
  const Options before = state.run.options();
  REQUIRE(train_on_labels(state));
  CHECK(state.run.cursor() == 0);
  CHECK(state.run.options() == before);
  CHECK(state.run.data().origin == DataOrigin::labels);
  CHECK(state.run.data().samples == set.entries());
  CHECK(state.run.data().source == "labelled by hand: 4 colours");
  CHECK(state.run.facts().rows == 4);
  state.step(10);
  CHECK(state.run.cursor() == 10);
}

TEST_CASE("label(), labels(), labelAgreement() and exportCSV(): the set, its rules, the book's CSV", "[app][labels][script]") {
  AppState state;
  CHECK(value_of(state, "label", "[255, 0, 0, 0]").number == 0);
  CHECK(state.view.left_tab == LeftTab::labels);
  CHECK(state.view.tabs_requested);
  CHECK(value_of(state, "label", "[250, 250, 250, 1]").number == 1);
  CHECK(value_of(state, "label", "[10, 20, 30, 0]").number == 2);
  CHECK(value_of(state, "label", "[255, 0, 0, 1]").number == 0);  // relabelled in place

  const JsonValue labels = value_of(state, "labels");
  REQUIRE(labels.items.size() == 3);
  CHECK(labels.items[0].find("r")->number == 255);
  CHECK(labels.items[0].find("g")->number == 0);
  CHECK(labels.items[0].find("y")->number == 1);
  CHECK(labels.items[2].find("b")->number == 30);
  CHECK(labels.items[2].find("y")->number == 0);

  CHECK(value_of(state, "exportCSV").text == "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n255,0,0,1\n250,250,250,1\n10,20,30,0\n");

  // Red labelled dark: YIQ says light (Y = 76.2), WCAG 2 says dark (5.25 against 4.0).
  const LabelAgreement expected = state.activities.labelling.set.agreement();
  CHECK(expected.yiq.agree == 2);
  CHECK(expected.wcag2.agree == 3);
  const JsonValue agreement = value_of(state, "labelAgreement");
  CHECK(agreement.find("labels")->number == 3);
  CHECK(agreement.find("yiq")->find("agree")->number == 2);
  CHECK(agreement.find("yiq")->find("percent")->number == Approx(200.0 / 3));
  CHECK(agreement.find("wcag2")->find("percent")->number == 100);
  CHECK(agreement.find("apca")->find("agree")->number == expected.apca.agree);

  CHECK(refusal_of(state, "label", "[1, 2, 3]") == "label takes r, g, b, y: whole numbers 0-255 and y 1 (dark text) or 0 (light text)");
  CHECK(refusal_of(state, "label", "[1, 2, 3, 2]") == "y must be a whole number from 0 to 1, not 2");
  CHECK(refusal_of(state, "label", "[256, 2, 3, 1]") == "r must be a whole number from 0 to 255, not 256");
  CHECK(refusal_of(state, "label", "[1, 2.5, 3, 1]") == "g must be a whole number from 0 to 255, not 2.5");
  CHECK(state.activities.labelling.set.size() == 3);  // refused calls label nothing
}

// [SECTION] The chapter's colours
TEST_CASE("the chapter's colours: the 11 names in the chapter's order, then typed CSS names, once each", "[app][colours]") {
  NamedColours named;
  CHECK(css_name_of("  RebeccaPurple ") == "rebeccapurple");
  CHECK(css_name_of("#ff0000").empty());
  CHECK(css_name_of("reddish").empty());
  CHECK(named.note_typed("  RebeccaPurple "));
  CHECK(named.note_typed("rebeccapurple"));
  CHECK(named.note_typed("Crimson"));  // the chapter's own: already in the table
  CHECK(named.note_typed("grey"));
  CHECK_FALSE(named.note_typed("#663399"));
  CHECK_FALSE(named.note_typed("102,51,153"));
  REQUIRE(named.typed() == std::vector<std::string>{"rebeccapurple", "grey"});

  Trainer trained(default_dataset(), preset_seed());
  trained.train_to_end();
  const std::vector<NamedColourRow> rows = named.rows(trained.parameters(), Activation::relu);
  REQUIRE(rows.size() == 13);
  for (int i = 0; i < 11; ++i) {
    CHECK(rows[static_cast<std::size_t>(i)].name == kChapterColourNames[i]);
    CHECK_FALSE(rows[static_cast<std::size_t>(i)].typed);
  }
  CHECK(rows[11].name == "rebeccapurple");
  CHECK(rows[11].typed);
  CHECK(rows[11].report.colour == Rgb{0x66, 0x33, 0x99});
  CHECK(rows[12].report.colour == Rgb{128, 128, 128});
  CHECK(rows[8].name == "crimson");
  CHECK(rows[8].report.colour == Rgb{220, 20, 60});
  CHECK(rows[8].report.forward.A2 == report_colour(trained.parameters(), Activation::relu, Rgb{220, 20, 60}).forward.A2);
  // The chapter's colours: dark text on aliceblue, light text on black, by every rule.
  CHECK(rows[0].report.yiq.dark);
  CHECK(rows[0].report.wcag2.dark);
  CHECK_FALSE(rows[4].report.apca.dark);
  named.clear_typed();
  CHECK(named.rows(trained.parameters(), Activation::relu).size() == 11);
}

TEST_CASE("chapterColours() after 100,000 steps answers what fontshade-cli predict answers", "[app][colours][script]") {
  AppState state;
  state.step(100000);
  // predict without --model trains the seed preset on the book to the end: the same run as seed 1.
  Trainer trained(default_dataset(), preset_seed());
  trained.train_to_end();
  state.activities.named_colours.note_typed("RebeccaPurple");
  const JsonValue rows = value_of(state, "chapterColours");
  CHECK(state.view.left_tab == LeftTab::chapter_colours);
  REQUIRE(rows.items.size() == 12);
  for (const JsonValue& row : rows.items) {
    const std::string name = row.find("name")->text;
    INFO(name);
    const ColourReport r = report_colour(trained.parameters(), Activation::relu, *css_colour(name));
    CHECK(row.find("color")->text == hex_of(r.colour));
    CHECK(row.find("A2")->number == r.forward.A2);  // bit for bit
    CHECK(row.find("network")->text == (r.network_dark ? "dark" : "light"));
    CHECK(row.find("yiq")->text == (r.yiq.dark ? "dark" : "light"));
    CHECK(row.find("wcag2")->text == (r.wcag2.dark ? "dark" : "light"));
    CHECK(row.find("apca")->text == (r.apca.dark ? "dark" : "light"));
    CHECK(row.find("typed")->boolean == (name == "rebeccapurple"));
  }
  CHECK(rows.items[0].find("name")->text == "aliceblue");
  CHECK(rows.items[4].find("network")->text == "light");  // black
}

// [SECTION] The seed sweep
TEST_CASE("a sweep in frame-sized slices gives sweep_seeds' runs, seeds 1..N whatever the run's seed", "[app][sweep]") {
  AppState state;
  REQUIRE(state.set_options(short_options(3000)).empty());
  state.reset(7);
  SweepRunner& runner = state.activities.sweep;
  exact_clock(runner);  // before start: the wall time is on this clock too
  start_sweep(state, 4);
  REQUIRE(runner.has_sweep());
  CHECK(runner.running());
  CHECK(runner.sweep().first_seed() == 1);
  CHECK(runner.sweep().options().seed == 1);
  int frames = 0;
  while (runner.running() && frames < 100000) {
    runner.work(0.0005);  // 5,000 steps a frame: 1,000, then 4,000 (too short to time, so 4 times more)
    ++frames;
  }
  CHECK(frames == 3);
  CHECK(runner.sweep().done());
  CHECK(runner.timing().frames == frames);
  CHECK(runner.timing().busy_seconds == Approx(4 * 3000 * 1e-7));
  CHECK(runner.timing().longest_frame_seconds == Approx(0.0005));
  CHECK(runner.timing().wall_seconds == Approx(runner.timing().busy_seconds));
  CHECK(runner.steps_done() == 4 * 3000);
  require_same_runs(runner.sweep().results(), sweep_seeds(default_dataset(), short_options(3000), 1, 4).runs);
  CHECK(state.run.options().seed == 7);  // the run itself is left alone
  CHECK(sweep_matches_run(state));
}

TEST_CASE("a coarse clock (a browser's 0.1 ms ticks) never makes a frame's slice overshoot the budget", "[app][sweep]") {
  // The clock of a browser page: 70 ns a step (the page's speed), read in whole 0.1 ms ticks. Slices of
  // 1,000 steps read as taking no time; a speed guessed from them made the next slice 1,000,000 steps.
  SweepRunner runner;
  runner.set_clock([&runner] { return std::floor(static_cast<double>(runner.steps_done()) * 70e-9 / 1e-4) * 1e-4; });
  runner.start(default_dataset(), short_options(100000), 10);
  double longest = 0;
  int frames = 0;
  while (runner.running() && frames++ < 100000) longest = std::max(longest, runner.work(0.010));
  CHECK(runner.sweep().done());
  CHECK(longest <= 0.015);  // the budget, give or take the last slice's rounding
  CHECK(runner.timing().longest_frame_seconds == longest);
  CHECK(runner.timing().busy_seconds == Approx(10 * 100000 * 70e-9).margin(frames * 1e-4));
  CHECK(frames >= 6);  // 70 ms of work at about 10 ms a frame, no more
}

TEST_CASE("a stopped sweep keeps its seeds, a new one replaces it, from 1 to 200 seeds", "[app][sweep]") {
  AppState state;
  REQUIRE(state.set_options(short_options(2000)).empty());
  SweepRunner& runner = state.activities.sweep;
  exact_clock(runner);
  start_sweep(state, 5);
  const int first = runner.id();
  while (runner.sweep().seeds_done() < 2) runner.work(0.0005);
  runner.stop();
  CHECK(runner.stopped());
  CHECK_FALSE(runner.running());
  const int kept = runner.sweep().seeds_done();
  CHECK(runner.work(1.0) == 0);  // a stopped sweep does no more work
  CHECK(runner.sweep().seeds_done() == kept);
  require_same_runs(runner.sweep().results(), std::vector<SeedResult>(sweep_seeds(default_dataset(), short_options(2000), 1, kept).runs));

  start_sweep(state, 500);
  CHECK(runner.id() == first + 1);
  CHECK(runner.sweep().count() == 200);
  CHECK_FALSE(runner.stopped());
  start_sweep(state, 0);
  CHECK(runner.sweep().count() == 1);
}

TEST_CASE("clicking a seed loads its run, trained to the end without blocking: the sweep's test accuracy", "[app][sweep]") {
  AppState state;
  REQUIRE(state.set_options(short_options(1500)).empty());
  start_sweep(state, 3);
  while (state.activities.sweep.running()) state.activities.sweep.work(0.01);
  const SeedResult seed2 = state.activities.sweep.sweep().results()[1];
  REQUIRE(seed2.seed == 2);

  // Other options since the sweep: a click loads the sweep's options with that seed.
  Options other = short_options(1500);
  other.learning_rate = other.final_learning_rate = 0.1;  // a constant schedule: both
  REQUIRE(state.set_options(other).empty());
  CHECK_FALSE(sweep_matches_run(state));
  REQUIRE(load_sweep_seed(state, 2));
  CHECK(state.run.options().seed == 2);
  CHECK(state.run.options().learning_rate == 0.05);
  CHECK(sweep_matches_run(state));
  CHECK(state.run.cursor() == 0);
  CHECK(state.player.training_to_end());
  int frames = 0;
  while (!state.at_end() && frames++ < 10000) state.tick(0.016);
  CHECK(state.run.cursor() == 1500);
  CHECK(state.run.test_evaluation().accuracy == seed2.test.accuracy);
  CHECK_FALSE(load_sweep_seed(state, 4));
  CHECK_FALSE(load_sweep_seed(state, 0));

  // Loading the seed the run already has starts it again too.
  state.seek(100);
  REQUIRE(load_sweep_seed(state, 2));
  CHECK(state.run.cursor() == 0);
}

TEST_CASE("sweep(n) and sweepStatus(): seeds 1..n as fontshade-cli sweep --json writes them", "[app][sweep][script]") {
  AppState state;
  REQUIRE(state.set_options(short_options(1000)).empty());
  CHECK(value_of(state, "sweepStatus").type == JsonValue::Type::null);
  CHECK(refusal_of(state, "sweep", "[0]") == "n must be a whole number from 1 to 200, not 0");
  CHECK(refusal_of(state, "sweep", "[201]") == "n must be a whole number from 1 to 200, not 201");
  CHECK(refusal_of(state, "sweep", "[]") == "sweep takes n, the number of seeds: a whole number from 1 to 200");
  CHECK_FALSE(state.activities.sweep.has_sweep());

  const JsonValue started = value_of(state, "sweep", "[3]");
  CHECK(started.find("id")->number == 1);
  CHECK(state.view.right_tab == RightTab::seeds);
  JsonValue status = value_of(state, "sweepStatus");
  CHECK(status.find("running")->boolean);
  CHECK_FALSE(status.find("done")->boolean);
  CHECK(status.find("runs")->items.empty());
  int ticks = 0;
  while (state.activities.sweep.running() && ticks++ < 100000) state.tick(0.016);
  status = value_of(state, "sweepStatus");
  CHECK(status.find("done")->boolean);
  CHECK_FALSE(status.find("running")->boolean);
  CHECK(status.find("seeds_done")->number == 3);
  CHECK(status.find("timing")->find("frames")->number == ticks);
  const SweepSummary cli = sweep_seeds(default_dataset(), short_options(1000), 1, 3);
  const std::vector<JsonValue>& runs = status.find("runs")->items;
  REQUIRE(runs.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(runs[i].find("seed")->number == static_cast<double>(i + 1));
    CHECK(runs[i].find("test_accuracy")->number == cli.runs[i].test.accuracy);
    CHECK(runs[i].find("collapsed")->boolean == cli.runs[i].collapsed());
    CHECK(runs[i].find("dead")->boolean == cli.runs[i].dead);
    CHECK(runs[i].find("dead_at_step") == nullptr);
  }
}

TEST_CASE("the sweep marks dead and collapsed runs as the CLI does: the chapter's L = 50", "[app][sweep][script]") {
  AppState state;
  Options o = short_options(200);
  o.learning_rate = o.final_learning_rate = 50;
  REQUIRE(state.set_options(o).empty());
  value_of(state, "sweep", "[4]");
  while (state.activities.sweep.running()) state.tick(0.016);
  const JsonValue status = value_of(state, "sweepStatus");
  const std::vector<JsonValue>& runs = status.find("runs")->items;
  REQUIRE(runs.size() == 4);
  // As test_sweep.cpp pins it for the book: seeds 2 and 3 die at step 1, seed 4 lives but collapses.
  CHECK(runs[1].find("dead")->boolean);
  CHECK(runs[1].find("dead_at_step")->number == 1);
  CHECK(runs[2].find("dead")->boolean);
  CHECK_FALSE(runs[3].find("dead")->boolean);
  CHECK(runs[3].find("collapsed")->boolean);
}

// [SECTION] The gradient check
TEST_CASE("the gradient check: the true gradient agrees, the chapter's fails on w_hidden", "[app][gradient][script]") {
  AppState state;
  CHECK(refusal_of(state, "gradientCheck", "[]") == "there is no step to check at step 0: take a step first");
  CHECK_FALSE(state.activities.checked.has_value());

  state.step(5);
  const JsonValue good = value_of(state, "gradientCheck");
  CHECK(state.view.right_tab == RightTab::check);
  CHECK(good.find("step")->number == 5);
  CHECK(good.find("gradient")->text == "true");
  CHECK(good.find("max_rel_error")->number < 1e-6);
  const std::vector<JsonValue>& rows = good.find("rows")->items;
  REQUIRE(rows.size() == 16);
  CHECK(rows[0].find("name")->text == "w_hidden[0][0]");
  CHECK(rows[15].find("name")->text == "b_output");
  const GradientCheck core = check_gradients(*state.run.record(), state.run.options());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CHECK(rows[i].find("backprop")->number == core.rows[i].backprop);
    CHECK(rows[i].find("numeric")->number == core.rows[i].numeric);
    CHECK(rows[i].find("rel_error")->number == core.rows[i].rel_error);
  }
  CHECK(check_is_current(state));
  state.step(1);
  CHECK_FALSE(check_is_current(state));
  CHECK(state.activities.checked->step == 5);

  Options chapter = state.run.options();
  chapter.gradient = GradientMode::chapter;
  REQUIRE(state.set_options(chapter).empty());
  CHECK_FALSE(check_is_current(state));  // another run
  state.step(5);
  const JsonValue bad = value_of(state, "gradientCheck");
  CHECK(bad.find("gradient")->text == "chapter");
  const std::vector<JsonValue>& wrong = bad.find("rows")->items;
  double worst_hidden = 0, worst_output = 0;
  for (int i = 0; i < 12; ++i) worst_hidden = std::max(worst_hidden, wrong[static_cast<std::size_t>(i)].find("rel_error")->number);
  for (int i = 12; i < 16; ++i) worst_output = std::max(worst_output, wrong[static_cast<std::size_t>(i)].find("rel_error")->number);
  CHECK(worst_hidden > 1e-3);
  CHECK(worst_output < 1e-6);
  CHECK(bad.find("max_rel_error")->number == worst_hidden);
}

TEST_CASE("a gradient check that follows the step checks each step in view", "[app][gradient]") {
  AppState state;
  state.activities.check_follows = true;
  state.tick(0.016);
  CHECK_FALSE(state.activities.checked.has_value());  // step 0: nothing to check
  state.step(3);
  state.tick(0.016);
  REQUIRE(state.activities.checked.has_value());
  CHECK(state.activities.checked->step == 3);
  state.back(1);
  state.tick(0.016);
  CHECK(state.activities.checked->step == 2);
  CHECK(check_is_current(state));
}
