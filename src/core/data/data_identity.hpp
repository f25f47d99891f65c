#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/dataset.hpp"

namespace fontshade {

// Which data a run trained on, as a model file records it, so that a saved run goes on only on the
// data it began with: where the set came from (a built-in set's name, a file, a student's labels), a
// file's name for messages, the row count and a fingerprint of the rows (FNV-1a, 64 bits, over R, G,
// B and the label of every row in order: the same rows in the same order give the same fingerprint).
struct DataIdentity {
  DataOrigin origin = DataOrigin::book;
  std::string file;  // a file's name as it was given; empty for the other origins
  long long rows = 0;
  std::uint64_t fingerprint = 0;
  bool operator==(const DataIdentity&) const = default;
};

std::uint64_t fingerprint_of(const std::vector<Sample>& samples);
DataIdentity identity_of(const DataSet& data);

// "book", "synthetic", "file", "labels", and back.
std::string_view origin_name(DataOrigin origin);
std::optional<DataOrigin> parse_origin(std::string_view name);
// The fingerprint as 16 lower-case hex digits, and back (exactly 16 hex digits).
std::string fingerprint_text(std::uint64_t fingerprint);
std::optional<std::uint64_t> parse_fingerprint(std::string_view text);

// "the book's data set (1345 rows)", "the file colours.csv (40 rows)", ...
std::string describe_identity(const DataIdentity& identity);
// Empty when `data` holds the rows `trained_on` names (the same count and fingerprint, wherever they
// came from); else a sentence saying what the run trained on and what `data` is.
std::string data_mismatch(const DataIdentity& trained_on, const DataSet& data);

}  // namespace fontshade
