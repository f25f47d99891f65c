// The one reader of training options: the same ranges, choices, defaults and rules whether the
// options come from the command line, a model file, a script or a link; only the names in the
// messages follow the caller.
#include <variant>

#include "fixtures.hpp"
#include "core/network/option_reader.hpp"

using namespace fontshade;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Options read_ok(const Pairs& pairs, const Options& base = preset_seed()) {
  const auto r = read_options(base, pairs, OptionNames::script);
  INFO((std::holds_alternative<std::string>(r) ? std::get<std::string>(r) : std::string("read")));
  REQUIRE(std::holds_alternative<Options>(r));
  return std::get<Options>(r);
}

std::string problem(const Pairs& pairs, OptionNames style) {
  const auto r = read_options(preset_seed(), pairs, style);
  REQUIRE(std::holds_alternative<std::string>(r));
  return std::get<std::string>(r);
}

}  // namespace

TEST_CASE("options: every one by name, on top of the chapter's, in any spelling", "[options]") {
  const Options o = read_ok({{"hidden", "5"}, {"activation", "tanh"}, {"cost", "cross_entropy"}, {"init", "he"},
                             {"schedule", "linear"}, {"lr", "0.5"}, {"final-lr", "0.005"}, {"steps", "300"},
                             {"seed", "18446744073709551615"}, {"gradient", "chapter"}});
  CHECK(o.hidden == 5);
  CHECK(o.activation == Activation::tanh);
  CHECK(o.cost == Cost::cross_entropy);
  CHECK(o.init == Init::he);
  CHECK(o.schedule == Schedule::linear);
  CHECK(o.learning_rate == 0.5);
  CHECK(o.final_learning_rate == 0.005);
  CHECK(o.steps == 300);
  CHECK(o.seed == 18446744073709551615ULL);
  CHECK(o.gradient == GradientMode::chapter);
  // The model file's keys name the same options.
  CHECK(read_ok({{"learning_rate", "0.25"}}).learning_rate == 0.25);
  // Nothing given: the base, and the base defaults to the chapter: 3 relu, L 0.05, 100,000 steps, true gradient.
  CHECK(read_ok({}) == preset_seed());
  CHECK(preset_seed().gradient == GradientMode::true_gradient);
}

TEST_CASE("options: a preset comes first wherever it is given, and keeps the seed", "[options]") {
  Options base = preset_seed();
  base.seed = 42;
  const Options o = read_ok({{"lr", "0.1"}, {"preset", "tuned"}}, base);
  CHECK(o.learning_rate == 0.1);                // given after the preset's 0.5, wins
  CHECK(o.final_learning_rate == 0.005);        // the preset's
  CHECK(o.steps == 300000);
  CHECK(o.seed == 42);
  CHECK(read_ok({{"preset", "custom"}, {"hidden", "7"}}, base).hidden == 7);  // custom keeps the base
  CHECK(problem({{"preset", "fast"}}, OptionNames::cli) == "--preset: expected one of seed, tuned, custom, found \"fast\"");
}

TEST_CASE("options: a constant schedule uses L every step", "[options]") {
  CHECK(read_ok({{"lr", "0.2"}}).final_learning_rate == 0.2);
  CHECK(read_ok({{"lr", "0.2"}, {"final_lr", "0.2"}}).final_learning_rate == 0.2);  // saying the same is harmless
  CHECK(problem({{"final_lr", "0.001"}}, OptionNames::cli) ==
        "--final-lr needs --schedule linear (with a constant schedule every step uses --lr)");
  CHECK(problem({{"final_lr", "0.001"}}, OptionNames::script) ==
        "final_lr needs schedule linear (with a constant schedule every step uses lr)");
  CHECK(read_ok({{"schedule", "linear"}, {"final_lr", "0.001"}}).final_learning_rate == 0.001);
}

TEST_CASE("options: each bad value is named, in the caller's names", "[options]") {
  CHECK(problem({{"hidden", "17"}}, OptionNames::cli) == "--hidden: expected a whole number from 1 to 16, found \"17\"");
  CHECK(problem({{"hidden", "0"}}, OptionNames::script) == "hidden: expected a whole number from 1 to 16, found \"0\"");
  CHECK(problem({{"hidden", "3.5"}}, OptionNames::file) == "options.hidden: expected a whole number from 1 to 16, found 3.5");
  CHECK(problem({{"lr", "0"}}, OptionNames::cli) == "--lr: expected a positive number, found \"0\"");
  CHECK(problem({{"lr", "nan"}}, OptionNames::script) == "lr: expected a positive number, found \"nan\"");
  CHECK(problem({{"lr", "1e999"}}, OptionNames::script) ==
        "lr: expected a positive number, found \"1e999\" (it overflows a double: its magnitude is past 1.8e308)");
  CHECK(problem({{"steps", "-1"}}, OptionNames::cli) == "--steps: expected a whole number from 0 to 1000000000, found \"-1\"");
  CHECK(problem({{"seed", "-1"}}, OptionNames::file) ==
        "options.seed: expected a whole number from 0 to 18446744073709551615, found -1");
  CHECK(problem({{"activation", "softmax"}}, OptionNames::cli) ==
        "--activation: expected one of relu, leaky_relu, tanh, logistic, found \"softmax\"");
  CHECK(problem({{"gradient", "false"}}, OptionNames::script) == "gradient: expected one of true, chapter, found \"false\"");
  CHECK(problem({{"momentum", "0.9"}}, OptionNames::script) ==
        "unknown option momentum: expected one of preset, hidden, activation, cost, init, schedule, lr, final_lr, steps, "
        "seed, gradient, rng, trainer, split");
  CHECK(check_option_value("lr", "0.1", OptionNames::script).empty());
  CHECK(check_option_value("learning_rate", "0", OptionNames::file) == "options.learning_rate: expected a positive number, found 0");
}

TEST_CASE("options: numbers are read strictly: no sign, space, hex or inf, an overflow named", "[options][numbers]") {
  CHECK(problem({{"steps", "+5"}}, OptionNames::cli) == "--steps: expected a whole number from 0 to 1000000000, found \"+5\"");
  CHECK(problem({{"steps", " 5"}}, OptionNames::cli) == "--steps: expected a whole number from 0 to 1000000000, found \" 5\"");
  CHECK(problem({{"hidden", "+3"}}, OptionNames::script) == "hidden: expected a whole number from 1 to 16, found \"+3\"");
  CHECK(problem({{"lr", "0x10"}}, OptionNames::script) == "lr: expected a positive number, found \"0x10\"");
  CHECK(problem({{"lr", " 0.1"}}, OptionNames::cli) == "--lr: expected a positive number, found \" 0.1\"");
  CHECK(problem({{"lr", "+0.1"}}, OptionNames::cli) == "--lr: expected a positive number, found \"+0.1\"");
  CHECK(problem({{"lr", "inf"}}, OptionNames::cli) == "--lr: expected a positive number, found \"inf\"");
  CHECK(problem({{"lr", "1e999"}}, OptionNames::cli) ==
        "--lr: expected a positive number, found \"1e999\" (it overflows a double: its magnitude is past 1.8e308)");
  CHECK(problem({{"steps", "99999999999999999999"}}, OptionNames::cli) ==
        "--steps: expected a whole number from 0 to 1000000000, found \"99999999999999999999\" (it overflows a 64-bit "
        "whole number)");
  CHECK(problem({{"seed", "18446744073709551616"}}, OptionNames::script) ==
        "seed: expected a whole number from 0 to 18446744073709551615, found \"18446744073709551616\" (it overflows a "
        "64-bit whole number)");
  CHECK(problem({{"seed", " 5"}}, OptionNames::script) ==
        "seed: expected a whole number from 0 to 18446744073709551615, found \" 5\"");
  // What a script or a link typed is escaped in the message.
  CHECK(problem({{"activation", "\x1b[31mrelu"}}, OptionNames::script) ==
        "activation: expected one of relu, leaky_relu, tanh, logistic, found \"\\x1B[31mrelu\"");
  CHECK(problem({{"\x1b[2J", "1"}}, OptionNames::script).rfind("unknown option \\x1B[2J: expected one of", 0) == 0);
  CHECK(read_ok({{"lr", ".5"}, {"steps", "0100"}}).learning_rate == 0.5);
}

TEST_CASE("options: written as text, they read back to the same bits", "[options]") {
  Options o = preset_tuned();
  o.learning_rate = 0.1 + 0.2;  // 0.30000000000000004
  o.seed = 987654321987654321ULL;
  o.gradient = GradientMode::chapter;
  const Pairs texts = option_texts(o);
  REQUIRE(texts.size() == option_specs().size());
  CHECK(texts[5] == std::pair<std::string, std::string>{"lr", "0.30000000000000004"});
  CHECK(read_ok(texts, preset_seed()) == o);
  CHECK(o.validate().empty());
  Options bad = o;
  bad.hidden = 40;
  CHECK(bad.validate() == "hidden: expected a whole number from 1 to 16, found \"40\"");
}
