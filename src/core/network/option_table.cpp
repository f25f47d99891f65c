#include "core/network/option_table.hpp"

#include <cassert>
#include <type_traits>

#include "core/base/number_text.hpp"  // format_double

namespace fontshade {
namespace {

// A field of Options as an OptionValue and back: an enum as its index among the row's choices.
template <typename T>
OptionValue to_value(T v) {
  if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::uint64_t>) return v;
  else return static_cast<long long>(v);
}
template <typename T>
void from_value(T& field, const OptionValue& v) {
  if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::uint64_t>) field = std::get<T>(v);
  else field = static_cast<T>(std::get<long long>(v));
}
template <auto Member>
constexpr OptionField field() {
  return {[](const Options& o) { return to_value(o.*Member); },
          [](Options& o, const OptionValue& v) { from_value(o.*Member, v); }};
}

constexpr OptionChoice kActivations[] = {{"relu"}, {"leaky_relu"}, {"tanh"}, {"logistic"}};
constexpr OptionChoice kCosts[] = {{"squared_error"}, {"cross_entropy"}};
constexpr OptionChoice kInits[] = {{.name = "uniform01", .help = "chapter"},
                                   {.name = "he", .help = "He-uniform weights, zero biases"}};
constexpr OptionChoice kSchedules[] = {{.name = "constant", .shown = "constant"}, {.name = "linear", .shown = "linear"}};
constexpr OptionChoice kGradients[] = {
    {.name = "true", .shown = "true", .help = "the chain rule node by node, default"},
    {.name = "chapter",
     .shown = "the chapter's",
     .help = "the chapter's NumPy: dC_dA1 @ dA1_dZ1 sums over the hidden nodes, every w_hidden row moves alike"},
};

constexpr OptionChoice kSplits[] = {
    {.name = "random", .shown = "random 2/3 : 1/3", .help = "the chapter's: 2/3 train, 1/3 test, shuffled by the seed"},
    {.name = "r_high", .shown = "train where R >= 128", .help = "train on the colours with R >= 128, test on the rest"},
    {.name = "g_high", .shown = "train where G >= 128", .help = "train on the colours with G >= 128, test on the rest"},
    {.name = "b_high", .shown = "train where B >= 128", .help = "train on the colours with B >= 128, test on the rest"},
    {.name = "rg_high", .shown = "train where R and G >= 128", .help = "train on the colours with R >= 128 and G >= 128, test on the rest"},
};

constexpr OptionChoice kRngs[] = {
    {.name = "fontshade", .help = "its own generator, default"},
    {.name = "numpy",
     .help = "np.random.seed(N) and the notebook's draws: train_test_split, rand for the weights, choice each step; "
             "N from 0 to 4294967295"},
};
constexpr OptionChoice kTrainers[] = {
    {.name = "chapter", .shown = "the chapter's", .help = "one row a step, default"},
    {.name = "sklearn", .shown = "scikit-learn's", .help = "fontshade-cli mlp's, the app's scikit-learn trainer"},
};

// scikit-learn's trainer has its own cost, start, schedule and gradient (its defaults): these options
// do not apply to it.
constexpr bool chapter_trainer(const Options& o) { return o.trainer == TrainerKind::chapter; }

// Texts in `.display`, `.tooltip`, `.edit_tip`, `.slider_tip`, `.unused_tip` and a choice's `.shown`
// are the app's, in English: tests/app/check_translations.py finds them here by those names.
constexpr OptionSpec kSpecs[] = {
    {.name = "hidden", .file_key = "hidden", .kind = OptionKind::whole, .min = kMinHidden, .max = kMaxHidden,
     .field = field<&Options::hidden>(),
     .cli_value = "H", .cli_help = "hidden nodes, 1 to 16",
     .display = "hidden nodes",
     .tooltip = "How many nodes the hidden layer has, 1 to 16 (the chapter: 3).",
     .edit_tip = "Drag or click for 1 to 16 hidden nodes (Ctrl+click to type); the new run starts when you let go.",
     .tab_row = 6},
    {.name = "activation", .file_key = "activation", .kind = OptionKind::choice, .choices = kActivations,
     .field = field<&Options::activation>(),
     .cli_value = "A", .cli_help = "hidden layer",
     .display = "activation",
     .tooltip = "The hidden nodes' function: relu (the chapter), leaky_relu (slope 0.01 below 0), tanh or logistic.",
     .tab_row = 7},
    {.name = "cost", .file_key = "cost", .kind = OptionKind::choice, .choices = kCosts,
     .field = field<&Options::cost>(),
     .cli_value = "C",
     .display = "cost",
     .tooltip = "squared_error: (A2 - Y)^2, the chapter's. cross_entropy: the logistic output's own cost, whose gradient does not fade when A2 is confidently wrong.",
     .applies = chapter_trainer, 
     .unused_tip = "scikit-learn's trainer has its own: log-loss with L2 alpha 1e-4, Glorot-uniform start, a constant L with momentum 0.9 (Nesterov), the true gradient.",
     .tab_row = 8},
    {.name = "init", .file_key = "init", .kind = OptionKind::choice, .choices = kInits,
     .field = field<&Options::init>(),
     .cli_value = "I",
     .display = "init",
     .tooltip = "uniform01: every weight and bias uniform in [0, 1), the chapter's. he: weights uniform in +-sqrt(6 / inputs), biases 0.",
     .applies = chapter_trainer, 
     .unused_tip = "scikit-learn's trainer has its own: log-loss with L2 alpha 1e-4, Glorot-uniform start, a constant L with momentum 0.9 (Nesterov), the true gradient.",
     .tab_row = 9},
    {.name = "schedule", .file_key = "schedule", .kind = OptionKind::choice, .choices = kSchedules,
     .field = field<&Options::schedule>(),
     .cli_value = "S",
     .display = "schedule",
     .tooltip = "Constant: L every step (the chapter). Linear: from L at the first step to the final L at the last.",
     .applies = chapter_trainer, 
     .unused_tip = "scikit-learn's trainer has its own: log-loss with L2 alpha 1e-4, Glorot-uniform start, a constant L with momentum 0.9 (Nesterov), the true gradient.",
     .tab_row = 2},
    {.name = "lr", .file_key = "learning_rate", .kind = OptionKind::positive_number,
     .field = field<&Options::learning_rate>(),
     .cli_value = "X", .cli_help = "learning rate L (the first step's, with --schedule linear)",
     .display = "L",
     .tooltip = "The learning rate: how far each step moves the weights against the gradient. The chapter uses 0.05; 50 kills every ReLU node.",
     .edit_tip = "Type a learning rate and press Enter. A new run starts.",
     .slider_min = 1e-4, .slider_max = 100,
     .slider_tip = "Drag on a logarithmic scale, from 0.0001 to 100; the new run starts when you let go.",
     .tab_row = 1},
    {.name = "final_lr", .file_key = "final_learning_rate", .kind = OptionKind::positive_number,
     .field = field<&Options::final_learning_rate>(),
     .cli_value = "X", .cli_help = "learning rate of the last step with --schedule linear",
     .display = "final L",
     .tooltip = "The learning rate of the last step, for a linear schedule. With a constant schedule it is L.",
     .edit_tip = "Type the last step's learning rate and press Enter. A new run starts.",
     .applies = [](const Options& o) { return o.schedule == Schedule::linear && o.trainer == TrainerKind::chapter; },
     .unused_tip = "Only for a linear schedule: with a constant schedule every step uses L.",
     .tab_row = 3},
    {.name = "steps", .file_key = "steps", .kind = OptionKind::whole, .min = 0, .max = kMaxSteps,
     .field = field<&Options::steps>(),
     .cli_value = "N", .cli_help = "SGD steps",
     .display = "steps",
     .tooltip = "How many SGD steps the run takes (the chapter: 100,000).",
     .edit_tip = "Type a number of steps and press Enter. A new run starts.",
     .tab_row = 4},
    {.name = "seed", .file_key = "seed", .kind = OptionKind::seed,
     .field = field<&Options::seed>(),
     .cli_value = "N", .cli_help = "random seed: split, starting weights and sample order (default 1)",
     .display = "seed",
     .tooltip = "Which run: the split, the starting weights and the order of the samples. The same seed is the same run everywhere.",
     .edit_tip = "Type a seed and press Enter. A new run starts.",
     .tab_row = 5},
    {.name = "gradient", .file_key = "gradient", .kind = OptionKind::choice, .choices = kGradients,
     .field = field<&Options::gradient>(),
     .cli_value = "G",
     .display = "gradient",
     .tooltip = "True: the chain rule node by node. The chapter's: dC_dW1 and dC_dB1 as the chapter's NumPy computes them, summed over the hidden nodes.",
     .applies = chapter_trainer, 
     .unused_tip = "scikit-learn's trainer has its own: log-loss with L2 alpha 1e-4, Glorot-uniform start, a constant L with momentum 0.9 (Nesterov), the true gradient.",
     .tab_row = 10},
    {.name = "rng", .file_key = "rng", .kind = OptionKind::choice, .choices = kRngs,
     .field = field<&Options::rng>(),
     .cli_value = "R",
     .display = "random numbers",
     .tooltip = "fontshade: its own generator. numpy: NumPy's, after np.random.seed(seed), drawn as the chapter's notebook draws them, so a notebook shows the same numbers.",
     .applies = chapter_trainer, .unused_tip = "scikit-learn always draws from NumPy's generator.",
     .tab_row = 12},
    {.name = "trainer", .file_key = "trainer", .kind = OptionKind::choice, .choices = kTrainers,
     .field = field<&Options::trainer>(),
     .cli_value = "T",
     .display = "trainer",
     .tooltip = "What a step is. The chapter's: one training colour, forward, backward, update. scikit-learn's: one mini-batch of MLPClassifier(solver='sgd'), the chapter's second program; steps is then its max_iter (epochs at most).",
     .tab_row = 11},
    {.name = "split", .file_key = "split", .kind = OptionKind::choice, .choices = kSplits,
     .field = field<&Options::split>(),
     .cli_value = "S", .cli_help = "which rows train and which test",
     .display = "split",
     .tooltip = "Which rows train and which only test. Random: the chapter's 2/3 and 1/3, by the seed. A region: train on one part of the colour cube and test on the rest, like a model trained at one hospital and used at another.",
     .applies = chapter_trainer, .unused_tip = "scikit-learn's trainer splits its own way: train_test_split's 2/3 and 1/3.",
     .tab_row = 13},
};

template <typename Enum>
std::string_view name_in(std::span<const OptionChoice> choices, Enum v) {
  const auto i = static_cast<std::size_t>(v);
  return i < choices.size() ? choices[i].name : "?";
}

}  // namespace

std::span<const OptionSpec> option_specs() { return kSpecs; }

const OptionSpec* find_option(std::string_view name) {
  std::string underscored(name);
  for (char& c : underscored)
    if (c == '-') c = '_';
  for (const OptionSpec& s : kSpecs)
    if (s.name == underscored || s.file_key == name) return &s;
  return nullptr;
}

const OptionSpec& option_spec(std::string_view name) {
  const OptionSpec* spec = find_option(name);
  assert(spec && "an option the code names is in the table");
  return spec ? *spec : kSpecs[0];
}

bool option_applies(const OptionSpec& spec, const Options& options) { return !spec.applies || spec.applies(options); }

std::string option_text(const OptionSpec& spec, const OptionValue& value) {
  switch (spec.kind) {
    case OptionKind::whole: return std::to_string(std::get<long long>(value));
    case OptionKind::positive_number: return format_double(std::get<double>(value));
    case OptionKind::seed: return std::to_string(std::get<std::uint64_t>(value));
    case OptionKind::choice: {
      const auto i = static_cast<std::size_t>(std::get<long long>(value));
      return i < spec.choices.size() ? std::string(spec.choices[i].name) : "?";
    }
  }
  return {};
}

int choice_index(const OptionSpec& spec, std::string_view name) {
  for (std::size_t i = 0; i < spec.choices.size(); ++i)
    if (spec.choices[i].name == name) return static_cast<int>(i);
  return -1;
}

std::string_view name_of(Activation v) { return name_in(kActivations, v); }
std::string_view name_of(Cost v) { return name_in(kCosts, v); }
std::string_view name_of(Init v) { return name_in(kInits, v); }
std::string_view name_of(Schedule v) { return name_in(kSchedules, v); }
std::string_view name_of(GradientMode v) { return name_in(kGradients, v); }
std::string_view name_of(SplitRule v) { return name_in(kSplits, v); }
std::string_view name_of(Rng v) { return name_in(kRngs, v); }
std::string_view name_of(TrainerKind v) { return name_in(kTrainers, v); }

}  // namespace fontshade
