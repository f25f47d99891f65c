#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/limits.hpp"
#include "core/data/dataset.hpp"  // SplitRule

namespace fontshade {

enum class Activation { relu, leaky_relu, tanh, logistic };
enum class Cost { squared_error, cross_entropy };
// uniform01: every weight and bias uniform in [0, 1), as in the chapter.
// he: He-uniform weights, U(-sqrt(6/fan_in), sqrt(6/fan_in)), biases 0.
enum class Init { uniform01, he };
// constant: L every step (the chapter). linear: from L at the first step to final L at the last.
enum class Schedule { constant, linear };
// true_gradient: the chain rule node by node (the default). chapter: the chapter's NumPy, whose
// dC_dA1 @ dA1_dZ1 is a (1x3)(3x1) product that sums over the hidden nodes, so every row of w_hidden
// (and every b_hidden) gets the same update. Named "true" and "chapter".
enum class GradientMode { true_gradient, chapter };
// Where the run's random numbers come from. fontshade: its own generator, one stream each for the
// split, the starting weights and the sample order (any seed up to 2^64 - 1). numpy: NumPy's legacy
// generator after np.random.seed(seed) (seed < 2^32), drawn in the notebook's order: the split as
// train_test_split(test_size=1/3) draws it, then rand for w_hidden, w_output, b_hidden, b_output,
// then np.random.choice(n, 1, replace=False) every step, so the run is the student's notebook's.
enum class Rng { fontshade, numpy };
// What a step is. chapter: one training row drawn, forward, backward, every parameter moved by
// -L x its gradient (the chapter's NumPy loop). sklearn: one mini-batch of scikit-learn's
// MLPClassifier(solver='sgd'), the chapter's second program (network/mlp.hpp): its own cost
// (log-loss + L2), momentum, Glorot start and stopping rule, always from NumPy's generator; `steps`
// is then its max_iter (epochs), and cost, init, schedule, final L, gradient and rng do not apply.
enum class TrainerKind { chapter, sklearn };
// np.random.seed takes 0 <= seed < 2^32.
constexpr std::uint64_t kMaxNumpySeed = 4294967295ULL;


// Everything that defines a training run. The defaults are the chapter's, exactly.
struct Options {
  int hidden = 3;
  Activation activation = Activation::relu;
  Cost cost = Cost::squared_error;
  Init init = Init::uniform01;
  Schedule schedule = Schedule::constant;
  double learning_rate = 0.05;        // L
  double final_learning_rate = 0.05;  // used by Schedule::linear only
  long long steps = 100000;
  std::uint64_t seed = 1;
  GradientMode gradient = GradientMode::true_gradient;
  Rng rng = Rng::fontshade;
  TrainerKind trainer = TrainerKind::chapter;
  SplitRule split = SplitRule::random;  // which rows train: the chapter's random 2/3, or a region of the cube

  // The learning rate used by SGD step `step` (1-based). Inline: called every step.
  inline double learning_rate_at(long long step) const;
  // Empty when the options are usable, otherwise what is wrong with them.
  std::string validate() const;
  bool operator==(const Options&) const = default;
};

// "seed": the chapter unchanged. "tuned": still 3-3-1 ReLU, chosen to learn the luma rule exactly.
Options preset_seed();
Options preset_tuned();
std::optional<Options> preset_named(std::string_view name);
// "seed" or "tuned" when the options are that preset's (whatever the seed), otherwise "custom".
std::string_view preset_name_of(const Options& options);
std::vector<std::string_view> preset_names();

// A choice's name ("leaky_relu"), from the options' table (option_table.cpp).
std::string_view name_of(Activation);
std::string_view name_of(Cost);
std::string_view name_of(Init);
std::string_view name_of(Schedule);
std::string_view name_of(GradientMode);
std::string_view name_of(Rng);
std::string_view name_of(TrainerKind);
std::string_view name_of(SplitRule);

inline double Options::learning_rate_at(long long step) const {
  if (schedule == Schedule::constant || steps <= 1) return learning_rate;
  const long long clamped = step < 1 ? 1 : (step > steps ? steps : step);
  const double progress = static_cast<double>(clamped - 1) / static_cast<double>(steps - 1);
  return learning_rate + (final_learning_rate - learning_rate) * progress;
}

}  // namespace fontshade
