#pragma once
#include "core/network/chain_rule.hpp"
#include "core/network/records.hpp"

namespace fontshade {

// A quantity of a step read from its record by the chapter's name, so tables of names (the chain
// rule, the phases, the trace's keys) can drive what is shown and written. Shapes are the trace's: X
// 3x1; w_hidden Hx3; w_output, dZ2_dA1 and dC_dW2 1xH; Z1, A1, b_hidden, dZ2_dW2, dA1_dZ1, dC_dA1,
// dC_dB1 Hx1; dZ1_dW1 3x1; dC_dW1 Hx3; the rest 1x1. The parameters are those before the step.
struct Shape {
  int rows = 1;
  int cols = 1;
  int size() const { return rows * cols; }
  bool scalar() const { return rows == 1 && cols == 1; }
};
Shape shape_of(Quantity q, int hidden);
// How a quantity is written whatever the hidden size (a 1-node network's b_hidden is still a
// vector): a number; a vector (a column: an array); a matrix (an array of rows, 1xH ones too).
enum class Form { scalar, vector, matrix };
Form form_of(Quantity q);
double value_of(const StepRecord& r, Quantity q, int row, int col);
// A parameter (w_hidden, b_hidden, w_output, b_output) of `p`.
double value_of(const Parameters& p, Quantity parameter, int row, int col);

}  // namespace fontshade
