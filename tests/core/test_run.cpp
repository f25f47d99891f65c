// A run is seekable: any step computed so far is rebuilt exactly (its record is the trace's line,
// bit for bit), and going on from a step continues the same run.
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "core/base/random.hpp"
#include "core/files/record_json.hpp"
#include "core/network/run.hpp"

using namespace fontshade;

namespace {

// Lines 1..n of `fontshade-cli trace` for these options (the CLI prints exactly these).
std::vector<std::string> trace_lines(const Options& o, long long n) {
  Trainer t(default_dataset(), o);
  std::vector<std::string> lines{""};
  for (long long k = 0; k < n; ++k) lines.push_back(step_record_json(*t.step()));
  return lines;
}

Options seed_options(std::uint64_t seed) {
  Options o = preset_seed();
  o.seed = seed;
  return o;
}

}  // namespace

TEST_CASE("seek(k) rebuilds step k exactly: its record is line k of the trace", "[run]") {
  const Options o = seed_options(5);
  const std::vector<std::string> lines = trace_lines(o, 3000);
  Run run(default_dataset(), o);
  REQUIRE(run.advance(3000) == 3000);
  CHECK(run.steps_done() == 3000);
  CHECK(step_record_json(*run.record()) == lines[3000]);
  Random pick(77, 1);
  for (int i = 0; i < 200; ++i) {
    const long long k = 1 + pick.index(3000);
    run.seek(k);
    INFO("step " << k);
    REQUIRE(run.cursor() == k);
    REQUIRE(run.record());
    CHECK(step_record_json(*run.record()) == lines[static_cast<std::size_t>(k)]);
  }
  // Backwards one step at a time, across snapshot boundaries.
  for (long long k = 200; k >= 1; --k) {
    run.seek(k);
    REQUIRE(step_record_json(*run.record()) == lines[static_cast<std::size_t>(k)]);
  }
  run.seek(0);
  CHECK(run.record() == nullptr);
  CHECK(run.parameters() == Trainer(default_dataset(), o).parameters());
  CHECK(run.steps_done() == 3000);  // looking back computes nothing new
}

TEST_CASE("after a seek, the accuracies and the recent mean cost are those of that step", "[run]") {
  const Options o = seed_options(9);
  Run run(default_dataset(), o);
  run.advance(2000);
  for (long long k : {1LL, 57LL, 99LL, 100LL, 101LL, 640LL, 1234LL, 1999LL}) {
    run.seek(k);
    Trainer fresh(default_dataset(), o);
    fresh.advance(k);
    INFO("step " << k);
    CHECK(run.current_point().step == k);
    CHECK(run.current_point().recent_mean_cost == fresh.recent_mean_cost());
    CHECK(run.test_evaluation().accuracy == fresh.evaluate_test().accuracy);
    CHECK(run.train_evaluation().mean_cost == fresh.evaluate_train().mean_cost);
  }
}

TEST_CASE("going forward after a seek continues the same run: seek 500, step 10 is line 510", "[run]") {
  const Options o = seed_options(2);
  const std::vector<std::string> lines = trace_lines(o, 1300);
  Run run(default_dataset(), o);
  run.advance(1000);
  run.seek(500);
  CHECK(run.advance(10) == 10);
  CHECK(step_record_json(*run.record()) == lines[510]);
  CHECK(run.steps_done() == 1000);
  // Past the frontier, new steps are the same run too.
  run.seek(990);
  run.advance(300);
  CHECK(run.cursor() == 1290);
  CHECK(run.steps_done() == 1290);
  CHECK(step_record_json(*run.record()) == lines[1290]);
  // Seeking past the frontier stops at it.
  run.seek(99999);
  CHECK(run.cursor() == 1290);
}

TEST_CASE("the curves are the same however the run is stepped, sought and replayed", "[run][history]") {
  const Options o = seed_options(4);
  Run straight(default_dataset(), o);
  straight.advance(2500);
  Run wandering(default_dataset(), o);
  wandering.advance(700);
  wandering.seek(30);
  wandering.advance(1);
  wandering.advance(1000);
  wandering.seek(5);
  wandering.advance(2495);
  REQUIRE(wandering.steps_done() == 2500);
  REQUIRE(wandering.history().size() == straight.history().size());
  for (std::size_t i = 0; i < straight.history().size(); ++i) {
    CHECK(wandering.history()[i].step == straight.history()[i].step);
    CHECK(wandering.history()[i].test_accuracy == straight.history()[i].test_accuracy);
    CHECK(wandering.history()[i].recent_mean_cost == straight.history()[i].recent_mean_cost);
  }
  CHECK(straight.history().back().step == 2500);
  CHECK(Run::next_checkpoint(99) == 100);
  CHECK(Run::next_checkpoint(100) == 110);
  CHECK(Run::next_checkpoint(1234) == 1300);
}

TEST_CASE("a diverged run: the frontier stops before the step that diverged, which can be seen again", "[run][divergence]") {
  Options o = seed_options(1);
  o.learning_rate = o.final_learning_rate = 1e300;
  Run run(default_dataset(), o);
  run.advance(10);
  REQUIRE(run.divergence().has_value());
  CHECK(run.divergence()->text() == "training diverged at step 2: Z2 is +inf");
  CHECK(run.steps_done() == 1);
  CHECK(run.finished());
  REQUIRE(run.record());
  CHECK(run.record()->step == 2);  // the step that diverged, with its infinities
  run.seek(1);
  CHECK(run.record()->step == 1);
  CHECK_FALSE(run.trainer().divergence().has_value());
  CHECK(run.advance(1) == 0);  // runs into the divergence again
  CHECK(run.record()->step == 2);
  CHECK(run.trainer().divergence().has_value());
}

TEST_CASE("a dead network is dead from its step on, wherever the cursor is", "[run][divergence]") {
  Options o = seed_options(2);
  o.learning_rate = o.final_learning_rate = 50;
  Run run(default_dataset(), o);
  run.advance(300);
  REQUIRE(run.dead_at_step() == 1);
  CHECK(run.dead_at_cursor());
  run.seek(0);
  CHECK_FALSE(run.dead_at_cursor());
  run.seek(200);
  CHECK(run.dead_at_cursor());
  CHECK(run.trainer().dead_network().has_value());
}

TEST_CASE("reset and new data start a new run at step 0", "[run]") {
  Run run(default_dataset(), preset_seed());
  run.advance(150);
  run.reset(3);
  CHECK(run.steps_done() == 0);
  CHECK(run.cursor() == 0);
  CHECK(run.options().seed == 3);
  CHECK(run.history().size() == 1);
  DataSet tiny;
  tiny.source = "tiny.csv";
  tiny.samples = {Sample{{0, 0, 0}, 0}, Sample{{255, 255, 255}, 1}};
  REQUIRE(run.set_data(tiny).has_value());
  CHECK(run.data().origin == DataOrigin::book);
  REQUIRE_FALSE(run.set_data(synthetic_dataset()).has_value());
  CHECK(run.data().synthetic());
}

TEST_CASE("a long run's memory is bounded: the snapshots thin out and every step is still rebuilt exactly", "[run][memory]") {
  const Options o = seed_options(6);
  const std::vector<std::string> lines = trace_lines(o, 6000);
  // At most 8 snapshots: 6,000 steps thin them 4 times, to one every 1,024 steps.
  Run run(default_dataset(), o, 8);
  REQUIRE(run.advance(6000) == 6000);
  CHECK(run.snapshot_spacing() == 1024);
  Random pick(78, 1);
  for (int i = 0; i < 60; ++i) {
    const long long k = 1 + pick.index(6000);
    run.seek(k);
    INFO("step " << k);
    CHECK(step_record_json(*run.record()) == lines[static_cast<std::size_t>(k)]);
  }
  // Going on from a step in the middle is the same run.
  run.seek(2999);
  run.advance(1);
  CHECK(step_record_json(*run.record()) == lines[3000]);
}

TEST_CASE("the curves' checkpoints: every 100 steps to a million, then a tenth as many each decade", "[run][history]") {
  CHECK(Run::next_checkpoint(999999) == 1000000);
  CHECK(Run::next_checkpoint(1000000) == 1001000);
  CHECK(Run::next_checkpoint(10000000) == 10010000);
  CHECK(Run::next_checkpoint(100000000) == 100100000);
  CHECK(Run::next_checkpoint(999900000) == 1000000000);
  // From 0 to a billion: 100 + 90 + 9,990 + 9,000 x 3 points after step 0.
  long long points = 0;
  for (long long s = 0; s < 1000000000; s = Run::next_checkpoint(s)) ++points;
  CHECK(points == 100 + 90 + 9990 + 27000);
}
