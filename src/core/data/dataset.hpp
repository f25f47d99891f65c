#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/numpy_random.hpp"
#include "core/colour/colour.hpp"

namespace fontshade {

// One row of the book's CSV: a background colour and the font shade that reads best on it.
struct Sample {
  Rgb colour;
  int label = 0;  // 1 = dark text, 0 = light text (black background -> 0)
  bool operator==(const Sample&) const = default;
};

// Where a data set came from: one of the sets built into the programs, a file, or the colours a
// student labelled by hand (labelled_set.hpp).
enum class DataOrigin { book, synthetic, file, labels };

struct DataSet {
  std::vector<Sample> samples;
  std::string source;  // the file's name, or the built-in set's description
  DataOrigin origin = DataOrigin::file;

  bool synthetic() const { return origin == DataOrigin::synthetic; }
  bool builtin() const { return origin == DataOrigin::book || origin == DataOrigin::synthetic; }
  bool from_file() const { return origin == DataOrigin::file; }
};

// The chapter's own data set, built into every program (data/light_dark_font_training_set.csv, from
// thomasnield/machine-learning-demo-data): 1,345 rows, 833 dark / 512 light. The default everywhere,
// so a student sees the chapter's data.
DataSet book_dataset();
// 1,345 colours from a seeded generator, labelled by the luma rule (the rule the book's labels
// follow). Made by fontshade, and says so wherever it is shown.
DataSet synthetic_dataset();
constexpr int kSyntheticDataRows = 1345;
constexpr std::uint64_t kSyntheticDataSeed = 20240607;
// The book's set.
DataSet default_dataset();

// The built-in sets by the names the CLI, links and the app use: "book" and "synthetic".
constexpr std::string_view kBookDataName = "book";
constexpr std::string_view kSyntheticDataName = "synthetic";
std::optional<DataSet> builtin_dataset(std::string_view name);
// "book", "synthetic", or "" for a file or a student's labels.
std::string_view builtin_name(DataOrigin origin);

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
// The chapter's own split, as `train_test_split(X, Y, test_size=1/3)` draws it from NumPy's global
// generator (scikit-learn 1.2, random_state=None): one permutation of every row; the first
// ceil((1/3) * n) rows of it test, the rest train, each in the permutation's order (not sorted:
// X_train[i] in the notebook is the row split.train[i]).
Split split_rows_numpy(int rows, NumpyRandom& random);

// Which rows train and which test. random: the chapter's 2/3 : 1/3, shuffled by the seed
// (split_rows). The others put a region of the colour cube in training and test on the rest, as a
// model trained at one hospital is used at another (the chapter's warning about data drift):
// r_high, g_high, b_high train on the colours whose R, G or B is at least 128 (half the cube);
// rg_high on those with R and G both at least 128 (the yellows, pinks and whites, nearly all dark text).
enum class SplitRule { random, r_high, g_high, b_high, rg_high };
// Whether a colour is in the training region of a region rule (random: every colour).
bool in_training_region(SplitRule rule, const Rgb& colour);
// The split a rule makes of these rows (a region rule ignores the seed). A region that holds no row,
// or every row, leaves one side empty: split_problem says so, and the run refuses such data.
Split split_data(const DataSet& data, SplitRule rule, std::uint64_t seed);
// Empty when the rule leaves rows on both sides; else what is wrong ("split rg_high: none of the 12
// colours has R and G of 128 or more, so nothing would train").
std::string split_problem(const DataSet& data, SplitRule rule);

}  // namespace fontshade
