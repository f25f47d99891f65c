#include "training_setup.hpp"

#include "command.hpp"
#include "data_source.hpp"

namespace fontshade::cli {

std::vector<Flag> training_flags() {
  return {{"data"}, {"preset"}, {"seed"}, {"steps"}, {"lr"}, {"final-lr"}, {"schedule"},
          {"hidden"}, {"activation"}, {"cost"}, {"init"}};
}

const char* const kTrainingFlagsHelp =
    "  --data DATA        book (the default: the chapter's 1,345 rows, built in), synthetic (1,345 random\n"
    "                     colours, luma-rule labels, built in) or a CSV file in the book's format\n"
    "                     (RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND; 1 = dark text).\n"
    "  --preset NAME      seed (the chapter: 3 relu, squared_error, uniform01, L 0.05, 100000 steps)\n"
    "                     or tuned (3 relu, cross_entropy, L 0.5 -> 0.005 linear, 300000 steps). Default seed.\n"
    "  --seed N           random seed: split, starting weights and sample order (default 1)\n"
    "  --steps N          SGD steps\n"
    "  --lr X             learning rate L (the first step's, with --schedule linear)\n"
    "  --final-lr X       learning rate of the last step with --schedule linear\n"
    "  --schedule S       constant | linear\n"
    "  --hidden H         hidden nodes, 1 to 16\n"
    "  --activation A     relu | leaky_relu | tanh | logistic (hidden layer)\n"
    "  --cost C           squared_error | cross_entropy\n"
    "  --init I           uniform01 (chapter) | he (He-uniform weights, zero biases)\n";

std::optional<TrainingSetup> training_setup(const Arguments& args, std::string* error, int* exit_code) {
  TrainingSetup setup;
  *exit_code = kUsage;
  const auto usage = [&](std::string message) -> std::optional<TrainingSetup> {
    *error = std::move(message);
    return std::nullopt;
  };
  if (auto name = args.value("preset")) {
    auto preset = preset_named(*name);
    if (!preset) return usage("--preset: expected seed or tuned, found \"" + *name + "\"");
    setup.preset = *name;
    setup.options = *preset;
  }
  Options& o = setup.options;
  if (auto v = args.value("seed")) {
    auto seed = parse_seed("seed", *v, error);
    if (!seed) return std::nullopt;
    o.seed = *seed;
  }
  if (auto v = args.value("steps")) {
    auto steps = parse_whole("steps", *v, 0, 1000000000, error);
    if (!steps) return std::nullopt;
    o.steps = *steps;
  }
  if (auto v = args.value("hidden")) {
    auto hidden = parse_whole("hidden", *v, kMinHidden, kMaxHidden, error);
    if (!hidden) return std::nullopt;
    o.hidden = static_cast<int>(*hidden);
  }
  if (auto v = args.value("lr")) {
    auto lr = parse_positive("lr", *v, error);
    if (!lr) return std::nullopt;
    o.learning_rate = *lr;
  }
  if (auto v = args.value("final-lr")) {
    auto lr = parse_positive("final-lr", *v, error);
    if (!lr) return std::nullopt;
    o.final_learning_rate = *lr;
  }
  if (auto v = args.value("schedule")) {
    auto s = parse_schedule(*v);
    if (!s) return usage("--schedule: expected constant or linear, found \"" + *v + "\"");
    o.schedule = *s;
  }
  if (auto v = args.value("activation")) {
    auto a = parse_activation(*v);
    if (!a) return usage("--activation: expected relu, leaky_relu, tanh or logistic, found \"" + *v + "\"");
    o.activation = *a;
  }
  if (auto v = args.value("cost")) {
    auto c = parse_cost(*v);
    if (!c) return usage("--cost: expected squared_error or cross_entropy, found \"" + *v + "\"");
    o.cost = *c;
  }
  if (auto v = args.value("init")) {
    auto i = parse_init(*v);
    if (!i) return usage("--init: expected uniform01 or he, found \"" + *v + "\"");
    o.init = *i;
  }
  // With a constant schedule the final rate is the rate: keep them equal so saved models say so.
  if (o.schedule == Schedule::constant) {
    if (args.has("final-lr"))
      return usage("--final-lr needs --schedule linear (with a constant schedule every step uses --lr)");
    o.final_learning_rate = o.learning_rate;
  }
  if (const std::string problem = o.validate(); !problem.empty()) return usage(problem);

  if (auto path = args.value("data")) {
    if (path->empty()) return usage("--data: expected book, synthetic or a CSV file's name, found an empty name");
    if (auto e = load_data(*path, setup.data)) {
      *exit_code = kBadInput;
      return usage(e->text());
    }
  } else {
    setup.data = default_dataset();
  }
  *exit_code = kOk;
  return setup;
}

}  // namespace fontshade::cli
