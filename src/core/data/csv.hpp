#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/data/dataset.hpp"
#include "core/base/error.hpp"

namespace fontshade {

constexpr long long kMaxCsvRows = 1000000;
constexpr long long kMaxCsvBytes = 64LL * 1024 * 1024;
constexpr long long kMinCsvRows = 3;  // at least 2 to train on and 1 to test

// The book's format: an optional header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND, then one row a colour,
// integers 0-255 and a label 0/1. Accepts CRLF, a UTF-8 BOM, spaces around fields and blank trailing
// lines; anything else is an Error naming the line and column. `source` names the file in messages.
Result<DataSet> parse_csv(std::string_view text, const std::string& source);

// Reads a file and parses it into `current`. On failure returns the error and leaves `current`
// exactly as it was.
std::optional<Error> load_csv_file(const std::string& path, DataSet& current);


}  // namespace fontshade
