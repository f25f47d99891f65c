// The SGD loop: one step moves every parameter by exactly -L * gradient; a seed fixes the whole run;
// the fast path and the recorded path are the same arithmetic; divergence is caught at its step.
#include <cmath>

#include "fixtures.hpp"
#include "core/network/network.hpp"
#include "core/files/record_json.hpp"
#include "core/network/trainer.hpp"

using namespace fontshade;

TEST_CASE("one SGD step moves every parameter by exactly -L times its gradient", "[trainer]") {
  Trainer trainer(default_dataset(), preset_seed());
  const StepRecord& r = *trainer.step();
  REQUIRE(r.step == 1);
  CHECK(r.L == 0.05);
  const int h = r.before.hidden();
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) CHECK(r.after.w_hidden(i, j) == r.before.w_hidden(i, j) - 0.05 * r.backward.dC_dW1(i, j));
    CHECK(r.after.b_hidden(i) == r.before.b_hidden(i) - 0.05 * r.backward.dC_dB1(i));
    CHECK(r.after.w_output(i) == r.before.w_output(i) - 0.05 * r.backward.dC_dW2(i));
  }
  CHECK(r.after.b_output == r.before.b_output - 0.05 * r.backward.dC_dB2);
  CHECK(trainer.parameters() == r.after);
  // The record is the network's own computation on the drawn sample.
  const Sample& s = trainer.data().samples[static_cast<std::size_t>(r.sample)];
  CHECK(r.X == input_of(s.colour));
  CHECK(r.Y == s.label);
  CHECK(r.forward.A2 == forward(r.before, r.X, Activation::relu).A2);
  CHECK(r.C == (r.forward.A2 - r.Y) * (r.forward.A2 - r.Y));
}

TEST_CASE("the chapter's starting weights are uniform between 0 and 1", "[trainer]") {
  for (std::uint64_t seed : {1, 2, 3, 42, 1000}) {
    Options o;
    o.seed = seed;
    Trainer trainer(default_dataset(), o);
    const Parameters& p = trainer.parameters();
    CHECK(p.w_hidden.rows() == 3);
    CHECK(p.w_hidden.minCoeff() >= 0.0);
    CHECK(p.w_hidden.maxCoeff() < 1.0);
    CHECK(p.b_hidden.minCoeff() >= 0.0);
    CHECK(p.b_hidden.maxCoeff() < 1.0);
    CHECK(p.w_output.minCoeff() >= 0.0);
    CHECK(p.w_output.maxCoeff() < 1.0);
    CHECK(p.b_output >= 0.0);
    CHECK(p.b_output < 1.0);
  }
}

TEST_CASE("the same seed gives the same trace, another seed does not", "[trainer][determinism]") {
  const auto trace = [](std::uint64_t seed) {
    Options o;
    o.seed = seed;
    Trainer trainer(default_dataset(), o);
    std::string all;
    for (int k = 0; k < 200; ++k) all += step_record_json(*trainer.step()) + "\n";
    return all;
  };
  const std::string a = trace(5);
  CHECK(a == trace(5));
  CHECK(a != trace(6));
}

TEST_CASE("a seed's run is pinned: step 1000 of seed 99 on the synthetic data", "[trainer][determinism]") {
  // Pinned values: the WebAssembly build runs this very test, so native and browser agree on them.
  Options o;
  o.seed = 99;
  Trainer trainer(synthetic_dataset(), o);
  trainer.advance(1000);
  const StepRecord& r = *trainer.last_record();
  CHECK(r.step == 1000);
  CHECK(r.sample == 895);
  CHECK(format_double(r.forward.A2) == "0.64732047787490521");
  CHECK(format_double(r.after.b_output) == "-1.18260636497476");
}

TEST_CASE("advance(n) and n single steps are the same arithmetic, bit for bit", "[trainer]") {
  // The fast path is compiled once per activation, cost, schedule and hidden size (3 or any; the
  // chapter's gradient runs on the second): each.
  for (Activation a : {Activation::relu, Activation::leaky_relu, Activation::tanh, Activation::logistic}) {
    for (Cost c : {Cost::squared_error, Cost::cross_entropy}) {
      for (Schedule schedule : {Schedule::constant, Schedule::linear}) {
        for (GradientMode gradient : {GradientMode::true_gradient, GradientMode::chapter}) {
          for (int hidden : {3, 5}) {
            Options o = preset_tuned();
            o.activation = a;
            o.cost = c;
            o.schedule = schedule;
            o.gradient = gradient;
            o.hidden = hidden;
            o.steps = 3000;
            o.seed = 17;
            Trainer fast(default_dataset(), o);
            Trainer slow(default_dataset(), o);
            fast.advance(2500);
            for (int k = 0; k < 2500; ++k) slow.step();
            INFO(name_of(a) << " + " << name_of(c) << " + " << name_of(schedule) << " + " << name_of(gradient)
                            << ", hidden " << hidden);
            CHECK(fast.steps_done() == 2500);
            CHECK(fast.parameters() == slow.parameters());
            CHECK(step_record_json(*fast.last_record()) == step_record_json(*slow.last_record()));
            CHECK(fast.recent_mean_cost() == slow.recent_mean_cost());
            CHECK(fast.dead_network().has_value() == slow.dead_network().has_value());
          }
        }
      }
    }
  }
}

TEST_CASE("advance finds a divergence at the step single steps find it, whatever the chunks", "[trainer][divergence]") {
  // The fast path checks only Z1 and Z2 and replays the last steps recorded when one is not finite.
  // These runs (cross-entropy, L = 30) go on for a while, then A2 rounds to 0 or 1 and dC_dA2 is
  // infinite: Z1 and Z2 stay finite, the update is NaN, and the next step's Z1 shows it.
  struct Case {
    Activation activation;
    int hidden;
    std::uint64_t seed;
    long long step;
    const char* what;
  };
  for (const Case& k : {Case{Activation::leaky_relu, 3, 1, 90, "dC_dA2 is +inf"},
                        Case{Activation::leaky_relu, 5, 1, 330, "dC_dA2 is -inf"},
                        Case{Activation::relu, 5, 4, 17, "dC_dA2 is -inf"}}) {
    Options o;
    o.activation = k.activation;
    o.cost = Cost::cross_entropy;
    o.init = k.activation == Activation::relu ? Init::he : Init::uniform01;
    o.hidden = k.hidden;
    o.learning_rate = o.final_learning_rate = 30;
    o.seed = k.seed;
    o.steps = 1000;
    Trainer slow(synthetic_dataset(), o);
    while (!slow.finished()) slow.step();
    REQUIRE(slow.divergence().has_value());
    CHECK(slow.divergence()->step == k.step);
    CHECK(slow.divergence()->what() == k.what);
    for (long long chunk : {1LL, 7LL, k.step - 1, k.step, k.step + 1, 150LL, 1000LL}) {
      Trainer fast(synthetic_dataset(), o);
      while (!fast.finished()) fast.advance(chunk);
      INFO("chunks of " << chunk << ", seed " << k.seed);
      REQUIRE(fast.divergence().has_value());
      CHECK(fast.divergence()->text() == slow.divergence()->text());
      CHECK(fast.steps_done() == slow.steps_done());
      CHECK(fast.parameters() == slow.parameters());
      CHECK(fast.recent_mean_cost() == slow.recent_mean_cost());
      CHECK(step_record_json(*fast.last_record()) == step_record_json(*slow.last_record()));
    }
  }
}

TEST_CASE("train_to_end runs exactly options.steps steps", "[trainer]") {
  Options o;
  o.steps = 1234;
  Trainer trainer(default_dataset(), o);
  CHECK(trainer.train_to_end() == 1234);
  CHECK(trainer.finished());
  CHECK(trainer.last_record()->step == 1234);
  CHECK(trainer.train_to_end() == 0);
}

TEST_CASE("the linear schedule goes from L to the final L", "[trainer]") {
  Options o = preset_tuned();
  CHECK(o.learning_rate_at(1) == 0.5);
  CHECK(o.learning_rate_at(o.steps) == Approx(0.005).epsilon(1e-15));
  o.steps = 101;  // step 51 is half way: (51 - 1) / (101 - 1)
  CHECK(o.learning_rate_at(51) == Approx(0.2525).epsilon(1e-15));
  CHECK(o.learning_rate_at(1000) == Approx(0.005).epsilon(1e-15));  // past the end: the final rate
  CHECK(preset_seed().learning_rate_at(77777) == 0.05);
}

TEST_CASE("divergence stops training at the first non-finite value and names the step", "[trainer][divergence]") {
  // The chapter's network never overflows at sane rates (a huge L kills its ReLU nodes instead, see
  // below); L = 1e300 pushes Z2 past the largest double on the second step (seed 1, the book's data).
  Options o;
  o.learning_rate = o.final_learning_rate = 1e300;
  o.seed = 1;
  Trainer trainer(default_dataset(), o);
  trainer.train_to_end();
  REQUIRE(trainer.divergence().has_value());
  const Divergence& d = *trainer.divergence();
  CHECK(d.step == 2);
  CHECK(d.text() == "training diverged at step 2: Z2 is +inf");
  CHECK(trainer.steps_done() == 1);
  CHECK(trainer.parameters().all_finite());  // the last good parameters are kept
  CHECK(trainer.parameters() == trainer.last_record()->before);
  CHECK(trainer.finished());
  CHECK(trainer.step() == nullptr);
  CHECK(trainer.advance(10) == 0);
  // Replaying one step at a time diverges at the same step, with the same explanation.
  Trainer again(default_dataset(), o);
  while (!again.finished()) again.step();
  REQUIRE(again.divergence().has_value());
  CHECK(again.divergence()->step == d.step);
  CHECK(again.divergence()->what() == d.what());
  CHECK(d.quantity == "Z2");
  CHECK(d.value == "+inf");
  CHECK_FALSE(d.after_update);
}

TEST_CASE("a learning rate of 50 kills every ReLU node: reported at the step it happens", "[trainer][divergence]") {
  Options o;
  o.learning_rate = o.final_learning_rate = 50;
  o.seed = 2;
  Trainer trainer(default_dataset(), o);
  trainer.train_to_end();
  CHECK_FALSE(trainer.divergence().has_value());
  REQUIRE(trainer.dead_network().has_value());
  const long long step = trainer.dead_network()->step;
  CHECK(step == 1);
  CHECK(all_relu_nodes_dead(trainer.parameters()));
  // From then on the hidden layer is frozen: only b_output moved.
  Trainer replay(default_dataset(), o);
  replay.advance(step);
  const Parameters frozen = replay.parameters();
  replay.advance(1000);
  CHECK(replay.parameters().w_hidden == frozen.w_hidden);
  CHECK(replay.parameters().w_output == frozen.w_output);
  CHECK(replay.parameters().b_output != frozen.b_output);
  // The network now gives one answer for every colour, and its numbers are still finite.
  const Evaluation e = trainer.evaluate_test();
  CHECK(e.single_class());
  CHECK(std::isfinite(e.mean_cost));
  // Found at the same step one step at a time.
  Trainer single(default_dataset(), o);
  for (int k = 0; k < 50; ++k) single.step();
  REQUIRE(single.dead_network().has_value());
  CHECK(single.dead_network()->step == step);
  // The chapter's rate does not.
  Trainer healthy(default_dataset(), preset_seed());
  healthy.train_to_end();
  CHECK_FALSE(healthy.dead_network().has_value());
}

TEST_CASE("a node is dead for every colour when b_hidden plus its positive weights is <= 0", "[network]") {
  Parameters p = test::example_parameters();
  CHECK_FALSE(relu_node_dead(p, 2));  // -0.6, 0.8, 0.25 and 0.05: alive for green colours
  p.w_hidden(2, 1) = -0.3;            // best case now 0.25 + 0.05 = 0.3 > 0: still alive
  CHECK_FALSE(relu_node_dead(p, 2));
  p.b_hidden(2) = -0.25;              // 0.25 - 0.25 = 0: Z1 <= 0 everywhere
  CHECK(relu_node_dead(p, 2));
  CHECK_FALSE(all_relu_nodes_dead(p));
}

TEST_CASE("split: 2/3 train and 1/3 test, disjoint, covering every row", "[trainer]") {
  const Split s = split_rows(1345, 1);
  CHECK(s.train.size() == 896);
  CHECK(s.test.size() == 449);
  std::vector<int> seen(1345, 0);
  for (int r : s.train) ++seen[static_cast<std::size_t>(r)];
  for (int r : s.test) ++seen[static_cast<std::size_t>(r)];
  CHECK(std::count(seen.begin(), seen.end(), 1) == 1345);
  CHECK(split_rows(1345, 1).test == s.test);
  CHECK(split_rows(1345, 2).test != s.test);
}

TEST_CASE("presets are recognised whatever the seed", "[trainer]") {
  Options o = preset_seed();
  o.seed = 7;
  CHECK(preset_name_of(o) == "seed");
  o = preset_tuned();
  o.seed = 123;
  CHECK(preset_name_of(o) == "tuned");
  o.learning_rate = 0.4;
  CHECK(preset_name_of(o) == "custom");
}

TEST_CASE("saturated tanh and logistic nodes get the warning dead ReLU nodes get, at the step it happens", "[trainer][divergence]") {
  for (Activation a : {Activation::tanh, Activation::logistic}) {
    Options o = preset_seed();
    o.activation = a;
    o.learning_rate = o.final_learning_rate = 1e300;
    o.steps = 2000;
    Trainer fast(default_dataset(), o);
    fast.train_to_end();
    Trainer single(default_dataset(), o);
    for (int k = 0; k < 50 && !single.finished(); ++k) single.step();
    INFO(name_of(a));
    REQUIRE(fast.dead_network().has_value());
    REQUIRE(single.dead_network().has_value());
    CHECK(fast.dead_network()->step == 1);
    CHECK(single.dead_network()->step == 1);
    CHECK(fast.dead_network()->saturated());
    CHECK(fast.dead_network()->text().rfind("every hidden node is saturated from step 1 on: " + std::string(name_of(a)) +
                                            "'s slope is below 1e-8 for every colour", 0) == 0);
    // A healthy run at the chapter's rate stays unwarned.
    Options healthy = preset_seed();
    healthy.activation = a;
    Trainer fine(default_dataset(), healthy);
    fine.train_to_end();
    CHECK_FALSE(fine.dead_network().has_value());
  }
}

TEST_CASE("a node is saturated when its whole Z1 range over the colours is beyond the slope's 1e-8", "[trainer]") {
  Parameters p = test::example_parameters();
  CHECK_FALSE(node_saturated(p, 0, kTanhSaturatedZ));
  p.w_hidden.row(0) << 5, 3, 1;
  p.b_hidden(0) = 1;  // Z1 from 1 to 10 over the cube: reaches below 9.9
  CHECK_FALSE(node_saturated(p, 0, kTanhSaturatedZ));
  p.b_hidden(0) = 9.91;  // from 9.91 to 18.91: every colour saturated
  CHECK(node_saturated(p, 0, kTanhSaturatedZ));
  CHECK_FALSE(node_saturated(p, 0, kLogisticSaturatedZ));
  p.w_hidden.row(1) << -30, 0, 0;
  p.b_hidden(1) = 10;  // from -20 to 10
  CHECK_FALSE(node_saturated(p, 1, kTanhSaturatedZ));
  p.b_hidden(1) = -0.5;  // from -30.5 to -0.5
  CHECK_FALSE(node_saturated(p, 1, kTanhSaturatedZ));
  CHECK_FALSE(hidden_layer_stuck(p, Activation::leaky_relu));
}
