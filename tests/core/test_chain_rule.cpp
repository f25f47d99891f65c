// The one table of gradients and their chain-rule factors, and the phases of a step: their order is
// the chapter's, and multiplying a gradient's factors in that order gives the backward pass's value,
// bit for bit.
#include "core/network/chain_rule.hpp"
#include "fixtures.hpp"
#include "core/network/network.hpp"
#include "core/network/record_values.hpp"
#include "core/network/trainer.hpp"

using namespace fontshade;

namespace {

std::string names(const GradientFactors& g) {
  std::string s = std::string(name_of(g.gradient)) + " =";
  for (Quantity f : g.factors) s += " " + std::string(name_of(f));
  return s;
}

// The element of a factor that multiplies into gradient element (i, j): a factor broadcasts along
// the dimensions it lacks, as in the chapter's formulas. A gradient's hidden node is its row, or its
// column for the 1 x H ones (dC_dW2).
double factor_element(const StepRecord& r, Quantity gradient, Quantity factor, int hidden, int i, int j) {
  const Shape s = shape_of(factor, hidden);
  const int node = shape_of(gradient, hidden).rows == 1 ? j : i;
  if (s.scalar()) return value_of(r, factor, 0, 0);
  if (factor == Quantity::dZ1_dW1) return value_of(r, factor, j, 0);  // X: one per input column
  return s.rows == 1 ? value_of(r, factor, 0, node) : value_of(r, factor, node, 0);
}

}  // namespace

TEST_CASE("the gradients and their factors, in the chapter's order", "[chain_rule]") {
  const auto g = gradient_factors();
  REQUIRE(g.size() == 5);
  CHECK(names(g[0]) == "dC_dW2 = dC_dA2 dA2_dZ2 dZ2_dW2");
  CHECK(names(g[1]) == "dC_dB2 = dC_dA2 dA2_dZ2 dZ2_dB2");
  CHECK(names(g[2]) == "dC_dA1 = dC_dA2 dA2_dZ2 dZ2_dA1");
  CHECK(names(g[3]) == "dC_dW1 = dC_dA1 dA1_dZ1 dZ1_dW1");
  CHECK(names(g[4]) == "dC_dB1 = dC_dA1 dA1_dZ1 dZ1_dB1");
  CHECK(factor_equals(Quantity::dZ2_dA1) == Quantity::w_output);
  CHECK(factor_equals(Quantity::dZ2_dW2) == Quantity::A1);
  CHECK(factor_equals(Quantity::dZ1_dW1) == Quantity::X);
  CHECK_FALSE(factor_equals(Quantity::dA2_dZ2).has_value());
  CHECK(names(factors_of(Quantity::dC_dW1)) == "dC_dW1 = dC_dA1 dA1_dZ1 dZ1_dW1");
}

TEST_CASE("a gradient is its factors multiplied in the table's order, bit for bit", "[chain_rule]") {
  for (Activation a : {Activation::relu, Activation::tanh}) {
    Options o = preset_seed();
    o.activation = a;
    o.seed = 11;
    Trainer trainer(default_dataset(), o);
    trainer.advance(37);
    const StepRecord& r = *trainer.last_record();
    const int h = r.before.hidden();
    for (const GradientFactors& g : gradient_factors()) {
      const Shape s = shape_of(g.gradient, h);
      for (int i = 0; i < s.rows; ++i)
        for (int j = 0; j < s.cols; ++j) {
          double product = factor_element(r, g.gradient, g.factors[0], h, i, j);
          product *= factor_element(r, g.gradient, g.factors[1], h, i, j);
          product *= factor_element(r, g.gradient, g.factors[2], h, i, j);
          INFO(name_of(g.gradient) << "[" << i << "][" << j << "]");
          CHECK(product == value_of(r, g.gradient, i, j));
        }
    }
    // And a factor that "is" another quantity holds exactly its values.
    for (int i = 0; i < h; ++i) {
      CHECK(value_of(r, Quantity::dZ2_dA1, 0, i) == value_of(r, Quantity::w_output, 0, i));
      CHECK(value_of(r, Quantity::dZ2_dW2, i, 0) == value_of(r, Quantity::A1, i, 0));
    }
    for (int j = 0; j < 3; ++j) CHECK(value_of(r, Quantity::dZ1_dW1, j, 0) == r.X(j));
  }
}

TEST_CASE("the phases of a step, in the chapter's order, by name and by index", "[chain_rule][phases]") {
  std::string order;
  for (const PhaseInfo& p : phases()) order += std::string(p.name) + " ";
  CHECK(order == "sample Z1 A1 Z2 A2 C dC_dA2 dA2_dZ2 dC_dW2 dC_dA1 dA1_dZ1 dC_dW1 update ");
  CHECK(phases().size() == static_cast<std::size_t>(kPhaseCount));
  for (int k = 0; k < kPhaseCount; ++k) CHECK(static_cast<int>(phases()[static_cast<std::size_t>(k)].phase) == k);
  CHECK(parse_phase("0") == Phase::sample);
  CHECK(parse_phase("12") == Phase::update);
  CHECK_FALSE(parse_phase("13").has_value());
  CHECK(parse_phase("dA2_dZ2") == Phase::dA2_dZ2);
  CHECK(parse_phase("dC_dB2") == Phase::dC_dW2);  // shown together with dC_dW2
  CHECK(parse_phase("dC_dB1") == Phase::dC_dW1);
  CHECK(parse_phase("dZ2_dA1") == Phase::dC_dA1);
  CHECK_FALSE(parse_phase("forward").has_value());
  CHECK_FALSE(parse_phase("").has_value());
  // Every quantity is revealed by exactly one phase, and forward values come before the backward ones.
  for (const auto& [q, name] : {std::pair{Quantity::Z1, "Z1"}, {Quantity::C, "C"}, {Quantity::dZ1_dW1, "dC_dW1"},
                                {Quantity::X, "sample"}, {Quantity::w_output, "sample"}, {Quantity::dZ2_dW2, "dC_dW2"}})
    CHECK(info_of(phase_of(q)).name == name);
  // The gradient phases come in the chapter's order of the table above.
  CHECK(phase_of(Quantity::dC_dW2) < phase_of(Quantity::dC_dA1));
  CHECK(phase_of(Quantity::dC_dA1) < phase_of(Quantity::dC_dW1));
  CHECK(info_of(Phase::Z2).direction == Direction::forward);
  CHECK(info_of(Phase::dC_dA1).direction == Direction::backward);
  CHECK((info_of(Phase::dC_dW1).touches & kHiddenEdges) != 0);
  CHECK((info_of(Phase::dC_dW1).touches & kOutputEdges) == 0);
}
