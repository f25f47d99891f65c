#pragma once
#include <string>
#include <vector>

#include "core/network/chain_rule.hpp"
#include "core/network/options.hpp"
#include "core/network/parameters.hpp"
#include "core/network/records.hpp"

namespace fontshade {

// "Is backpropagation right?": every gradient of one SGD step next to a centred finite difference of
// the cost, C(theta + h) - C(theta - h) over 2h, one parameter at a time. The record checked can be
// any: the true chain rule's (rel_error tiny everywhere) or the chapter's summed one (gradient:
// chapter; large errors on w_hidden and b_hidden, tiny ones on w_output and b_output).
struct GradientRow {
  std::string name;      // as the trace names it: "w_hidden[0][2]", "b_hidden[1]", "w_output[0][2]", "b_output"
  Quantity parameter = Quantity::b_output;  // w_hidden, b_hidden, w_output or b_output
  int row = 0;           // the entry, in the trace's shape (record_values.hpp): w_hidden[row][col],
  int col = 0;           // b_hidden[row][0], w_output[0][col]
  double backprop = 0;   // the gradient from the BackwardRecord being checked
  double numeric = 0;    // the centred difference of C (forward + cost of network.hpp)
  double rel_error = 0;  // see check_gradients
};

struct GradientCheck {
  std::vector<GradientRow> rows;  // w_hidden row by row, b_hidden, w_output, b_output: the trace's order
  double max_rel_error = 0;
  double C = 0;  // the cost at the parameters checked, which sets the floor
};

// The step for parameter theta: h = 1e-6 * max(1, |theta|). The difference is divided by the distance
// the two evaluations really are apart, (theta + h) - (theta - h) as rounded.
constexpr double kGradientCheckStep = 1e-6;
// rel_error = |backprop - numeric| / max(|backprop|, |numeric|, kGradientCheckFloor * max(1, C)).
// Plain |b - n| / max(|b|, |n|) breaks down when the true gradient is (near) zero, so a floor sets the
// smallest scale: the centred difference carries its own rounding noise, about 1e-10 * max(1, C) with
// this step, and without the floor that noise on a gradient of 1e-7 (a small X(j), a saturated A2) reads
// as a "100 %" error. With it a switched-off ReLU node (backprop 0, numeric exactly 0) has rel_error 0,
// noise stays below 1e-6, and a real mistake of size d still shows as d / max(|g|, floor): large.
// Below 1e-6 means backpropagation and the finite difference agree. At a ReLU kink (Z1 within about h
// of 0) the difference straddles two slopes, and a large rel_error there is expected.
constexpr double kGradientCheckFloor = 1e-3;

GradientCheck check_gradients(const Parameters& p, const Input& X, double Y, Activation a, Cost c,
                              const BackwardRecord& backprop);
// The step's record checked: its parameters before the update, its sample, its backward pass.
GradientCheck check_gradients(const StepRecord& r, const Options& o);

// The hidden layer's gradients of one step both ways, for showing them side by side: the true chain
// rule, node by node, and the chapter's NumPy, whose dC_dA1 @ dA1_dZ1 sums over the hidden nodes.
struct GradientModes {
  BackwardRecord true_gradient;
  BackwardRecord chapter;
};
GradientModes both_gradient_modes(const StepRecord& r, const Options& o);

}  // namespace fontshade
