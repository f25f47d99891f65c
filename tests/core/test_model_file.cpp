// Model files: a saved model reads back exactly; every malformed file gets its exact error.
//
// Index of this file (search for "[SECTION]"):
//   Helpers: file names, bits, awkward parameters, a hand-written model
//   What is saved reads back
//   Malformed files
//   Limits: huge objects, slow numbers, repeated keys
//   Files that cannot be read or written
//   Version 2: a run saved mid-way goes on exactly
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "core/files/json_reader.hpp"
#include "core/files/model_file.hpp"
#include "core/network/network.hpp"
#include "core/network/trainer.hpp"
#include "core/data/data_identity.hpp"

using namespace fontshade;

// [SECTION] Helpers: file names, bits, awkward parameters, a hand-written model
namespace {

// Each test case writes its own file name, so CTest may run them in parallel.
std::string tmp_path(const std::string& name) { return std::string(FONTSHADE_TEST_TMP) + "/" + name; }

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  REQUIRE(out.good());
}

// Bits, not values: == would call -0 and 0 the same.
std::uint64_t bits(double v) {
  std::uint64_t b;
  std::memcpy(&b, &v, sizeof b);
  return b;
}

void check_bit_exact(const Model& actual, const Model& expected) {
  const Options& a = actual.options;
  const Options& e = expected.options;
  CHECK(a.hidden == e.hidden);
  CHECK(a.activation == e.activation);
  CHECK(a.cost == e.cost);
  CHECK(a.init == e.init);
  CHECK(a.schedule == e.schedule);
  CHECK(bits(a.learning_rate) == bits(e.learning_rate));
  CHECK(bits(a.final_learning_rate) == bits(e.final_learning_rate));
  CHECK(a.steps == e.steps);
  CHECK(a.seed == e.seed);
  CHECK(a.gradient == e.gradient);
  CHECK(a.rng == e.rng);
  CHECK(actual.steps_done == expected.steps_done);
  const Parameters& p = actual.parameters;
  const Parameters& q = expected.parameters;
  REQUIRE(p.hidden() == q.hidden());
  REQUIRE(p.b_hidden.size() == q.b_hidden.size());
  REQUIRE(p.w_output.size() == q.w_output.size());
  for (int i = 0; i < q.hidden(); ++i) {
    for (int j = 0; j < 3; ++j) CHECK(bits(p.w_hidden(i, j)) == bits(q.w_hidden(i, j)));
    CHECK(bits(p.b_hidden(i)) == bits(q.b_hidden(i)));
    CHECK(bits(p.w_output(i)) == bits(q.w_output(i)));
  }
  CHECK(bits(p.b_output) == bits(q.b_output));
}

Model save_and_load(const Model& m, const std::string& path) {
  const auto saved = save_model_file(path, m);
  INFO((saved ? saved->text() : std::string("saved")));
  REQUIRE_FALSE(saved.has_value());
  const Result<Model> loaded = load_model_file(path);
  INFO((ok(loaded) ? std::string("loaded") : std::get<Error>(loaded).text()));
  REQUIRE(ok(loaded));
  return std::get<Model>(loaded);
}

// Parameters with awkward doubles: thirds, -0, the smallest subnormal, the largest finite value.
Parameters awkward_parameters(int h, std::uint64_t seed) {
  Random random(seed, 99);
  Parameters p;
  p.w_hidden.resize(h, 3);
  p.b_hidden.resize(h);
  p.w_output.resize(h);
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) p.w_hidden(i, j) = random.uniform(-3, 3) / 3;
    p.b_hidden(i) = random.uniform(-1, 1) * 1e-300;
    p.w_output(i) = random.uniform(-1e6, 1e6);
  }
  p.w_hidden(0, 0) = -0.0;
  p.b_hidden(h - 1) = std::numeric_limits<double>::denorm_min();
  p.w_output(0) = std::numeric_limits<double>::max();
  p.b_output = -std::numeric_limits<double>::min();
  return p;
}

// A hand-written model, one key a line, so each error's line and column can be counted by eye.
const std::string kGoodModel = R"({
  "format": "fontshade-model",
  "version": 1,
  "options": {
    "hidden": 3,
    "activation": "relu",
    "cost": "squared_error",
    "init": "uniform01",
    "schedule": "constant",
    "learning_rate": 0.05,
    "final_learning_rate": 0.05,
    "steps": 100000,
    "seed": 1
  },
  "steps_done": 100000,
  "w_hidden": [[0.2, -0.4, 0.7], [0.5, 0.1, -0.3], [-0.6, 0.8, 0.25]],
  "b_hidden": [0.1, -0.2, 0.05],
  "w_output": [[0.9, -0.5, 0.3]],
  "b_output": -0.1
}
)";

// kGoodModel with one piece of text replaced (which must occur exactly once).
std::string good_model_with(const std::string& from, const std::string& to) {
  const std::size_t at = kGoodModel.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(kGoodModel.find(from, at + 1) == std::string::npos);
  return std::string(kGoodModel).replace(at, from.size(), to);
}

struct Malformed {
  const char* what;
  std::string text;
  std::string error;  // the full Error::text() when the source is "bad.json"
};

// The model of the seed preset's run of `steps` steps on `data`, stopped after `at`.
Model seed_model_at(const DataSet& data, long long steps, long long at) {
  Options o = preset_seed();
  o.steps = steps;
  Trainer t(data, o);
  t.advance(at);
  return model_of(t);
}

}  // namespace

// [SECTION] What is saved reads back
TEST_CASE("a saved model reads back bit for bit, for every hidden size and option name", "[model]") {
  const std::string path = tmp_path("model_roundtrip.json");
  std::uint64_t seed = 0;
  for (int h : {1, 3, 16})
    for (Activation a : {Activation::relu, Activation::leaky_relu, Activation::tanh, Activation::logistic})
      for (Cost c : {Cost::squared_error, Cost::cross_entropy})
        for (Init init : {Init::uniform01, Init::he})
          for (Schedule s : {Schedule::constant, Schedule::linear}) {
            ++seed;
            const GradientMode g = seed % 2 ? GradientMode::chapter : GradientMode::true_gradient;
            Model m;
            m.options.hidden = h;
            m.options.activation = a;
            m.options.cost = c;
            m.options.init = init;
            m.options.schedule = s;
            m.options.learning_rate = 1.0 / (3 + seed);
            // A constant schedule's final L is L (a model saying otherwise is refused, see below).
            m.options.final_learning_rate = s == Schedule::constant ? m.options.learning_rate : 0.1 / (7 + seed);
            m.options.gradient = g;
            m.options.steps = static_cast<long long>(seed) * 12345;
            // The largest seed checks that a 64-bit unsigned value is not squeezed through a double.
            m.options.seed = seed == 1 ? std::numeric_limits<std::uint64_t>::max() : seed * 0x9E3779B97F4A7C15ULL;
            m.steps_done = static_cast<long long>(seed) * 777;
            m.parameters = awkward_parameters(h, seed);
            INFO("hidden " << h << ", " << name_of(a) << ", " << name_of(c) << ", " << name_of(init) << ", "
                           << name_of(s) << ", gradient " << name_of(g));
            check_bit_exact(save_and_load(m, path), m);
          }
}

TEST_CASE("a hand-written model file reads as the numbers it shows", "[model]") {
  const Result<Model> r = parse_model(kGoodModel, "good.json");
  INFO((ok(r) ? std::string("parsed") : std::get<Error>(r).text()));
  REQUIRE(ok(r));
  Model expected;
  expected.options = preset_seed();
  expected.parameters = test::example_parameters();
  expected.steps_done = 100000;
  check_bit_exact(std::get<Model>(r), expected);
}

TEST_CASE("models trained by the Trainer, saved and loaded, predict the same A2 bit for bit", "[model]") {
  const std::string path = tmp_path("model_trained.json");
  const DataSet data = default_dataset();
  std::vector<Options> runs = {preset_seed(), preset_tuned()};
  Options wide;
  wide.hidden = 16;
  wide.activation = Activation::tanh;
  wide.init = Init::he;
  wide.cost = Cost::cross_entropy;
  wide.seed = 7;
  runs.push_back(wide);
  Options narrow;
  narrow.hidden = 1;
  narrow.activation = Activation::logistic;
  narrow.schedule = Schedule::linear;
  narrow.learning_rate = 0.3;
  narrow.final_learning_rate = 0.01;
  narrow.seed = 12345678901234567ULL;
  runs.push_back(narrow);
  for (Options o : runs) {
    o.steps = 3000;
    Trainer trainer(data, o);
    REQUIRE(trainer.train_to_end() == 3000);
    const Model trained{trainer.options(), trainer.parameters(), trainer.steps_done(), std::nullopt};
    INFO("hidden " << o.hidden << ", " << name_of(o.activation));
    const Model loaded = save_and_load(trained, path);
    check_bit_exact(loaded, trained);
    for (const Sample& s : data.samples) {
      const Input X = input_of(s.colour);
      const double expected = predict(trainer.parameters(), X, o.activation);
      const double actual = predict(loaded.parameters, X, loaded.options.activation);
      if (bits(actual) != bits(expected)) FAIL_CHECK("A2 differs for " << hex_of(s.colour));
    }
  }
}

// [SECTION] Malformed files
TEST_CASE("every malformed model file gets its exact error", "[model]") {
  const std::vector<Malformed> cases = {
      {"empty file", "", "bad.json: line 1, column 1: expected a JSON value, found the end of the file"},
      {"not JSON", "a fontshade model\n", "bad.json: line 1, column 1: expected a JSON value, found 'a'"},
      {"a CSV given as a model", "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n1,2,3,0\n",
       "bad.json: line 1, column 1: expected a JSON value, found 'R'"},
      {"missing comma", good_model_with("\"version\": 1,", "\"version\": 1"),
       "bad.json: line 4, column 3: expected ',' or '}' in the object, found '\"'"},
      {"truncated file", kGoodModel.substr(0, kGoodModel.find("0.1, -0.3")),
       "bad.json: line 16, column 40: expected a JSON value, found the end of the file"},
      {"an array, not an object", "[1, 2, 3]\n", "bad.json: line 1, column 1: model: expected an object, found an array"},
      {"wrong format", good_model_with("fontshade-model", "fontshade-data"),
       "bad.json: line 2, column 13: format: expected \"fontshade-model\", found \"fontshade-data\": not a fontshade "
       "model file"},
      {"version 3", good_model_with("\"version\": 1", "\"version\": 3"),
       "bad.json: line 3, column 14: version: this program reads version 1 and 2 model files, this one is version 3"},
      {"version 2 without the run's state", good_model_with("\"version\": 1", "\"version\": 2"),
       "bad.json: line 1, column 1: model: the key \"data\" is missing"},
      {"version 1 with a sampler", good_model_with("\"version\": 1,\n", "\"version\": 1,\n  \"sampler\": [\"1\", \"2\", \"3\", \"4\"],\n"),
       "bad.json: line 4, column 14: unknown key \"sampler\": expected one of format, version, options, steps_done, "
       "w_hidden, b_hidden, w_output, b_output"},
      {"missing key", good_model_with(",\n  \"b_output\": -0.1", ""),
       "bad.json: line 1, column 1: model: the key \"b_output\" is missing"},
      {"missing option", good_model_with(",\n    \"seed\": 1", ""),
       "bad.json: line 4, column 14: options: the key \"seed\" is missing"},
      {"unknown key", good_model_with("\"version\": 1,\n", "\"version\": 1,\n  \"note\": \"hi\",\n"),
       "bad.json: line 4, column 11: unknown key \"note\": expected one of format, version, options, steps_done, "
       "w_hidden, b_hidden, w_output, b_output"},
      {"unknown option", good_model_with("\"seed\": 1", "\"seed\": 1,\n    \"momentum\": 0.9"),
       "bad.json: line 14, column 17: options: unknown key \"momentum\": expected one of hidden, activation, cost, "
       "init, schedule, learning_rate, final_learning_rate, steps, seed, gradient, rng, trainer, split"},
      {"key twice", good_model_with("\"hidden\": 3,", "\"hidden\": 3,\n    \"hidden\": 4,"),
       "bad.json: line 6, column 5: the key \"hidden\" appears twice"},
      {"hidden 0", good_model_with("\"hidden\": 3", "\"hidden\": 0"),
       "bad.json: line 5, column 15: options.hidden: expected a whole number from 1 to 16, found 0"},
      {"hidden 17", good_model_with("\"hidden\": 3", "\"hidden\": 17"),
       "bad.json: line 5, column 15: options.hidden: expected a whole number from 1 to 16, found 17"},
      {"hidden 3.5", good_model_with("\"hidden\": 3", "\"hidden\": 3.5"),
       "bad.json: line 5, column 15: options.hidden: expected a whole number from 1 to 16, found 3.5"},
      {"unknown activation", good_model_with("\"relu\"", "\"sigmoid\""),
       "bad.json: line 6, column 19: options.activation: expected one of relu, leaky_relu, tanh, logistic, found "
       "\"sigmoid\""},
      {"activation not a string", good_model_with("\"relu\"", "1"),
       "bad.json: line 6, column 19: options.activation: expected a string, found a number"},
      {"w_hidden with fewer rows than options.hidden", good_model_with(", [-0.6, 0.8, 0.25]", ""),
       "bad.json: line 16, column 15: w_hidden: expected 3 rows (options.hidden is 3), found 2"},
      {"options.hidden larger than w_hidden", good_model_with("\"hidden\": 3", "\"hidden\": 4"),
       "bad.json: line 16, column 15: w_hidden: expected 4 rows (options.hidden is 4), found 3"},
      {"a row with 2 numbers", good_model_with("[0.5, 0.1, -0.3]", "[0.5, 0.1]"),
       "bad.json: line 16, column 34: w_hidden[1]: expected 3 numbers, found 2"},
      {"b_hidden too long", good_model_with("[0.1, -0.2, 0.05]", "[0.1, -0.2, 0.05, 0.3]"),
       "bad.json: line 17, column 15: b_hidden: expected 3 numbers, found 4"},
      {"a string where a number belongs", good_model_with("[0.1, -0.2, 0.05]", "[\"0.1\", -0.2, 0.05]"),
       "bad.json: line 17, column 16: b_hidden[0]: expected a number, found a string"},
      {"w_output not a matrix", good_model_with("[[0.9, -0.5, 0.3]]", "[[0.9, -0.5, 0.3], [1, 2, 3]]"),
       "bad.json: line 18, column 15: w_output: expected 1 row (w_output is 1 x H), found 2"},
      {"null where a number belongs", good_model_with("-0.1\n", "null\n"),
       "bad.json: line 19, column 15: b_output: expected a number, found null"},
      {"1e999 is not finite", good_model_with("-0.1\n", "1e999\n"),
       "bad.json: line 19, column 15: b_output: expected a finite number, found 1e999, which is too large to store"},
      {"-1e999 in a row", good_model_with("[0.9, -0.5, 0.3]", "[0.9, -1e999, 0.3]"),
       "bad.json: line 18, column 22: w_output[0][1]: expected a finite number, found -1e999, which is too large to "
       "store"},
      {"negative learning rate", good_model_with("\"learning_rate\": 0.05", "\"learning_rate\": -0.05"),
       "bad.json: line 10, column 22: options.learning_rate: expected a positive number, found -0.05"},
      {"a constant schedule with another final learning rate",
       good_model_with("\"final_learning_rate\": 0.05", "\"final_learning_rate\": 0.01"),
       "bad.json: line 13, column 13: options.final_learning_rate needs options.schedule linear (with a constant "
       "schedule every step uses options.learning_rate)"},
      {"gradient neither true nor chapter", good_model_with("\"seed\": 1", "\"seed\": 1,\n    \"gradient\": \"numpy\""),
       "bad.json: line 14, column 17: options.gradient: expected one of true, chapter, found \"numpy\""},
      {"zero final learning rate", good_model_with("\"final_learning_rate\": 0.05", "\"final_learning_rate\": 0"),
       "bad.json: line 11, column 28: options.final_learning_rate: expected a positive number, found 0"},
      {"seed negative", good_model_with("\"seed\": 1", "\"seed\": -1"),
       "bad.json: line 13, column 13: options.seed: expected a whole number from 0 to 18446744073709551615, found -1"},
      {"seed over 64 bits", good_model_with("\"seed\": 1", "\"seed\": 18446744073709551616"),
       "bad.json: line 13, column 13: options.seed: expected a whole number from 0 to 18446744073709551615, found "
       "18446744073709551616 (it overflows a 64-bit whole number)"},
      {"steps_done negative", good_model_with("\"steps_done\": 100000", "\"steps_done\": -5"),
       "bad.json: line 15, column 17: steps_done: expected a whole number from 0 to 1000000000, found -5"},
      {"steps_done past options.steps", good_model_with("\"steps_done\": 100000", "\"steps_done\": 100001"),
       "bad.json: line 15, column 17: steps_done: a run stops at options.steps (100000), so it cannot have done 100001"},
  };
  const std::string path = tmp_path("model_malformed.json");
  for (const Malformed& c : cases) {
    INFO(c.what);
    REQUIRE(c.error.rfind("bad.json: ", 0) == 0);
    const Result<Model> parsed = parse_model(c.text, "bad.json");
    REQUIRE_FALSE(ok(parsed));
    CHECK(std::get<Error>(parsed).text() == c.error);
    // The same text from a file: the message names the file instead.
    write_file(path, c.text);
    const Result<Model> loaded = load_model_file(path);
    REQUIRE_FALSE(ok(loaded));
    CHECK(std::get<Error>(loaded).text() == path + c.error.substr(8));
  }
}

// [SECTION] Limits: huge objects, slow numbers, repeated keys
namespace {

// The most keys one object of a model file can hold under the 1 MiB limit: 131,071 keys of 3 characters,
// "000":0 to "-_-":0, 8 bytes each with its comma, 1,048,569 bytes in all. Checking each key against
// every earlier one took half a minute; a set of keys takes milliseconds (measured, not asserted).
std::string many_keys_model(bool last_repeats_first) {
  const char* digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
  const int count = 131071;
  std::string text = "{";
  for (int i = 0; i < count; ++i) {
    const int k = last_repeats_first && i == count - 1 ? 0 : i;
    text += i ? ",\"" : "\"";
    text += {digits[k / 4096], digits[k / 64 % 64], digits[k % 64]};
    text += "\":0";
  }
  text += "}";
  REQUIRE(text.size() == 1048569);
  return text;
}

}  // namespace

TEST_CASE("a 1 MiB object of 131,071 distinct keys is refused at its 1,001st value", "[model]") {
  // The object is value 1; key i's value (0-based) is value i + 2, its "0" at column 1 + 1 + 8 i + 6.
  const Result<Model> r = parse_model(many_keys_model(false), "bad.json");
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() ==
        "bad.json: line 1, column 8000: more than 1000 values, more than a file of this kind ever holds");
}

TEST_CASE("a 1 MiB file of numbers slow to convert is refused at its 1,001st value too", "[model]") {
  std::string text = "[";
  while (text.size() < 1048000) text += "1e308,";
  text += "1e308]";
  const Result<Model> r = parse_model(text, "bad.json");
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() ==
        "bad.json: line 1, column 5996: more than 1000 values, more than a file of this kind ever holds");
}

TEST_CASE("a JSON object whose last key repeats its first is refused at that key, in a set of keys", "[model][json]") {
  // Without a limit on values: the duplicate check itself must stay fast for 131,071 keys. The last
  // key starts at byte 1 + 8 * 131070: column 1,048,562.
  const Result<JsonValue> r = parse_json(many_keys_model(true), "bad.json");
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() == "bad.json: line 1, column 1048562: the key \"000\" appears twice");
}

// [SECTION] Files that cannot be read or written
TEST_CASE("model files that cannot be read or written", "[model]") {
  const std::string missing = tmp_path("model_no_such_file.json");
  std::remove(missing.c_str());
  Result<Model> r = load_model_file(missing);
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() == missing + ": cannot open the file (does it exist?)");
  r = load_model_file(FONTSHADE_TEST_TMP);
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() == std::string(FONTSHADE_TEST_TMP) + ": is a folder, not a file");
  // A file over 1 MiB is refused before parsing.
  const std::string big = tmp_path("model_too_big.json");
  write_file(big, std::string(1024 * 1024 + 1, ' '));
  r = load_model_file(big);
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() == big + ": the file is larger than 1 MiB");
  // A model that diverged is refused, and the file is not written.
  Model m;
  m.parameters = test::example_parameters();
  m.parameters.b_hidden(1) = std::numeric_limits<double>::quiet_NaN();
  const std::string nan_path = tmp_path("model_nan.json");
  std::remove(nan_path.c_str());
  const auto error = save_model_file(nan_path, m);
  REQUIRE(error.has_value());
  CHECK(error->text() == nan_path + ": the model holds non-finite parameters and cannot be saved");
  CHECK_FALSE(std::ifstream(nan_path).good());
}

// [SECTION] Version 2: a run saved mid-way goes on exactly

namespace {

// kGoodModel as version 2, stopped at step 500: the run's state after the options, one key a line.
const std::string kGoodModelV2 = [] {
  std::string text = kGoodModel;
  text.replace(text.find("\"version\": 1"), 12, "\"version\": 2");
  text.replace(text.find("\"steps_done\": 100000,\n"), 22,
               "\"steps_done\": 500,\n"
               "  \"data\": {\"origin\": \"book\", \"rows\": 1345, \"fingerprint\": \"0123456789abcdef\"},\n"
               "  \"sampler\": [\"18446744073709551615\", \"1\", \"9007199254740993\", \"0\"],\n"
               "  \"dead_at_step\": null,\n");
  return text;
}();

std::string good_v2_with(const std::string& from, const std::string& to) {
  const std::size_t at = kGoodModelV2.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(kGoodModelV2.find(from, at + 1) == std::string::npos);
  return std::string(kGoodModelV2).replace(at, from.size(), to);
}

std::vector<Options> resumable_runs() {
  std::vector<Options> runs = {preset_seed(), preset_tuned()};
  Options wide;
  wide.hidden = 16;
  wide.activation = Activation::tanh;
  wide.init = Init::he;
  wide.cost = Cost::cross_entropy;
  wide.seed = 7;
  runs.push_back(wide);
  Options chapter = preset_seed();
  chapter.gradient = GradientMode::chapter;
  chapter.seed = 12345678901234567ULL;
  runs.push_back(chapter);
  Options killed = preset_seed();  // the chapter's L = 50 kills every ReLU node early
  killed.learning_rate = killed.final_learning_rate = 50;
  killed.seed = 2;  // dead at step 1 (seed 1 survives 1,000 steps)
  runs.push_back(killed);
  for (Options& o : runs) o.steps = 1000;
  return runs;
}

}  // namespace

TEST_CASE("a version 2 model reads back with its run's state: every word of the sampler, all 64 bits", "[model][v2]") {
  const Result<Model> r = parse_model(kGoodModelV2, "good.json");
  INFO((ok(r) ? std::string("parsed") : std::get<Error>(r).text()));
  REQUIRE(ok(r));
  const Model& m = std::get<Model>(r);
  REQUIRE(m.run.has_value());
  CHECK(m.version() == 2);
  CHECK(m.steps_done == 500);
  CHECK(m.run->sampler == SamplerState(Random::State{18446744073709551615ULL, 1, 9007199254740993ULL, 0}));
  CHECK_FALSE(m.run->dead_at_step.has_value());
  CHECK(m.run->data.origin == DataOrigin::book);
  CHECK(m.run->data.rows == 1345);
  CHECK(m.run->data.fingerprint == 0x0123456789abcdefULL);
  // Written again, it reads back the same.
  const Result<Model> again = parse_model(model_json(m), "again.json");
  REQUIRE(ok(again));
  CHECK(std::get<Model>(again).run == m.run);
  check_bit_exact(std::get<Model>(again), m);
}

TEST_CASE("train to 500, save, load, go on to 1000: the same parameters, bit for bit, as 1000 in one go", "[model][v2]") {
  const std::string path = tmp_path("model_resume.json");
  const DataSet data = default_dataset();
  for (const Options& o : resumable_runs()) {
    INFO("hidden " << o.hidden << ", " << name_of(o.activation) << ", " << name_of(o.schedule) << ", L " << o.learning_rate);
    Trainer whole(data, o);
    REQUIRE(whole.advance(1000) == 1000);
    Trainer first(data, o);
    REQUIRE(first.advance(500) == 500);
    const Model saved = save_and_load(model_of(first), path);
    REQUIRE(saved.run.has_value());
    CHECK(saved.run == model_of(first).run);
    REQUIRE(continuation_problem(saved, data).empty());
    Trainer second(data, saved.options);
    second.restore(trainer_state_of(saved));
    REQUIRE(second.advance(500) == 500);
    CHECK(second.parameters() == whole.parameters());
    check_bit_exact(model_of(second), model_of(whole));
    CHECK(model_of(second).run == model_of(whole).run);
    // The files are the same bytes.
    CHECK(model_json(model_of(second)) == model_json(model_of(whole)));
    if (o.learning_rate == 50) {
      REQUIRE(whole.dead_network().has_value());
      CHECK(saved.run->dead_at_step == std::optional<long long>(whole.dead_network()->step));
    }
  }
}

TEST_CASE("a run goes on only on its data, and a version 1 file cannot go on", "[model][v2]") {
  const DataSet book = default_dataset();
  const Model m = seed_model_at(book, 100, 50);
  CHECK(continuation_problem(m, book).empty());
  CHECK(continuation_problem(m, synthetic_dataset()) ==
        "the run trained on the book's data set (1345 rows, fingerprint " + fingerprint_text(fingerprint_of(book.samples)) +
            "), not on the synthetic data set (1345 rows, fingerprint " + fingerprint_text(fingerprint_of(synthetic_dataset().samples)) +
            "): a run goes on only on the data it began with");
  // The same rows from a file: the same data, wherever they came from.
  DataSet copy = book;
  copy.origin = DataOrigin::file;
  copy.source = "copy.csv";
  CHECK(continuation_problem(m, copy).empty());
  copy.samples.pop_back();
  CHECK(continuation_problem(m, copy).find("not on the file copy.csv (1344 rows") != std::string::npos);
  Model v1 = m;
  v1.run.reset();
  CHECK(v1.version() == 1);
  CHECK(continuation_problem(v1, book).rfind("a version 1 model file holds the parameters but not the state of the sample order", 0) == 0);
  // A version 1 file is written as version 1 (no run's state), and reads back so.
  const Result<Model> back = parse_model(model_json(v1), "v1.json");
  REQUIRE(ok(back));
  CHECK(model_json(v1).find("\"version\": 1,") != std::string::npos);
  CHECK_FALSE(std::get<Model>(back).run.has_value());
}

TEST_CASE("the data's fingerprint: FNV-1a over R, G, B, label of each row, pinned for the book", "[model][v2]") {
  CHECK(fingerprint_of({}) == 14695981039346656037ULL);
  // One row (1, 2, 3, 1) by hand: FNV-1a's four rounds.
  std::uint64_t h = 14695981039346656037ULL;
  for (int byte : {1, 2, 3, 1}) h = (h ^ static_cast<std::uint64_t>(byte)) * 1099511628211ULL;
  CHECK(fingerprint_of({Sample{Rgb{1, 2, 3}, 1}}) == h);
  // Order matters: the same rows in another order are another data set (another split, another run).
  CHECK(fingerprint_of({Sample{Rgb{1, 2, 3}, 1}, Sample{Rgb{4, 5, 6}, 0}}) !=
        fingerprint_of({Sample{Rgb{4, 5, 6}, 0}, Sample{Rgb{1, 2, 3}, 1}}));
  CHECK(fingerprint_text(0xabcULL) == "0000000000000abc");
  CHECK(parse_fingerprint("0000000000000ABC") == std::optional<std::uint64_t>(0xabcULL));
  CHECK_FALSE(parse_fingerprint("abc").has_value());
  CHECK_FALSE(parse_fingerprint("000000000000000g").has_value());
  const DataIdentity book = identity_of(default_dataset());
  CHECK(book.origin == DataOrigin::book);
  CHECK(book.rows == 1345);
  CHECK(fingerprint_text(book.fingerprint) == "f8378eb348317c93");  // computed apart, in Python, from data/light_dark_font_training_set.csv
}

TEST_CASE("every malformed version 2 model file gets its exact error", "[model][v2]") {
  const std::vector<Malformed> cases = {
      {"no sampler", good_v2_with("  \"sampler\": [\"18446744073709551615\", \"1\", \"9007199254740993\", \"0\"],\n", ""),
       "bad.json: line 1, column 1: model: the key \"sampler\" is missing"},
      {"a sampler word as a number", good_v2_with("\"1\", \"9007", "1, \"9007"),
       "bad.json: line 17, column 39: sampler[1]: expected a string, found a number"},
      {"a sampler word past 64 bits", good_v2_with("18446744073709551615", "18446744073709551616"),
       "bad.json: line 17, column 15: sampler[0]: expected a whole number from 0 to 18446744073709551615 in a string, "
       "found \"18446744073709551616\" (it overflows a 64-bit whole number)"},
      {"a sampler word with a sign", good_v2_with("\"1\", \"9007", "\"-1\", \"9007"),
       "bad.json: line 17, column 39: sampler[1]: expected a whole number from 0 to 18446744073709551615 in a string, "
       "found \"-1\""},
      {"three sampler words", good_v2_with(", \"0\"]", "]"),
       "bad.json: line 17, column 14: sampler: expected 4 words (the generator's state), found 3"},
      {"four zero words", good_v2_with("[\"18446744073709551615\", \"1\", \"9007199254740993\", \"0\"]", "[\"0\", \"0\", \"0\", \"0\"]"),
       "bad.json: line 17, column 14: sampler: four zero words are not a state of the generator (it would draw 0 for ever)"},
      {"dead after the steps done", good_v2_with("\"dead_at_step\": null", "\"dead_at_step\": 501"),
       "bad.json: line 18, column 19: dead_at_step: expected a whole number from 0 to 500, found 501"},
      {"an unknown origin", good_v2_with("\"origin\": \"book\"", "\"origin\": \"books\""),
       "bad.json: line 16, column 22: data.origin: expected one of book, synthetic, file, labels, found \"books\""},
      {"a file name for the book", good_v2_with("\"origin\": \"book\",", "\"origin\": \"book\", \"file\": \"a.csv\","),
       "bad.json: line 16, column 38: data.file: only a data set from a file has a file name"},
      {"a short fingerprint", good_v2_with("0123456789abcdef", "0123456789abcde"),
       "bad.json: line 16, column 59: data.fingerprint: expected 16 hex digits, found \"0123456789abcde\""},
      {"rows below 3", good_v2_with("\"rows\": 1345", "\"rows\": 2"),
       "bad.json: line 16, column 38: data.rows: expected a whole number from 3 to 1000000000, found 2"},
      {"an unknown key in data", good_v2_with("\"rows\": 1345,", "\"rows\": 1345, \"name\": \"x\","),
       "bad.json: line 16, column 52: data: unknown key \"name\": expected one of origin, file, rows, fingerprint"},
  };
  for (const Malformed& c : cases) {
    INFO(c.what);
    const Result<Model> parsed = parse_model(c.text, "bad.json");
    REQUIRE_FALSE(ok(parsed));
    CHECK(std::get<Error>(parsed).text() == c.error);
  }
}

TEST_CASE("a model's run is replayed to check it: an edited sampler, death step or parameter is named", "[model][v2]") {
  const DataSet book = default_dataset();
  const Model m = seed_model_at(book, 300, 200);
  Trainer replay(book, m.options);
  replay.advance(m.steps_done);
  CHECK(replay_mismatch(m, replay).empty());
  Model edited = m;
  std::get<Random::State>(edited.run->sampler)[2] ^= 1;
  CHECK(replay_mismatch(edited, replay) == "at step 200 the run its options describe has another sampler than the file: it "
                                           "was not saved by this version of fontshade, or it was edited");
  edited = m;
  edited.run->dead_at_step = 5;
  CHECK(replay_mismatch(edited, replay).find("has another dead_at_step than the file") != std::string::npos);
  edited = m;
  edited.parameters.w_hidden(1, 2) = std::nextafter(edited.parameters.w_hidden(1, 2), 2.0);
  CHECK(replay_mismatch(edited, replay).find("has another w_hidden[1][2] than the file") != std::string::npos);
  Trainer short_replay(book, m.options);
  short_replay.advance(150);
  CHECK(replay_mismatch(m, short_replay) == "its run stops at step 150 (the end), before the model's step 200");
}

TEST_CASE("a model's text over 1 MiB is refused unread, and its data.file is escaped in messages", "[model]") {
  const Result<Model> huge = parse_model(std::string(kMaxModelBytes + 1, ' '), "huge.json");
  REQUIRE_FALSE(ok(huge));
  CHECK(std::get<Error>(huge).text() == "huge.json: the file is larger than 1 MiB");
  DataIdentity id;
  id.origin = DataOrigin::file;
  id.file = std::string("\x1b]0;owned\x07") + '\0' + "x.csv";
  id.rows = 3;
  CHECK(describe_identity(id) == "the file \\x1B]0;owned\\x07\\x00x.csv (3 rows, fingerprint 0000000000000000)");
}
