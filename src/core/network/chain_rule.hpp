#pragma once
#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace fontshade {

// Every named quantity of one SGD step, by the chapter's names (the trace's keys). The backward
// panel, the phases of a step and the diagram's highlighting are all driven by the tables below,
// so the order of the factors is written once, here, in the chapter's order.
enum class Quantity {
  X, Y,
  w_hidden, b_hidden, w_output, b_output,
  Z1, A1, Z2, A2, C,
  dC_dA2, dA2_dZ2, dZ2_dA1, dZ2_dW2, dZ2_dB2, dA1_dZ1, dZ1_dW1, dZ1_dB1,
  dC_dW2, dC_dB2, dC_dA1, dC_dW1, dC_dB1,
};
std::string_view name_of(Quantity q);
std::optional<Quantity> parse_quantity(std::string_view name);
// Every quantity in the trace's order (the enum's): X, Y, the parameters, the forward pass, C, the
// chain-rule factors, the gradients.
std::span<const Quantity> quantities();
// The four parameters: w_hidden, b_hidden, w_output, b_output.
std::span<const Quantity> parameter_quantities();

// A gradient and its three chain-rule factors, in the chapter's order: dC_dW2 = dC_dA2 · dA2_dZ2 · dZ2_dW2.
struct GradientFactors {
  Quantity gradient;
  std::array<Quantity, 3> factors;
};
// dC_dW2, dC_dB2, dC_dA1, dC_dW1, dC_dB1, as the chapter's backward_prop computes them.
std::span<const GradientFactors> gradient_factors();
const GradientFactors& factors_of(Quantity gradient);  // gradient must be one of the five

// The chain-rule factors in the order the chapter's backward_prop computes them: dC_dA2, dA2_dZ2,
// dZ2_dA1, dZ2_dW2, dZ2_dB2, dA1_dZ1, dZ1_dW1, dZ1_dB1.
std::span<const Quantity> chain_rule_factors();

// What a factor is, in the chapter's words: dZ2_dA1 is w_output, dZ2_dW2 is A1, dZ1_dW1 is X; the
// slopes (dC_dA2, dA2_dZ2, dA1_dZ1) are computed and have no other name (nullopt); dZ2_dB2 and
// dZ1_dB1 are the constant 1 (nullopt too).
std::optional<Quantity> factor_equals(Quantity factor);

// The parts of the network diagram a phase lights up.
enum DiagramPart : unsigned {
  kInputNodes = 1u << 0,
  kHiddenEdges = 1u << 1,  // input -> hidden: w_hidden
  kHiddenBiases = 1u << 2,
  kHiddenNodes = 1u << 3,
  kOutputEdges = 1u << 4,  // hidden -> output: w_output
  kOutputBias = 1u << 5,
  kOutputNode = 1u << 6,
};

enum class Direction { forward, backward, update };

// One SGD step unfolded in the chapter's order: the sample drawn, the forward pass, the cost, the
// backward pass from the output back to the inputs, and the update.
enum class Phase { sample, Z1, A1, Z2, A2, C, dC_dA2, dA2_dZ2, dC_dW2, dC_dA1, dA1_dZ1, dC_dW1, update };
constexpr int kPhaseCount = 13;

struct PhaseInfo {
  Phase phase;
  std::string_view name;                     // "sample", "Z1", ..., "dC_dW2", ..., "update"
  Direction direction;
  std::span<const Quantity> reveals;         // the quantities this phase computes, shown from here on
  unsigned touches;                          // DiagramPart bits
};
std::span<const PhaseInfo> phases();
// The part of the diagram a quantity belongs to: X (and dZ1_dW1) the inputs, w_hidden and dC_dW1 the
// input -> hidden edges, Z1 and A1 the hidden nodes, and so on (DiagramPart bits).
unsigned diagram_parts_of(Quantity q);
const PhaseInfo& info_of(Phase p);
// A phase by its name, by any quantity it reveals ("dC_dB2" is the phase of dC_dW2, dC_dB2), or by its
// 0-based index written as digits.
std::optional<Phase> parse_phase(std::string_view name_or_index);
// The phase at which a quantity is first shown: X and Y with the sample, the parameters before the
// step with the sample too (they are what the step starts from), dZ2_dA1 with dC_dA1, and so on.
Phase phase_of(Quantity q);

}  // namespace fontshade
