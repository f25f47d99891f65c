#include "cli/training_setup.hpp"

#include "cli/command.hpp"
#include "core/data/data_source.hpp"
#include "core/network/option_reader.hpp"

namespace fontshade::cli {

std::vector<Flag> training_flags() {
  std::vector<Flag> flags = {{"data"}, {"preset"}};
  for (const OptionSpec& s : option_specs()) flags.push_back({option_label(s, OptionNames::cli).substr(2)});
  return flags;
}

const char* const kTrainingFlagsHelp =
    "  --data DATA        book (the default: the chapter's 1,345 rows, built in), synthetic (1,345 random\n"
    "                     colours, luma-rule labels, built in) or a CSV file in the book's format\n"
    "                     (RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND; 1 = dark text).\n"
    "  --preset NAME      seed (the chapter: 3 relu, squared_error, uniform01, L 0.05, 100000 steps)\n"
    "                     or tuned (3 relu, cross_entropy, L 0.5 -> 0.005 linear, 300000 steps). Default seed.\n"
    "  --seed N           random seed: split, starting weights and sample order (default 1)\n"
    "  --rng R            fontshade (its own generator, default) | numpy (np.random.seed(N) and the\n"
    "                     notebook's draws: train_test_split, rand for the weights, choice each step;\n"
    "                     N from 0 to 4294967295)\n"
    "  --steps N          SGD steps\n"
    "  --lr X             learning rate L (the first step's, with --schedule linear)\n"
    "  --final-lr X       learning rate of the last step with --schedule linear\n"
    "  --schedule S       constant | linear\n"
    "  --hidden H         hidden nodes, 1 to 16\n"
    "  --activation A     relu | leaky_relu | tanh | logistic (hidden layer)\n"
    "  --cost C           squared_error | cross_entropy\n"
    "  --init I           uniform01 (chapter) | he (He-uniform weights, zero biases)\n"
    "  --gradient G       true (the chain rule node by node, default) | chapter (the chapter's NumPy:\n"
    "                     dC_dA1 @ dA1_dZ1 sums over the hidden nodes, every w_hidden row moves alike)\n"
    "  --trainer T        chapter (one row a step, default); sklearn is fontshade-cli mlp's (the app's\n"
    "                     scikit-learn trainer)\n";

std::optional<TrainingSetup> training_setup(const Arguments& args, std::string* error, int* exit_code, bool any_trainer) {
  TrainingSetup setup;
  *exit_code = kUsage;
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [name, value] : args.values())
    if (is_option_name(name)) pairs.emplace_back(name, value);
  auto read = read_options(preset_seed(), pairs, OptionNames::cli);
  if (auto* problem = std::get_if<std::string>(&read)) {
    *error = *problem;
    return std::nullopt;
  }
  setup.options = std::get<Options>(read);
  if (setup.options.trainer == TrainerKind::sklearn && !any_trainer) {
    *error = "--trainer sklearn: the scikit-learn trainer's steps are mini-batches; fontshade-cli mlp trains it "
             "(--seed, --hidden, --activation, --lr, --max-iter, --data)";
    return std::nullopt;
  }
  if (auto name = args.value("preset")) setup.preset = *name;

  if (auto path = args.value("data")) {
    if (path->empty()) {
      *error = "--data: expected book, synthetic or a CSV file's name, found an empty name";
      return std::nullopt;
    }
    if (auto e = load_data(*path, setup.data)) {
      *exit_code = kBadInput;
      *error = e->text();
      return std::nullopt;
    }
  } else {
    setup.data = default_dataset();
  }
  *exit_code = kOk;
  return setup;
}

}  // namespace fontshade::cli
