#include "cli/fused_floor.hpp"

#include <cmath>

#include "core/base/portable_math.hpp"

namespace fontshade::cli {

// Written out on its own (not with the core's network.hpp), so that it stays the arithmetic alone
// whatever the core does. Every sum and product is the core's, in its order, or the exact rewrite of it
// that the core's fast path (sgd_loop.cpp) makes, noted where made: the bits are the Trainer's.
Parameters fused_floor(const FloorRows& rows, Random sampler, const Parameters& p, double L, long long steps) {
  double w_hidden[3][3], b_hidden[3], w_output[3];
  for (int h = 0; h < 3; ++h) {
    for (int j = 0; j < 3; ++j) w_hidden[h][j] = p.w_hidden(h, j);
    b_hidden[h] = p.b_hidden(h);
    w_output[h] = p.w_output(h);
  }
  double b_output = p.b_output;
  const auto n = static_cast<std::uint32_t>(rows.X.size());
  const Input* X_rows = rows.X.data();
  const double* Y_rows = rows.Y.data();

  for (long long k = 0; k < steps; ++k) {
    const std::uint32_t i = sampler.index(n);
    const double x[3] = {X_rows[i](0), X_rows[i](1), X_rows[i](2)};
    const double Y = Y_rows[i];
    // Forward: Z1, relu, Z2 summed in node order (from the first term: 0 + p only turns -0 into +0,
    // which nothing below tells apart), then b_output.
    double Z1[3], A1[3];
    for (int h = 0; h < 3; ++h) {
      Z1[h] = w_hidden[h][0] * x[0] + w_hidden[h][1] * x[1] + w_hidden[h][2] * x[2] + b_hidden[h];
      A1[h] = Z1[h] > 0 ? Z1[h] : 0.0;
    }
    // w_output A1 = Z1 > 0 ? w_output Z1 : w_output 0: the same product, the choice made after it.
    double term[3];
    for (int h = 0; h < 3; ++h) term[h] = Z1[h] > 0 ? w_output[h] * Z1[h] : w_output[h] * 0.0;
    const double Z2 = term[0] + term[1] + term[2] + b_output;
    // One exp for A2 and dA2_dZ2.
    const double t = portable::exp(-std::fabs(Z2));
    const double one_plus_t = 1.0 + t;
    const double A2 = (Z2 >= 0 ? 1.0 : t) / one_plus_t;
    const double dA2_dZ2 = t / (one_plus_t * one_plus_t);
    // dC_dA2 dA2_dZ2 = (2 A2 - 2 Y) dA2_dZ2 = (A2 - Y) (2 dA2_dZ2): doubling is exact, so the two
    // products are the same real number and round alike.
    const double dC_dZ2 = (A2 - Y) * (2 * dA2_dZ2);  // = dC_dB2
    // Backward and update, node by node.
    for (int h = 0; h < 3; ++h) {
      const double dC_dW2 = dC_dZ2 * A1[h];
      const double dC_dZ1 = dC_dZ2 * w_output[h] * (Z1[h] > 0 ? 1.0 : 0.0);
      for (int j = 0; j < 3; ++j) w_hidden[h][j] = w_hidden[h][j] - L * (dC_dZ1 * x[j]);
      b_hidden[h] = b_hidden[h] - L * dC_dZ1;
      w_output[h] = w_output[h] - L * dC_dW2;
    }
    b_output = b_output - L * dC_dZ2;
  }

  Parameters out = p;
  for (int h = 0; h < 3; ++h) {
    for (int j = 0; j < 3; ++j) out.w_hidden(h, j) = w_hidden[h][j];
    out.b_hidden(h) = b_hidden[h];
    out.w_output(h) = w_output[h];
  }
  out.b_output = b_output;
  return out;
}

}  // namespace fontshade::cli
