// The seed sweep in slices: the same runs, bit for bit, however the work is cut; at most the given
// steps per call; dead and diverged runs reported.
#include <algorithm>
#include <limits>

#include "fixtures.hpp"
#include "core/network/sweep.hpp"
#include "core/network/trainer.hpp"

using namespace fontshade;

namespace {

void require_same(const SeedResult& a, const SeedResult& b) {
  INFO("seed " << a.seed);
  CHECK(a.seed == b.seed);
  CHECK(a.diverged == b.diverged);
  CHECK(a.diverged_at_step == b.diverged_at_step);
  CHECK(a.dead == b.dead);
  CHECK(a.dead_at_step == b.dead_at_step);
  CHECK(a.test.rows == b.test.rows);
  CHECK(a.test.accuracy == b.test.accuracy);
  CHECK(a.test.mean_cost == b.test.mean_cost);  // exact: any difference in the weights shows here
  CHECK(a.test.confusion.dark_as_dark == b.test.confusion.dark_as_dark);
  CHECK(a.test.confusion.light_as_dark == b.test.confusion.light_as_dark);
  CHECK(a.collapsed() == b.collapsed());
}

void require_same(const SweepSummary& a, const SweepSummary& b) {
  REQUIRE(a.runs.size() == b.runs.size());
  for (std::size_t k = 0; k < a.runs.size(); ++k) require_same(a.runs[k], b.runs[k]);
  CHECK(a.finished == b.finished);
  CHECK(a.diverged == b.diverged);
  CHECK(a.collapses == b.collapses);
  CHECK(a.dead == b.dead);
  CHECK(a.median == b.median);
  CHECK(a.worst == b.worst);
  CHECK(a.best == b.best);
}

// Runs a sweep in slices of `slice` steps; checks no call does more than that.
SweepSummary sliced(const DataSet& data, const Options& o, std::uint64_t first, int count, long long slice) {
  SeedSweep sweep(data, o, first, count);
  long long calls = 0;
  long long before = 0;
  while (!sweep.run_for(slice)) {
    const long long now = sweep.seeds_done() * o.steps + sweep.current_steps_done();
    REQUIRE(now - before <= slice);
    REQUIRE(now > before);  // a call with steps to do always makes progress (no divergence here)
    before = now;
    ++calls;
    REQUIRE(calls <= count * o.steps);
  }
  CHECK(sweep.done());
  CHECK(sweep.seeds_done() == count);
  CHECK(sweep.current_steps_done() == 0);
  return sweep.summary();
}

}  // namespace

TEST_CASE("a sweep in slices of 1, 7, 1000 or all steps gives the one-shot results bit for bit", "[sweep]") {
  const DataSet book = test::book_data();
  Options o = preset_seed();
  o.steps = 2500;
  const SweepSummary whole = sweep_seeds(book, o, 5, 4);
  REQUIRE(whole.runs.size() == 4);
  CHECK(whole.finished == 4);
  for (long long slice : {1LL, 7LL, 1000LL, std::numeric_limits<long long>::max()}) {
    INFO("slice " << slice);
    require_same(sliced(book, o, 5, 4, slice), whole);
  }
  // And the runs are those a Trainer gives for each seed alone.
  for (const SeedResult& r : whole.runs) {
    Options one = o;
    one.seed = r.seed;
    Trainer t(book, one);
    t.train_to_end();
    const Evaluation e = t.evaluate_test();
    CHECK(r.test.mean_cost == e.mean_cost);
    CHECK(r.test.accuracy == e.accuracy);
  }
}

TEST_CASE("the chapter's L = 50 on the book: seeds 2 and 3 die at step 1, seed 4 lives but collapses", "[sweep]") {
  Options o = preset_seed();
  o.learning_rate = o.final_learning_rate = 50;
  o.steps = 3000;
  const DataSet book = test::book_data();
  const SweepSummary whole = sweep_seeds(book, o, 2, 3);
  REQUIRE(whole.runs.size() == 3);
  CHECK(whole.runs[0].dead);
  CHECK(whole.runs[0].dead_at_step == 1);
  CHECK(whole.runs[1].dead);
  CHECK(whole.runs[1].dead_at_step == 1);
  CHECK_FALSE(whole.runs[2].dead);
  CHECK(whole.runs[2].dead_at_step == 0);
  CHECK(whole.dead == 2);
  for (const SeedResult& r : whole.runs) {
    CHECK_FALSE(r.diverged);
    CHECK(r.collapsed());
  }
  CHECK(whole.collapses == 3);
  for (long long slice : {1LL, 7LL, 1000LL}) {
    INFO("slice " << slice);
    require_same(sliced(book, o, 2, 3, slice), whole);
  }
}

TEST_CASE("L = 1e300 on the book: seeds 1 and 4 diverge, 2 and 3 die, slices give the same", "[sweep]") {
  Options o = preset_seed();
  o.learning_rate = o.final_learning_rate = 1e300;
  o.steps = 1000;
  const DataSet book = test::book_data();
  const SweepSummary whole = sweep_seeds(book, o, 1, 4);
  REQUIRE(whole.runs.size() == 4);
  for (int k : {0, 3}) {
    INFO("seed " << whole.runs[k].seed);
    CHECK(whole.runs[k].diverged);
    CHECK(whole.runs[k].diverged_at_step == 2);
    CHECK(whole.runs[k].test.rows == 0);  // no network to test
    CHECK_FALSE(whole.runs[k].collapsed());
  }
  for (int k : {1, 2}) {
    INFO("seed " << whole.runs[k].seed);
    CHECK_FALSE(whole.runs[k].diverged);
    CHECK(whole.runs[k].dead);
    CHECK(whole.runs[k].dead_at_step == 1);
    CHECK(whole.runs[k].collapsed());
  }
  CHECK(whole.diverged == 2);
  CHECK(whole.finished == 2);
  CHECK(whole.dead == 2);
  CHECK(whole.collapses == 2);
  // Sorted accuracies 0, 0, x, y (a diverged run counts as 0): the median is x / 2.
  CHECK(whole.median == 0.5 * std::min(whole.runs[1].test.accuracy, whole.runs[2].test.accuracy));
  CHECK(whole.worst == 0);
  for (long long slice : {1LL, 2LL, 7LL, 1000LL}) {
    INFO("slice " << slice);
    SeedSweep sweep(book, o, 1, 4);
    // Seed 1 needs two steps (the second diverges): with slices of one step, two calls.
    if (slice == 1) {
      CHECK_FALSE(sweep.run_for(1));
      CHECK(sweep.seeds_done() == 0);
      CHECK(sweep.current_steps_done() == 1);
      CHECK_FALSE(sweep.run_for(1));
      CHECK(sweep.seeds_done() == 1);
      CHECK(sweep.results()[0].diverged);
    }
    while (!sweep.run_for(slice)) {
    }
    require_same(sweep.summary(), whole);
  }
}

TEST_CASE("SeedSweep: progress, a budget of 0, and the summary so far", "[sweep]") {
  Options o = preset_seed();
  o.steps = 100;
  SeedSweep sweep(test::book_data(), o, 1, 3);
  CHECK(sweep.count() == 3);
  CHECK_FALSE(sweep.done());
  CHECK_FALSE(sweep.run_for(0));
  CHECK(sweep.seeds_done() == 0);
  CHECK(sweep.current_steps_done() == 0);

  CHECK_FALSE(sweep.run_for(150));
  CHECK(sweep.seeds_done() == 1);
  CHECK(sweep.current_steps_done() == 50);
  CHECK(sweep.results().size() == 1);
  CHECK(sweep.results()[0].seed == 1);
  const SweepSummary so_far = sweep.summary();
  CHECK(so_far.runs.size() == 1);
  CHECK(so_far.median == sweep.results()[0].test.accuracy);

  CHECK_FALSE(sweep.run_for(-5));
  CHECK(sweep.current_steps_done() == 50);
  CHECK_FALSE(sweep.run_for(149));
  CHECK(sweep.seeds_done() == 2);
  CHECK(sweep.current_steps_done() == 99);
  CHECK(sweep.run_for(1));
  CHECK(sweep.done());
  CHECK(sweep.run_for(10));  // nothing left
  CHECK(sweep.results().size() == 3);
  require_same(sweep.summary(), sweep_seeds(test::book_data(), o, 1, 3));
}
