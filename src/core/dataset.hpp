#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "colour.hpp"

namespace fontshade {

// One row of the book's CSV: a background colour and the font shade that reads best on it.
struct Sample {
  Rgb colour;
  int label = 0;  // 1 = dark text, 0 = light text (black background -> 0)
};

struct DataSet {
  std::vector<Sample> samples;
  std::string source;      // file name, or a description of the synthetic set
  bool synthetic = false;  // made by default_dataset(), not read from a file
};

// The project's own data set, used when no file is given: 1,345 colours from a seeded generator,
// labelled by the luma rule (the rule the book's labels follow). Synthetic, and says so.
DataSet default_dataset();
constexpr int kDefaultDataRows = 1345;
constexpr std::uint64_t kDefaultDataSeed = 20240607;

// The facts a teacher wants before training: rows, distinct colours (repeats leak between train and
// test), class balance.
struct DataFacts {
  long long rows = 0;
  long long distinct_colours = 0;
  long long dark = 0;   // rows labelled 1
  long long light = 0;  // rows labelled 0
};
DataFacts facts_of(const DataSet& data);

// 2/3 train, 1/3 test, shuffled by the seed: test gets ceil(n / 3) rows, as scikit-learn's
// train_test_split(test_size=1/3) in the chapter. Row numbers are 0-based and sorted.
struct Split {
  std::vector<int> train;
  std::vector<int> test;
};
Split split_rows(int rows, std::uint64_t seed);

}  // namespace fontshade
