#include "core/network/options.hpp"

#include <variant>

#include "core/network/option_reader.hpp"

namespace fontshade {

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

}  // namespace fontshade
