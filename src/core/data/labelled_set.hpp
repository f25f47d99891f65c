#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace fontshade {

// How a student's labels agree with one designer's rule: the labels whose shade the rule also picks.
struct RuleAgreement {
  int agree = 0;
  int total = 0;
  double fraction = 0;  // agree / total in [0, 1]; 0 when there are no labels
};

// "How do your labels agree with YIQ, WCAG 2 and APCA?"
struct LabelAgreement {
  RuleAgreement yiq;
  RuleAgreement wcag2;
  RuleAgreement apca;
};

// The colours a student labelled by hand, each with the shade of text they read best on it
// (1 = dark text, 0 = light, as in the book's CSV). Each colour appears once: labelling a colour that
// is already there changes its label in place. Kept in the order the colours were first labelled.
class LabelledSet {
 public:
  // Labels colour c with y (1 = dark text; any other value is taken as 0 = light text) and returns its
  // index. Channels outside 0-255 are clamped into it, so every entry is a colour the CSV can hold.
  int label(Rgb c, int y);
  // Changes the label of entry `index`; false (and no change) when there is no such entry.
  bool relabel(int index, int y);
  // Removes entry `index`; the entries after it move up by one. False when there is no such entry.
  bool remove(int index);
  void clear();

  int size() const { return static_cast<int>(entries_.size()); }
  bool empty() const { return entries_.empty(); }
  const std::vector<Sample>& entries() const { return entries_; }
  // The index of a colour, if it is labelled.
  std::optional<int> find(Rgb c) const;

  // A data set to train on (origin: labels), the entries in order. Training needs at least 3 rows
  // (kMinCsvRows), which the caller checks.
  DataSet to_dataset(std::string source) const;
  // The book's CSV format: the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND and one row a colour,
  // "\n" line ends. parse_csv reads it back to the same samples (given at least 3 of them).
  std::string csv_text() const;
  // For each rule, how many labels pick the shade the rule picks. Kept up to date as labels change (the
  // panel asks every frame; ten thousand labels would cost it 130,000 pow() calls a frame).
  LabelAgreement agreement() const;

 private:
  // Adds (+1) or takes away (-1) one entry's agreement with each rule.
  void count(const Sample& s, int sign);

  std::vector<Sample> entries_;
  int agree_yiq_ = 0, agree_wcag2_ = 0, agree_apca_ = 0;
};

}  // namespace fontshade
