#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "core/data/dataset.hpp"
#include "core/base/error.hpp"
#include "core/network/options.hpp"

namespace fontshade::cli {

// --data, --preset and the options that override the preset (in any order: the preset comes first).
std::vector<Flag> training_flags();
// Their help: --data, --preset, then every option from the options' table (option_table.hpp).
std::string training_flags_help();

struct TrainingSetup {
  std::string preset = "seed";
  Options options;
  DataSet data;
};

// Reads the flags and loads the data (the book's set without --data). On failure sets
// *error and *exit_code.
// scikit-learn's trainer (--trainer sklearn) is refused unless `any_trainer`: its steps are mini-batches.
std::optional<TrainingSetup> training_setup(const Arguments& args, std::string* error, int* exit_code, bool any_trainer = false);

}  // namespace fontshade::cli
