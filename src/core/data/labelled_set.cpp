#include "core/data/labelled_set.hpp"

#include <algorithm>

#include "core/colour/colour_rules.hpp"

namespace fontshade {
namespace {

int label_of(int y) { return y == 1 ? 1 : 0; }

Rgb clamped(Rgb c) { return Rgb{std::clamp(c.r, 0, 255), std::clamp(c.g, 0, 255), std::clamp(c.b, 0, 255)}; }

RuleAgreement agreement_of(int agree, int total) {
  return RuleAgreement{agree, total, total > 0 ? static_cast<double>(agree) / total : 0.0};
}

}  // namespace

int LabelledSet::label(Rgb c, int y) {
  const Rgb colour = clamped(c);
  if (auto at = find(colour)) {
    entries_[static_cast<std::size_t>(*at)].label = label_of(y);
    return *at;
  }
  entries_.push_back(Sample{colour, label_of(y)});
  return size() - 1;
}

bool LabelledSet::relabel(int index, int y) {
  if (index < 0 || index >= size()) return false;
  entries_[static_cast<std::size_t>(index)].label = label_of(y);
  return true;
}

bool LabelledSet::remove(int index) {
  if (index < 0 || index >= size()) return false;
  entries_.erase(entries_.begin() + index);
  return true;
}

std::optional<int> LabelledSet::find(Rgb c) const {
  for (int i = 0; i < size(); ++i)
    if (entries_[static_cast<std::size_t>(i)].colour == c) return i;
  return std::nullopt;
}

DataSet LabelledSet::to_dataset(std::string source) const {
  DataSet data;
  data.samples = entries_;
  data.source = std::move(source);
  data.origin = DataOrigin::labels;
  return data;
}

std::string LabelledSet::csv_text() const {
  std::string text = "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n";
  for (const Sample& s : entries_)
    text += std::to_string(s.colour.r) + "," + std::to_string(s.colour.g) + "," + std::to_string(s.colour.b) + "," +
            std::to_string(s.label) + "\n";
  return text;
}

LabelAgreement LabelledSet::agreement() const {
  int yiq = 0, wcag2 = 0, apca = 0;
  for (const Sample& s : entries_) {
    const bool dark = s.label == 1;
    yiq += yiq_rule(s.colour).dark == dark;
    wcag2 += wcag2_rule(s.colour).dark == dark;
    apca += apca_rule(s.colour).dark == dark;
  }
  return LabelAgreement{agreement_of(yiq, size()), agreement_of(wcag2, size()), agreement_of(apca, size())};
}

}  // namespace fontshade
