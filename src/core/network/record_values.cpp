#include "core/network/record_values.hpp"

namespace fontshade {
namespace {

using Q = Quantity;

// A side of a quantity: 1, the 3 inputs, or the H hidden nodes.
enum class Side { one, inputs, hidden };
struct Sides {
  Side rows, cols;
};

Sides sides_of(Quantity q) {
  switch (q) {
    case Q::X: case Q::dZ1_dW1: return {Side::inputs, Side::one};
    case Q::w_hidden: case Q::dC_dW1: return {Side::hidden, Side::inputs};
    case Q::w_output: case Q::dZ2_dA1: case Q::dC_dW2: return {Side::one, Side::hidden};
    case Q::b_hidden: case Q::Z1: case Q::A1: case Q::dZ2_dW2: case Q::dA1_dZ1: case Q::dC_dA1: case Q::dC_dB1:
      return {Side::hidden, Side::one};
    default: return {Side::one, Side::one};
  }
}

int length(Side s, int hidden) { return s == Side::one ? 1 : s == Side::inputs ? 3 : hidden; }

}  // namespace

Shape shape_of(Quantity q, int hidden) {
  const Sides s = sides_of(q);
  return {length(s.rows, hidden), length(s.cols, hidden)};
}

Form form_of(Quantity q) {
  const Sides s = sides_of(q);
  if (s.cols == Side::one) return s.rows == Side::one ? Form::scalar : Form::vector;
  return Form::matrix;
}

double value_of(const Parameters& p, Quantity parameter, int row, int col) {
  switch (parameter) {
    case Q::w_hidden: return p.w_hidden(row, col);
    case Q::b_hidden: return p.b_hidden(row);
    case Q::w_output: return p.w_output(col);
    case Q::b_output: return p.b_output;
    default: return 0;
  }
}

double value_of(const StepRecord& r, Quantity q, int row, int col) {
  const ForwardRecord& f = r.forward;
  const BackwardRecord& b = r.backward;
  switch (q) {
    case Q::X: return r.X(row);
    case Q::Y: return r.Y;
    case Q::w_hidden: case Q::b_hidden: case Q::w_output: case Q::b_output: return value_of(r.before, q, row, col);
    case Q::Z1: return f.Z1(row);
    case Q::A1: return f.A1(row);
    case Q::Z2: return f.Z2;
    case Q::A2: return f.A2;
    case Q::C: return r.C;
    case Q::dC_dA2: return b.dC_dA2;
    case Q::dA2_dZ2: return b.dA2_dZ2;
    case Q::dZ2_dA1: return b.dZ2_dA1(col);
    case Q::dZ2_dW2: return b.dZ2_dW2(row);
    case Q::dZ2_dB2: return b.dZ2_dB2;
    case Q::dA1_dZ1: return b.dA1_dZ1(row);
    case Q::dZ1_dW1: return b.dZ1_dW1(row);
    case Q::dZ1_dB1: return b.dZ1_dB1;
    case Q::dC_dW2: return b.dC_dW2(col);
    case Q::dC_dB2: return b.dC_dB2;
    case Q::dC_dA1: return b.dC_dA1(row);
    case Q::dC_dW1: return b.dC_dW1(row, col);
    case Q::dC_dB1: return b.dC_dB1(row);
  }
  return 0;
}

}  // namespace fontshade
