// Fuzzes parse_csv: any bytes give either a data set the format allows or an error that points
// inside the text; and a data set written back as R,G,B,label rows reads as the same rows.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "core/data/csv.hpp"
#include "invariant.hpp"

using namespace fontshade;

namespace {

// Byte length of 1-based line `n` (its \n excluded), or -1 when the text has fewer lines.
long long line_length(std::string_view text, int n) {
  std::size_t start = 0;
  for (int i = 1; i < n; ++i) {
    const std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return -1;
    start = nl + 1;
  }
  const std::size_t end = std::min(text.find('\n', start), text.size());
  return static_cast<long long>(end - start);
}

void check_error(const Error& e, std::string_view text) {
  FUZZ_INVARIANT(!e.message.empty());
  FUZZ_INVARIANT(e.source == "fuzz.csv");
  FUZZ_INVARIANT(e.line >= 0 && e.column >= 0);
  FUZZ_INVARIANT(e.line > 0 || e.column == 0);
  if (e.line > 0) {
    // Columns count characters, and one past the end names a missing field: never beyond that.
    const long long length = line_length(text, e.line);
    FUZZ_INVARIANT(length >= 0);
    FUZZ_INVARIANT(e.column <= length + 1);
  }
}

void check_data(const DataSet& data) {
  const auto rows = static_cast<long long>(data.samples.size());
  FUZZ_INVARIANT(rows >= kMinCsvRows && rows <= kMaxCsvRows);
  FUZZ_INVARIANT(data.source == "fuzz.csv" && data.origin == DataOrigin::file);
  std::string again;
  for (const Sample& s : data.samples) {
    FUZZ_INVARIANT(s.colour.r >= 0 && s.colour.r <= 255);
    FUZZ_INVARIANT(s.colour.g >= 0 && s.colour.g <= 255);
    FUZZ_INVARIANT(s.colour.b >= 0 && s.colour.b <= 255);
    FUZZ_INVARIANT(s.label == 0 || s.label == 1);
    again += std::to_string(s.colour.r) + "," + std::to_string(s.colour.g) + "," + std::to_string(s.colour.b) + "," +
             std::to_string(s.label) + "\n";
  }
  const Result<DataSet> reread = parse_csv(again, "fuzz.csv");
  FUZZ_INVARIANT(ok(reread));
  const DataSet& same = std::get<DataSet>(reread);
  FUZZ_INVARIANT(same.samples.size() == data.samples.size());
  for (std::size_t i = 0; i < same.samples.size(); ++i) {
    FUZZ_INVARIANT(same.samples[i].colour == data.samples[i].colour);
    FUZZ_INVARIANT(same.samples[i].label == data.samples[i].label);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  const Result<DataSet> parsed = parse_csv(text, "fuzz.csv");
  if (ok(parsed))
    check_data(std::get<DataSet>(parsed));
  else
    check_error(std::get<Error>(parsed), text);
  return 0;
}
