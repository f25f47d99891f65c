#include "core/network/chain_rule.hpp"

#include <cstddef>

namespace fontshade {
namespace {

using Q = Quantity;

constexpr std::array<std::pair<Quantity, std::string_view>, 24> kNames{{
    {Q::X, "X"}, {Q::Y, "Y"},
    {Q::w_hidden, "w_hidden"}, {Q::b_hidden, "b_hidden"}, {Q::w_output, "w_output"}, {Q::b_output, "b_output"},
    {Q::Z1, "Z1"}, {Q::A1, "A1"}, {Q::Z2, "Z2"}, {Q::A2, "A2"}, {Q::C, "C"},
    {Q::dC_dA2, "dC_dA2"}, {Q::dA2_dZ2, "dA2_dZ2"}, {Q::dZ2_dA1, "dZ2_dA1"}, {Q::dZ2_dW2, "dZ2_dW2"},
    {Q::dZ2_dB2, "dZ2_dB2"}, {Q::dA1_dZ1, "dA1_dZ1"}, {Q::dZ1_dW1, "dZ1_dW1"}, {Q::dZ1_dB1, "dZ1_dB1"},
    {Q::dC_dW2, "dC_dW2"}, {Q::dC_dB2, "dC_dB2"}, {Q::dC_dA1, "dC_dA1"}, {Q::dC_dW1, "dC_dW1"}, {Q::dC_dB1, "dC_dB1"},
}};

constexpr auto kQuantities = [] {
  std::array<Quantity, kNames.size()> all{};
  for (std::size_t i = 0; i < kNames.size(); ++i) all[i] = kNames[i].first;
  return all;
}();

constexpr Quantity kParameters[] = {Q::w_hidden, Q::b_hidden, Q::w_output, Q::b_output};

// The chapter's backward_prop, line by line.
constexpr std::array<GradientFactors, 5> kGradients{{
    {Q::dC_dW2, {Q::dC_dA2, Q::dA2_dZ2, Q::dZ2_dW2}},
    {Q::dC_dB2, {Q::dC_dA2, Q::dA2_dZ2, Q::dZ2_dB2}},
    {Q::dC_dA1, {Q::dC_dA2, Q::dA2_dZ2, Q::dZ2_dA1}},
    {Q::dC_dW1, {Q::dC_dA1, Q::dA1_dZ1, Q::dZ1_dW1}},
    {Q::dC_dB1, {Q::dC_dA1, Q::dA1_dZ1, Q::dZ1_dB1}},
}};

constexpr Quantity kRevealSample[] = {Q::X, Q::Y, Q::w_hidden, Q::b_hidden, Q::w_output, Q::b_output};
constexpr Quantity kRevealZ1[] = {Q::Z1};
constexpr Quantity kRevealA1[] = {Q::A1};
constexpr Quantity kRevealZ2[] = {Q::Z2};
constexpr Quantity kRevealA2[] = {Q::A2};
constexpr Quantity kRevealC[] = {Q::C};
constexpr Quantity kRevealdC_dA2[] = {Q::dC_dA2};
constexpr Quantity kRevealdA2_dZ2[] = {Q::dA2_dZ2};
constexpr Quantity kRevealdC_dW2[] = {Q::dZ2_dW2, Q::dZ2_dB2, Q::dC_dW2, Q::dC_dB2};
constexpr Quantity kRevealdC_dA1[] = {Q::dZ2_dA1, Q::dC_dA1};
constexpr Quantity kRevealdA1_dZ1[] = {Q::dA1_dZ1};
constexpr Quantity kRevealdC_dW1[] = {Q::dZ1_dW1, Q::dZ1_dB1, Q::dC_dW1, Q::dC_dB1};

constexpr unsigned kForwardHidden = kInputNodes | kHiddenEdges | kHiddenBiases | kHiddenNodes;
constexpr unsigned kForwardOutput = kHiddenNodes | kOutputEdges | kOutputBias | kOutputNode;
constexpr unsigned kEveryParameter = kHiddenEdges | kHiddenBiases | kOutputEdges | kOutputBias;

constexpr std::array<PhaseInfo, kPhaseCount> kPhases{{
    {Phase::sample, "sample", Direction::forward, kRevealSample, kInputNodes},
    {Phase::Z1, "Z1", Direction::forward, kRevealZ1, kForwardHidden},
    {Phase::A1, "A1", Direction::forward, kRevealA1, kHiddenNodes},
    {Phase::Z2, "Z2", Direction::forward, kRevealZ2, kForwardOutput},
    {Phase::A2, "A2", Direction::forward, kRevealA2, kOutputNode},
    {Phase::C, "C", Direction::forward, kRevealC, kOutputNode},
    {Phase::dC_dA2, "dC_dA2", Direction::backward, kRevealdC_dA2, kOutputNode},
    {Phase::dA2_dZ2, "dA2_dZ2", Direction::backward, kRevealdA2_dZ2, kOutputNode},
    {Phase::dC_dW2, "dC_dW2", Direction::backward, kRevealdC_dW2, kOutputEdges | kOutputBias},
    {Phase::dC_dA1, "dC_dA1", Direction::backward, kRevealdC_dA1, kOutputEdges | kHiddenNodes},
    {Phase::dA1_dZ1, "dA1_dZ1", Direction::backward, kRevealdA1_dZ1, kHiddenNodes},
    {Phase::dC_dW1, "dC_dW1", Direction::backward, kRevealdC_dW1, kHiddenEdges | kHiddenBiases},
    {Phase::update, "update", Direction::update, {}, kEveryParameter},
}};

}  // namespace

std::string_view name_of(Quantity q) {
  for (const auto& [quantity, name] : kNames)
    if (quantity == q) return name;
  return "?";
}

std::optional<Quantity> parse_quantity(std::string_view name) {
  for (const auto& [quantity, n] : kNames)
    if (n == name) return quantity;
  return std::nullopt;
}

std::span<const Quantity> quantities() { return kQuantities; }
std::span<const Quantity> parameter_quantities() { return kParameters; }

std::span<const GradientFactors> gradient_factors() { return kGradients; }

std::span<const Quantity> chain_rule_factors() {
  static constexpr Quantity kFactors[] = {Q::dC_dA2, Q::dA2_dZ2, Q::dZ2_dA1, Q::dZ2_dW2,
                                          Q::dZ2_dB2, Q::dA1_dZ1, Q::dZ1_dW1, Q::dZ1_dB1};
  return kFactors;
}

unsigned diagram_parts_of(Quantity q) {
  switch (q) {
    case Q::X: case Q::dZ1_dW1: return kInputNodes;
    case Q::w_hidden: case Q::dC_dW1: return kHiddenEdges;
    case Q::b_hidden: case Q::dC_dB1: case Q::dZ1_dB1: return kHiddenBiases;
    case Q::Z1: case Q::A1: case Q::dA1_dZ1: case Q::dC_dA1: case Q::dZ2_dW2: return kHiddenNodes;
    case Q::w_output: case Q::dZ2_dA1: case Q::dC_dW2: return kOutputEdges;
    case Q::b_output: case Q::dC_dB2: case Q::dZ2_dB2: return kOutputBias;
    case Q::Y: case Q::Z2: case Q::A2: case Q::C: case Q::dC_dA2: case Q::dA2_dZ2: return kOutputNode;
  }
  return 0;
}

const GradientFactors& factors_of(Quantity gradient) {
  for (const GradientFactors& g : kGradients)
    if (g.gradient == gradient) return g;
  return kGradients[0];
}

std::optional<Quantity> factor_equals(Quantity factor) {
  switch (factor) {
    case Q::dZ2_dA1: return Q::w_output;
    case Q::dZ2_dW2: return Q::A1;
    case Q::dZ1_dW1: return Q::X;
    default: return std::nullopt;
  }
}

std::span<const PhaseInfo> phases() { return kPhases; }

const PhaseInfo& info_of(Phase p) { return kPhases[static_cast<std::size_t>(p)]; }

std::optional<Phase> parse_phase(std::string_view text) {
  if (!text.empty() && text.size() <= 2 && text.find_first_not_of("0123456789") == std::string_view::npos) {
    const int index = text.size() == 1 ? text[0] - '0' : (text[0] - '0') * 10 + (text[1] - '0');
    if (index < kPhaseCount) return static_cast<Phase>(index);
    return std::nullopt;
  }
  for (const PhaseInfo& p : kPhases)
    if (p.name == text) return p.phase;
  if (const auto q = parse_quantity(text)) {
    for (const PhaseInfo& p : kPhases)
      for (Quantity r : p.reveals)
        if (r == *q) return p.phase;
  }
  return std::nullopt;
}

Phase phase_of(Quantity q) {
  for (const PhaseInfo& p : kPhases)
    for (Quantity r : p.reveals)
      if (r == q) return p.phase;
  return Phase::update;
}

}  // namespace fontshade
