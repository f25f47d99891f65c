#include "core/network/options.hpp"

#include <array>
#include <variant>

#include "core/network/option_reader.hpp"
#include <utility>

namespace fontshade {
namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr NameTable<Activation, 4> kActivations{{{Activation::relu, "relu"},
                                                 {Activation::leaky_relu, "leaky_relu"},
                                                 {Activation::tanh, "tanh"},
                                                 {Activation::logistic, "logistic"}}};
constexpr NameTable<Cost, 2> kCosts{{{Cost::squared_error, "squared_error"}, {Cost::cross_entropy, "cross_entropy"}}};
constexpr NameTable<Init, 2> kInits{{{Init::uniform01, "uniform01"}, {Init::he, "he"}}};
constexpr NameTable<Schedule, 2> kSchedules{{{Schedule::constant, "constant"}, {Schedule::linear, "linear"}}};
constexpr NameTable<GradientMode, 2> kGradients{{{GradientMode::true_gradient, "true"}, {GradientMode::chapter, "chapter"}}};
constexpr NameTable<Rng, 2> kRngs{{{Rng::fontshade, "fontshade"}, {Rng::numpy, "numpy"}}};
constexpr NameTable<TrainerKind, 2> kTrainers{{{TrainerKind::chapter, "chapter"}, {TrainerKind::sklearn, "sklearn"}}};

template <typename Enum, std::size_t N>
std::string_view find_name(const NameTable<Enum, N>& table, Enum value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> find_value(const NameTable<Enum, N>& table, std::string_view name) {
  for (const auto& [e, n] : table)
    if (n == name) return e;
  return std::nullopt;
}

}  // namespace

std::string Options::validate() const {
  // Checked where every option is checked: the options, written as text and read back.
  const auto read = read_options(Options{}, option_texts(*this), OptionNames::script);
  return std::holds_alternative<std::string>(read) ? std::get<std::string>(read) : std::string();
}

Options preset_seed() { return Options{}; }

Options preset_tuned() {
  Options o;
  o.cost = Cost::cross_entropy;
  o.schedule = Schedule::linear;
  o.learning_rate = 0.5;
  o.final_learning_rate = 0.005;
  o.steps = 300000;
  return o;
}

std::optional<Options> preset_named(std::string_view name) {
  if (name == "seed") return preset_seed();
  if (name == "tuned") return preset_tuned();
  return std::nullopt;
}

std::string_view preset_name_of(const Options& options) {
  for (std::string_view name : preset_names()) {
    Options preset = *preset_named(name);
    preset.seed = options.seed;
    if (preset == options) return name;
  }
  return "custom";
}

std::vector<std::string_view> preset_names() { return {"seed", "tuned"}; }

std::string_view name_of(Activation v) { return find_name(kActivations, v); }
std::string_view name_of(Cost v) { return find_name(kCosts, v); }
std::string_view name_of(Init v) { return find_name(kInits, v); }
std::string_view name_of(Schedule v) { return find_name(kSchedules, v); }
std::string_view name_of(GradientMode v) { return find_name(kGradients, v); }
std::string_view name_of(Rng v) { return find_name(kRngs, v); }
std::string_view name_of(TrainerKind v) { return find_name(kTrainers, v); }
std::optional<Activation> parse_activation(std::string_view s) { return find_value(kActivations, s); }
std::optional<Cost> parse_cost(std::string_view s) { return find_value(kCosts, s); }
std::optional<Init> parse_init(std::string_view s) { return find_value(kInits, s); }
std::optional<Schedule> parse_schedule(std::string_view s) { return find_value(kSchedules, s); }
std::optional<GradientMode> parse_gradient(std::string_view s) { return find_value(kGradients, s); }
std::optional<Rng> parse_rng(std::string_view s) { return find_value(kRngs, s); }
std::optional<TrainerKind> parse_trainer(std::string_view s) { return find_value(kTrainers, s); }

}  // namespace fontshade
