#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/network/options.hpp"
#include "core/network/records.hpp"

namespace fontshade {

// One step's worked arithmetic, for slides and notes: json (the trace line, 17 digits), markdown or
// latex (numbers with `digits` significant digits; every formula with its numbers and its result, in
// the chapter's order and names).
enum class StepFormat { json, markdown, latex };
std::optional<StepFormat> parse_step_format(std::string_view name);

// The words around the formulas, in the reader's language (English unless the app passes its own).
struct StepExportWords {
  std::string step = "SGD step";
  std::string sample = "sample";
  std::string forward = "Forward pass";
  std::string backward = "Backward pass: the chain rule";
  std::string update = "Update";
  std::string parameter = "parameter";
  std::string after = "after";
};

std::string export_step(const StepRecord& r, const Options& o, StepFormat format, int digits,
                        const StepExportWords& words = {});

}  // namespace fontshade
