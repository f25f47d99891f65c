// rng numpy: a run drawing from NumPy's generator in the chapter's notebook's order. Its numbers are
// pinned to NumPy's (printed by Debian's NumPy 1.24 after np.random.seed(1)); it seeks, goes on, and
// saves and loads like any run. (tests/chapter/notebook_numpy_test.py runs the notebook itself.)
#include <string>
#include <variant>
#include <vector>

#include "fixtures.hpp"
#include "core/base/number_text.hpp"
#include "core/files/lesson_link.hpp"
#include "core/files/model_file.hpp"
#include "core/files/record_json.hpp"
#include "core/network/option_reader.hpp"
#include "core/network/run.hpp"

using namespace fontshade;

namespace {

Options numpy_options(std::uint64_t seed) {
  Options o;
  o.rng = Rng::numpy;
  o.seed = seed;
  return o;
}

}  // namespace

TEST_CASE("rng numpy draws the split, the weights and the samples as the notebook does after np.random.seed(1)",
          "[numpy_run]") {
  Trainer t(default_dataset(), numpy_options(1));
  // perm = np.random.permutation(1345): perm[:449] test, perm[449:] train, in that order.
  REQUIRE(t.split().test.size() == 449u);
  REQUIRE(t.split().train.size() == 896u);
  CHECK(std::vector<int>(t.split().test.begin(), t.split().test.begin() + 3) == std::vector<int>{902, 267, 111});
  CHECK(std::vector<int>(t.split().train.begin(), t.split().train.begin() + 3) == std::vector<int>{1064, 180, 191});
  // Then rand(3, 3), rand(1, 3), rand(3, 1), rand(1, 1).
  const Parameters& p = t.parameters();
  CHECK(format_double(p.w_hidden(0, 0)) == "0.42721263817546218");
  CHECK(format_double(p.w_hidden(1, 0)) == "0.032195600314512518");
  CHECK(format_double(p.w_hidden(2, 2)) == "0.55696035333547367");
  CHECK(format_double(p.w_output(1)) == "0.9493768909709811");
  CHECK(format_double(p.b_hidden(0)) == "0.50841020564627204");
  CHECK(format_double(p.b_output) == "0.64814016049943102");
  // Then np.random.choice(896, 1, replace=False) each step: 349, 486, 695.
  const int expected[] = {349, 486, 695};
  for (int e : expected) CHECK(t.step()->sample == t.split().train[static_cast<std::size_t>(e)]);
}

TEST_CASE("an rng numpy run: advance(n) is n single steps, bit for bit, across the blocks of rows drawn ahead",
          "[numpy_run]") {
  Options o = numpy_options(3);
  o.gradient = GradientMode::chapter;
  Trainer one_by_one(default_dataset(), o), in_chunks(default_dataset(), o);
  for (int k = 0; k < 700; ++k) one_by_one.step();
  for (long long chunk : {1LL, 255LL, 256LL, 100LL, 88LL}) REQUIRE(in_chunks.advance(chunk) == chunk);
  CHECK(in_chunks.parameters() == one_by_one.parameters());
  CHECK(in_chunks.state().sampler == one_by_one.state().sampler);
  CHECK(step_record_json(*in_chunks.step()) == step_record_json(*one_by_one.step()));
}

TEST_CASE("an rng numpy run seeks: any step is the trace's line, and going on continues it", "[numpy_run][run]") {
  const Options o = numpy_options(11);
  Trainer straight(default_dataset(), o);
  std::vector<std::string> lines{""};
  for (int k = 0; k < 1500; ++k) lines.push_back(step_record_json(*straight.step()));
  Run run(default_dataset(), o);
  REQUIRE(run.advance(1000) == 1000);
  for (long long k : {1LL, 127LL, 128LL, 129LL, 500LL, 999LL, 257LL, 1000LL}) {
    run.seek(k);
    INFO("step " << k);
    REQUIRE(run.record());
    CHECK(step_record_json(*run.record()) == lines[static_cast<std::size_t>(k)]);
  }
  run.seek(700);
  REQUIRE(run.advance(800) == 800);
  CHECK(step_record_json(*run.record()) == lines[1500]);
}

TEST_CASE("an rng numpy run keeps within 4 MB per 100,000 steps to be seekable", "[numpy_run][run]") {
  Run run(default_dataset(), numpy_options(1));
  REQUIRE(run.advance(100000) == 100000);
  CHECK(run.memory_bytes() <= 4u * 1000 * 1000);
  CHECK(run.snapshot_bytes() >= 782u * sizeof(NumpyRandom::State));  // a snapshot every 128 steps
}

TEST_CASE("a model of an rng numpy run saves NumPy's state and goes on exactly", "[numpy_run][model]") {
  const DataSet data = default_dataset();
  Options o = numpy_options(4294967295ULL);
  o.steps = 1000;
  Trainer whole(data, o), half(data, o);
  whole.advance(1000);
  half.advance(500);
  const std::string text = model_json(model_of(half));
  CHECK(text.find("\"rng\":\"numpy\"") != std::string::npos);
  CHECK(text.find("\"sampler\": {\"generator\":\"MT19937\",\"key\":[") != std::string::npos);
  const Result<Model> read = parse_model(text, "half.json");
  REQUIRE(ok(read));
  const Model& m = std::get<Model>(read);
  CHECK(m.run == model_of(half).run);
  Trainer on(data, m.options);
  on.restore(trainer_state_of(m));
  REQUIRE(on.advance(500) == 500);
  CHECK(model_json(model_of(on)) == model_json(model_of(whole)));
}

TEST_CASE("a model's sampler must be its generator's kind, and NumPy's state is checked", "[numpy_run][model]") {
  Trainer t(default_dataset(), numpy_options(1));
  const std::string good = model_json(model_of(t));
  const auto error = [&](std::string text) {
    const Result<Model> r = parse_model(text, "bad.json");
    REQUIRE_FALSE(ok(r));
    return std::get<Error>(r).text();
  };
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  CHECK(error(replaced("\"rng\":\"numpy\"", "\"rng\":\"fontshade\"")) ==
        "bad.json: line 7, column 14: sampler: with options.rng fontshade the sampler is four words in an array, found "
        "NumPy's state (an object)");
  CHECK(error(replaced("\"MT19937\"", "\"PCG64\"")) ==
        "bad.json: line 7, column 27: sampler.generator: expected \"MT19937\", found \"PCG64\"");
  // "pos":N} closes the line: N's column is where it stands on line 7.
  const std::size_t line7 = good.find("\n  \"sampler\"") + 1;
  const std::size_t pos = good.find("\"pos\":", line7) + 6;
  const std::string pos_text = good.substr(pos, good.find('}', pos) - pos);
  CHECK(error(replaced("\"pos\":" + pos_text + "}", "\"pos\":625}")) ==
        "bad.json: line 7, column " + std::to_string(pos - line7 + 1) +
            ": sampler.pos: expected a whole number from 0 to 624, found 625");
  CHECK(error(replaced("\"key\":[", "\"key\":[4294967296,")).find(
            "sampler.key: expected 624 words (MT19937's state: np.random.get_state()[1]), found 625") != std::string::npos);
  Options own;
  own.rng = Rng::fontshade;
  const std::string own_model = model_json(model_of(Trainer(default_dataset(), own)));
  std::string as_numpy = own_model;
  as_numpy.replace(as_numpy.find("\"rng\":\"fontshade\""), 17, "\"rng\":\"numpy\"");
  CHECK(error(as_numpy) == "bad.json: line 7, column 14: sampler: expected an object, found an array");
}

TEST_CASE("rng is an option like the others: read, checked, written and in links", "[numpy_run][options]") {
  const auto read = read_options(Options{}, {{"rng", "numpy"}, {"seed", "4294967295"}}, OptionNames::script);
  REQUIRE(std::holds_alternative<Options>(read));
  CHECK(std::get<Options>(read).rng == Rng::numpy);
  const auto too_big = read_options(Options{}, {{"rng", "numpy"}, {"seed", "4294967296"}}, OptionNames::cli);
  REQUIRE(std::holds_alternative<std::string>(too_big));
  CHECK(std::get<std::string>(too_big) ==
        "--seed: with --rng numpy the seed is np.random.seed's, 0 to 4294967295, found 4294967296");
  const auto bad = read_options(Options{}, {{"rng", "mt"}}, OptionNames::script);
  CHECK(std::get<std::string>(bad) == "rng: expected one of fontshade, numpy, found \"mt\"");
  Lesson l;
  l.options.rng = Rng::numpy;
  l.options.gradient = GradientMode::chapter;
  l.options.seed = 42;
  const std::string link = lesson_fragment(l);
  CHECK(link == "v=1&seed=42&gradient=chapter&rng=numpy");
  const auto back = parse_lesson(link);
  REQUIRE(std::holds_alternative<Lesson>(back));
  CHECK(std::get<Lesson>(back) == l);
}
