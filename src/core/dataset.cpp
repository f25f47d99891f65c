#include "dataset.hpp"

#include <algorithm>
#include <numeric>

#include "colour_rules.hpp"
#include "random.hpp"
#include "random_streams.hpp"

namespace fontshade {

DataSet default_dataset() {
  DataSet data;
  data.synthetic = true;
  data.source = "synthetic: 1,345 random colours labelled by the luma rule";
  Random random(kDefaultDataSeed, kStreamDefaultData);
  data.samples.reserve(kDefaultDataRows);
  for (int i = 0; i < kDefaultDataRows; ++i) {
    Rgb c;
    c.r = static_cast<int>(random.index(256));
    c.g = static_cast<int>(random.index(256));
    c.b = static_cast<int>(random.index(256));
    data.samples.push_back({c, luma_label(c)});
  }
  return data;
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

}  // namespace fontshade
