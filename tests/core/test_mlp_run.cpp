// The scikit-learn trainer as an option of the one run (options.trainer sklearn): a step is a
// mini-batch, the run seeks like the chapter's, and it is the fit `fontshade-cli mlp` makes (which
// tests/chapter/mlp_sklearn_test.py holds to scikit-learn itself).
#include <algorithm>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "core/files/record_json.hpp"
#include "core/network/option_reader.hpp"
#include "core/network/run.hpp"

using namespace fontshade;

namespace {

Options sklearn_options(std::uint64_t seed) {
  Options o;
  o.trainer = TrainerKind::sklearn;
  o.seed = seed;
  return o;
}

}  // namespace

TEST_CASE("trainer sklearn: the run trained to the end is mlp's fit, with a point of the curves an epoch", "[mlp_run]") {
  const Options o = sklearn_options(1);
  MlpTrainer fit(default_dataset(), mlp_options_of(o));
  fit.train_to_end();
  REQUIRE(fit.n_iter() == 404);  // scikit-learn's n_iter_ for the chapter's cell after np.random.seed(1)
  Run run(default_dataset(), o);
  REQUIRE(run.mlp());
  run.advance(1000000);
  CHECK(run.finished());
  CHECK(run.at_end());
  CHECK(run.steps_done() == 404 * 5);  // 896 rows: batches of 200, 200, 200, 200, 96
  CHECK(run.parameters() == fit.parameters());
  REQUIRE(run.history().size() == 405u);
  CHECK(run.history()[1].step == 5);
  CHECK(run.history().back().recent_mean_cost == fit.loss_curve().back());
  CHECK(run.current_point().test_accuracy == fit.test_score());
  CHECK(run.split().train == fit.split().train);
  CHECK(run.record() == nullptr);
  REQUIRE(run.batch_record());
  CHECK(run.batch_record()->epoch_ended);
  CHECK(run.batch_record()->stopped);
  CHECK(run.batch_record()->no_improvement_count == 11);
}

TEST_CASE("trainer sklearn: any batch is rebuilt exactly, and going on from it continues the run", "[mlp_run]") {
  const Options o = sklearn_options(7);
  MlpTrainer straight(default_dataset(), mlp_options_of(o));
  std::vector<std::string> lines{""};
  for (int k = 0; k < 1400; ++k) lines.push_back(batch_record_json(*straight.step()));
  Run run(default_dataset(), o);
  REQUIRE(run.advance(1200) == 1200);
  for (long long k : {1LL, 5LL, 6LL, 511LL, 512LL, 513LL, 1024LL, 777LL, 1200LL, 3LL}) {
    run.seek(k);
    INFO("batch " << k);
    REQUIRE(run.cursor() == k);
    REQUIRE(run.batch_record());
    CHECK(batch_record_json(*run.batch_record()) == lines[static_cast<std::size_t>(k)]);
  }
  run.seek(0);
  CHECK(run.batch_record() == nullptr);
  CHECK(run.parameters() == MlpTrainer(default_dataset(), mlp_options_of(o)).parameters());
  run.seek(900);
  REQUIRE(run.advance(500) == 500);
  CHECK(batch_record_json(*run.batch_record()) == lines[1400]);
  CHECK(run.history().size() == 1400u / 5 + 1);
}

TEST_CASE("a mini-batch's record: the batch, its mean, the L2 term and the Nesterov update", "[mlp_run]") {
  MlpTrainer t(default_dataset(), MlpOptions{});
  const MlpBatchRecord& r = *t.step();
  REQUIRE(r.rows.size() == 200u);
  // 200 distinct training rows (a slice of a shuffle of them).
  std::vector<int> rows = r.rows, train = t.split().train;
  std::sort(rows.begin(), rows.end());
  std::sort(train.begin(), train.end());
  CHECK(std::adjacent_find(rows.begin(), rows.end()) == rows.end());
  CHECK(std::includes(train.begin(), train.end(), rows.begin(), rows.end()));
  Input sum = Input::Zero();
  for (int row : r.rows) sum += input_of(default_dataset().samples[static_cast<std::size_t>(row)].colour);
  CHECK(r.mean_X(0) == Approx(sum(0) / 200).epsilon(1e-15));
  double squares = 0;
  for (int j = 0; j < 3; ++j) {
    for (int l = 0; l < 3; ++l) squares += r.before.w_hidden(j, l) * r.before.w_hidden(j, l);
    squares += r.before.w_output(j) * r.before.w_output(j);
  }
  CHECK(r.l2_term == Approx(0.5 * 1e-4 * squares / 200).epsilon(1e-14));
  CHECK(r.loss == r.log_loss + r.l2_term);
  // The first batch starts from zero velocity: v = -L g, and the step is momentum v - L g.
  CHECK(r.velocity.b_output == -0.05 * r.gradient.b_output);
  CHECK(r.after.b_output == r.before.b_output + (0.9 * r.velocity.b_output - 0.05 * r.gradient.b_output));
  CHECK_FALSE(r.epoch_ended);
}

TEST_CASE("trainer is an option: read, checked against scikit-learn's choices, and np.random.seed's range", "[mlp_run][options]") {
  const auto ok = read_options(Options{}, {{"trainer", "sklearn"}, {"activation", "tanh"}}, OptionNames::script);
  REQUIRE(std::holds_alternative<Options>(ok));
  CHECK(std::get<Options>(ok).trainer == TrainerKind::sklearn);
  const auto leaky = read_options(Options{}, {{"trainer", "sklearn"}, {"activation", "leaky_relu"}}, OptionNames::cli);
  CHECK(std::get<std::string>(leaky) ==
        "--activation: scikit-learn's MLPClassifier (--trainer sklearn) has relu, tanh and logistic, not leaky_relu");
  const auto seed = read_options(Options{}, {{"trainer", "sklearn"}, {"seed", "4294967296"}}, OptionNames::script);
  CHECK(std::get<std::string>(seed) == "seed: with trainer sklearn the seed is np.random.seed's, 0 to 4294967295, found 4294967296");
}

TEST_CASE("trainer sklearn keeps within 4 MB per 100,000 batches to be seekable", "[mlp_run]") {
  // The runs of the book stop after some 2,000 batches; the budget is checked per batch: the
  // snapshots (one every 512 batches) and an epoch's point of the curves.
  Run run(default_dataset(), sklearn_options(1));
  run.advance(1000000);
  const double per_batch = static_cast<double>(run.memory_bytes()) / static_cast<double>(run.steps_done());
  CHECK(per_batch * 100000 <= 4e6);
}
