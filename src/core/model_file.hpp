#pragma once
#include <string>
#include <string_view>

#include "error.hpp"
#include "options.hpp"
#include "parameters.hpp"

namespace fontshade {

constexpr std::string_view kModelFormat = "fontshade-model";
constexpr int kModelVersion = 1;

// A trained network: how it was trained and every parameter.
struct Model {
  Options options;
  Parameters parameters;
  long long steps_done = 0;
};

// {"format": "fontshade-model", "version": 1, "options": {...}, "steps_done": N,
//  "w_hidden": [[...], ...], "b_hidden": [...], "w_output": [[...]], "b_output": x}
std::string model_json(const Model& m);
// Validates everything: format tag, version, every option, shapes against options.hidden, finiteness.
// Errors name the line, the column and the key.
Result<Model> parse_model(std::string_view text, const std::string& source);
Result<Model> load_model_file(const std::string& path);
std::optional<Error> save_model_file(const std::string& path, const Model& m);

}  // namespace fontshade
