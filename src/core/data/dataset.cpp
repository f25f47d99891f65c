#include "core/data/dataset.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/colour/colour_rules.hpp"
#include "core/data/csv.hpp"
#include "core/base/random.hpp"
#include "core/base/random_streams.hpp"

// The book's CSV, embedded at build time from data/ (src/core/CMakeLists.txt).
extern const unsigned char fontshade_book_csv[];
extern const std::size_t fontshade_book_csv_size;

namespace fontshade {
namespace {
constexpr const char* kBookSource = "book: light_dark_font_training_set.csv (Nield, Essential Math for Data Science, ch. 7)";
}  // namespace

DataSet book_dataset() {
  // Parsed once: the embedded text is the project's copy of the book's file, so it always parses.
  static const DataSet book = [] {
    const std::string_view text(reinterpret_cast<const char*>(fontshade_book_csv), fontshade_book_csv_size);
    Result<DataSet> parsed = parse_csv(text, kBookSource);
    DataSet data = ok(parsed) ? std::get<DataSet>(std::move(parsed)) : DataSet{};
    data.origin = DataOrigin::book;
    return data;
  }();
  return book;
}

DataSet synthetic_dataset() {
  DataSet data;
  data.origin = DataOrigin::synthetic;
  data.source = "synthetic: 1,345 random colours labelled by the luma rule";
  Random random(kSyntheticDataSeed, kStreamSyntheticData);
  data.samples.reserve(kSyntheticDataRows);
  for (int i = 0; i < kSyntheticDataRows; ++i) {
    Rgb c;
    c.r = static_cast<int>(random.index(256));
    c.g = static_cast<int>(random.index(256));
    c.b = static_cast<int>(random.index(256));
    data.samples.push_back({c, luma_label(c)});
  }
  return data;
}

DataSet default_dataset() { return book_dataset(); }

std::optional<DataSet> builtin_dataset(std::string_view name) {
  if (name == kBookDataName) return book_dataset();
  if (name == kSyntheticDataName) return synthetic_dataset();
  return std::nullopt;
}

std::string_view builtin_name(DataOrigin origin) {
  switch (origin) {
    case DataOrigin::book: return kBookDataName;
    case DataOrigin::synthetic: return kSyntheticDataName;
    case DataOrigin::file: return "";
    case DataOrigin::labels: return "";
  }
  return "";
}

DataFacts facts_of(const DataSet& data) {
  DataFacts f;
  f.rows = static_cast<long long>(data.samples.size());
  std::vector<int> keys;
  keys.reserve(data.samples.size());
  for (const Sample& s : data.samples) {
    keys.push_back((s.colour.r << 16) | (s.colour.g << 8) | s.colour.b);
    (s.label == 1 ? f.dark : f.light) += 1;
  }
  std::sort(keys.begin(), keys.end());
  f.distinct_colours = std::unique(keys.begin(), keys.end()) - keys.begin();
  return f;
}

Split split_rows(int rows, std::uint64_t seed) {
  std::vector<int> order(static_cast<std::size_t>(rows));
  std::iota(order.begin(), order.end(), 0);
  Random random(seed, kStreamSplit);
  for (int i = rows - 1; i > 0; --i) std::swap(order[i], order[random.index(static_cast<std::uint32_t>(i + 1))]);
  const int test_rows = (rows + 2) / 3;
  Split split;
  split.test.assign(order.begin(), order.begin() + test_rows);
  split.train.assign(order.begin() + test_rows, order.end());
  std::sort(split.test.begin(), split.test.end());
  std::sort(split.train.begin(), split.train.end());
  return split;
}

bool in_training_region(SplitRule rule, const Rgb& c) {
  constexpr int kHalf = 128;
  switch (rule) {
    case SplitRule::random: return true;
    case SplitRule::r_high: return c.r >= kHalf;
    case SplitRule::g_high: return c.g >= kHalf;
    case SplitRule::b_high: return c.b >= kHalf;
    case SplitRule::rg_high: return c.r >= kHalf && c.g >= kHalf;
  }
  return true;
}

Split split_data(const DataSet& data, SplitRule rule, std::uint64_t seed) {
  const int rows = static_cast<int>(data.samples.size());
  if (rule == SplitRule::random) return split_rows(rows, seed);
  Split split;
  for (int row = 0; row < rows; ++row)
    (in_training_region(rule, data.samples[static_cast<std::size_t>(row)].colour) ? split.train : split.test).push_back(row);
  return split;
}

std::string split_problem(const DataSet& data, SplitRule rule) {
  if (rule == SplitRule::random) return {};
  const Split split = split_data(data, rule, 0);
  if (!split.train.empty() && !split.test.empty()) return {};
  const char* region = rule == SplitRule::r_high   ? "R of 128 or more"
                       : rule == SplitRule::g_high ? "G of 128 or more"
                       : rule == SplitRule::b_high ? "B of 128 or more"
                                                   : "R and G of 128 or more";
  const std::string rows = std::to_string(data.samples.size());
  return split.train.empty() ? "none of the " + rows + " colours has " + std::string(region) + ", so nothing would train"
                             : "all " + rows + " colours have " + std::string(region) + ", so nothing would be left to test";
}

Split split_rows_numpy(int rows, NumpyRandom& random) {
  const std::vector<int> order = random.permutation(rows);
  // n_test = ceil(test_size * n_samples) with test_size the double 1/3, as scikit-learn computes it.
  const auto test_rows = static_cast<std::ptrdiff_t>(std::ceil((1.0 / 3.0) * rows));
  Split split;
  split.test.assign(order.begin(), order.begin() + test_rows);
  split.train.assign(order.begin() + test_rows, order.end());
  return split;
}

}  // namespace fontshade
