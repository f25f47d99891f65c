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

void LabelledSet::count(const Sample& s, int sign) {
  const bool dark = s.label == 1;
  agree_yiq_ += sign * (yiq_rule(s.colour).dark == dark);
  agree_wcag2_ += sign * (wcag2_rule(s.colour).dark == dark);
  agree_apca_ += sign * (apca_rule(s.colour).dark == dark);
}

int LabelledSet::label(Rgb c, int y) {
  const Rgb colour = clamped(c);
  if (auto at = find(colour)) {
    relabel(*at, y);
    return *at;
  }
  entries_.push_back(Sample{colour, label_of(y)});
  count(entries_.back(), +1);
  return size() - 1;
}

bool LabelledSet::relabel(int index, int y) {
  if (index < 0 || index >= size()) return false;
  Sample& e = entries_[static_cast<std::size_t>(index)];
  count(e, -1);
  e.label = label_of(y);
  count(e, +1);
  return true;
}

bool LabelledSet::remove(int index) {
  if (index < 0 || index >= size()) return false;
  count(entries_[static_cast<std::size_t>(index)], -1);
  entries_.erase(entries_.begin() + index);
  return true;
}

void LabelledSet::clear() {
  entries_.clear();
  agree_yiq_ = agree_wcag2_ = agree_apca_ = 0;
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
  return LabelAgreement{agreement_of(agree_yiq_, size()), agreement_of(agree_wcag2_, size()), agreement_of(agree_apca_, size())};
}

}  // namespace fontshade
