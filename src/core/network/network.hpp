#pragma once
#include "core/network/options.hpp"
#include "core/base/portable_math.hpp"
#include "core/network/records.hpp"

namespace fontshade {

constexpr double kLeakySlope = 0.01;

inline double activation(Activation a, double z) {
  switch (a) {
    case Activation::relu: return z > 0 ? z : 0.0;
    case Activation::leaky_relu: return z > 0 ? z : kLeakySlope * z;
    case Activation::tanh: return portable::tanh(z);
    case Activation::logistic: return portable::logistic(z);
  }
  return 0;
}

// d activation / dz; relu: (z > 0), so 0 at the kink.
inline double activation_slope(Activation a, double z) {
  switch (a) {
    case Activation::relu: return z > 0 ? 1.0 : 0.0;
    case Activation::leaky_relu: return z > 0 ? 1.0 : kLeakySlope;
    case Activation::tanh: {
      const double t = portable::tanh(z);
      return 1.0 - t * t;
    }
    case Activation::logistic: return portable::logistic_slope(z);
  }
  return 0;
}

// activation and activation_slope at z together, each function evaluated once (tanh and logistic
// would otherwise compute their exp twice): the same operations, so the same bits. The SGD loop's.
inline void activation_and_slope(Activation a, double z, double& value, double& slope) {
  switch (a) {
    case Activation::relu:
      value = z > 0 ? z : 0.0;
      slope = z > 0 ? 1.0 : 0.0;
      return;
    case Activation::leaky_relu:
      value = z > 0 ? z : kLeakySlope * z;
      slope = z > 0 ? 1.0 : kLeakySlope;
      return;
    case Activation::tanh: {
      const double t = portable::tanh(z);
      value = t;
      slope = 1.0 - t * t;
      return;
    }
    case Activation::logistic: {
      const portable::LogisticParts l = portable::logistic_parts(z);
      value = l.value;
      slope = l.slope;
      return;
    }
  }
}

// dC_dA2 of the cross-entropy cost: -Y / A2 + (1 - Y) / (1 - A2), with 1 - A2 (A2_complement)
// computed without cancellation; terms with a zero weight are skipped.
inline double cross_entropy_slope(double A2, double A2_complement, double Y) {
  double d = 0;
  if (Y != 0) d -= Y / A2;
  if (Y != 1) d += (1 - Y) / A2_complement;
  return d;
}

// Z1 = w_hidden X + b_hidden, A1 = activation(Z1), Z2 = w_output A1 + b_output, A2 = logistic(Z2).
inline void forward(const Parameters& p, const Input& X, Activation a, ForwardRecord& f);
ForwardRecord forward(const Parameters& p, const Input& X, Activation a);
// C for one sample. Z2 is passed as well as A2 so cross-entropy stays finite when A2 rounds to 0 or 1.
inline double cost(Cost c, double A2, double Z2, double Y);
// Every chain-rule factor and gradient of the chapter. With GradientMode::chapter, dC_dW1 and dC_dB1
// are the chapter's NumPy: dC_dA1 @ dA1_dZ1 is a (1xH)(Hx1) product, one sum for every hidden node.
inline void backward(const Parameters& p, const Input& X, double Y, const ForwardRecord& f, Activation a,
                     Cost c, BackwardRecord& b, GradientMode g = GradientMode::true_gradient);
BackwardRecord backward(const Parameters& p, const Input& X, double Y, const ForwardRecord& f, Activation a, Cost c,
                        GradientMode g = GradientMode::true_gradient);
// after = before - L * gradient, for every parameter.
inline void update(const Parameters& before, const BackwardRecord& b, double L, Parameters& after);

// A ReLU node is dead for every colour when even its best input, X in [0, 1]^3, gives Z1 <= 0:
// b_hidden + the positive weights <= 0. Its slope (Z1 > 0) is then 0 for every sample, so no gradient
// ever reaches it again: the death is permanent.
inline bool relu_node_dead(const Parameters& p, int i) {
  double best = p.b_hidden(i);
  for (int j = 0; j < 3; ++j) best += p.w_hidden(i, j) > 0 ? p.w_hidden(i, j) : 0.0;
  return best <= 0;
}
inline bool all_relu_nodes_dead(const Parameters& p) {
  for (int i = 0; i < p.hidden(); ++i)
    if (!relu_node_dead(p, i)) return false;
  return true;
}

// A tanh or logistic node is saturated for every colour when even the Z1 nearest 0 over X in [0, 1]^3
// lies where its slope is below kSaturatedSlope: there tanh is +-1 and the logistic 0 or 1 to 8
// digits, almost no gradient reaches the node's weights, and it has all but stopped learning. The
// Z1 of a node spans [b + sum of its negative weights, b + sum of its positive ones].
constexpr double kSaturatedSlope = 1e-8;
constexpr double kTanhSaturatedZ = 9.9035;       // 1 - tanh(z)^2 < 1e-8 beyond
constexpr double kLogisticSaturatedZ = 18.4207;  // logistic(z) (1 - logistic(z)) < 1e-8 beyond
inline bool node_saturated(const Parameters& p, int i, double saturated_z) {
  double lo = p.b_hidden(i), hi = p.b_hidden(i);
  for (int j = 0; j < 3; ++j) (p.w_hidden(i, j) > 0 ? hi : lo) += p.w_hidden(i, j);
  return lo >= saturated_z || hi <= -saturated_z;
}
// Every hidden node has stopped learning for good or all but: dead (relu) or saturated (tanh,
// logistic). leaky_relu's slope is never below 0.01: never.
inline bool hidden_layer_stuck(const Parameters& p, Activation a) {
  if (a == Activation::relu) return all_relu_nodes_dead(p);
  if (a == Activation::leaky_relu) return false;
  const double z = a == Activation::tanh ? kTanhSaturatedZ : kLogisticSaturatedZ;
  for (int i = 0; i < p.hidden(); ++i)
    if (!node_saturated(p, i, z)) return false;
  return true;
}

// The network's answer for one colour: A2 in [0, 1]; A2 >= 0.5 means dark text.
double predict(const Parameters& p, const Input& X, Activation a);
constexpr double kDarkThreshold = 0.5;
inline bool is_dark(double A2) { return A2 >= kDarkThreshold; }

// ---- Inline definitions: the SGD loop calls these for every step, and inlining them lets the
// compiler keep the step's values in registers. The loops are written out by hand in a fixed order: a
// vectorised Eigen reduction sums in another order natively than in WebAssembly, and the two builds
// must agree to the last bit.

inline void forward(const Parameters& p, const Input& X, Activation a, ForwardRecord& f) {
  const int h = p.hidden();
  f.Z1.resize(h);
  f.A1.resize(h);
  double Z2 = 0;
  for (int i = 0; i < h; ++i) {
    const double z = p.w_hidden(i, 0) * X(0) + p.w_hidden(i, 1) * X(1) + p.w_hidden(i, 2) * X(2) + p.b_hidden(i);
    f.Z1(i) = z;
    f.A1(i) = activation(a, z);
    Z2 += p.w_output(i) * f.A1(i);
  }
  f.Z2 = Z2 + p.b_output;
  f.A2 = portable::logistic(f.Z2);
}

inline double cost(Cost c, double A2, double Z2, double Y) {
  if (c == Cost::squared_error) return (A2 - Y) * (A2 - Y);
  // -(Y ln A2 + (1 - Y) ln(1 - A2)), written with Z2: -ln A2 = softplus(-Z2) and -ln(1 - A2) =
  // softplus(Z2), which stay finite (and exact) where A2 itself rounds to 0 or 1. Terms with a zero
  // weight are skipped.
  double total = 0;
  if (Y != 0) total += Y * portable::softplus(-Z2);
  if (Y != 1) total += (1 - Y) * portable::softplus(Z2);
  return total;
}

inline void backward(const Parameters& p, const Input& X, double Y, const ForwardRecord& f, Activation a, Cost c,
              BackwardRecord& b, GradientMode g) {
  const int h = p.hidden();
  b.dC_dA2 = c == Cost::squared_error ? 2 * f.A2 - 2 * Y
                                       : cross_entropy_slope(f.A2, portable::logistic_complement(f.Z2), Y);
  b.dA2_dZ2 = portable::logistic_slope(f.Z2);
  b.dZ2_dB2 = 1;
  b.dZ1_dW1 = X;
  b.dZ1_dB1 = 1;
  const double dC_dZ2 = b.dC_dA2 * b.dA2_dZ2;
  b.dC_dB2 = dC_dZ2 * b.dZ2_dB2;

  b.dZ2_dA1.resize(h);
  b.dZ2_dW2.resize(h);
  b.dA1_dZ1.resize(h);
  b.dC_dW2.resize(h);
  b.dC_dA1.resize(h);
  b.dC_dW1.resize(h, 3);
  b.dC_dB1.resize(h);
  for (int i = 0; i < h; ++i) {
    b.dZ2_dA1(i) = p.w_output(i);
    b.dZ2_dW2(i) = f.A1(i);
    b.dA1_dZ1(i) = activation_slope(a, f.Z1(i));
    b.dC_dW2(i) = dC_dZ2 * b.dZ2_dW2(i);
    b.dC_dA1(i) = dC_dZ2 * b.dZ2_dA1(i);
    const double dC_dZ1 = b.dC_dA1(i) * b.dA1_dZ1(i);
    b.dC_dW1(i, 0) = dC_dZ1 * X(0);
    b.dC_dW1(i, 1) = dC_dZ1 * X(1);
    b.dC_dW1(i, 2) = dC_dZ1 * X(2);
    b.dC_dB1(i) = dC_dZ1 * b.dZ1_dB1;
  }
  if (g == GradientMode::chapter) {
    // (dC_dA1 @ dA1_dZ1) @ dZ1_dW1.T: the sum over the hidden nodes, the same row for every node.
    double summed = 0;
    for (int i = 0; i < h; ++i) summed += b.dC_dA1(i) * b.dA1_dZ1(i);
    for (int i = 0; i < h; ++i) {
      b.dC_dW1(i, 0) = summed * X(0);
      b.dC_dW1(i, 1) = summed * X(1);
      b.dC_dW1(i, 2) = summed * X(2);
      b.dC_dB1(i) = summed * b.dZ1_dB1;
    }
  }
}

inline void update(const Parameters& before, const BackwardRecord& b, double L, Parameters& after) {
  const int h = before.hidden();
  after.w_hidden.resize(h, 3);
  after.b_hidden.resize(h);
  after.w_output.resize(h);
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) after.w_hidden(i, j) = before.w_hidden(i, j) - L * b.dC_dW1(i, j);
    after.b_hidden(i) = before.b_hidden(i) - L * b.dC_dB1(i);
    after.w_output(i) = before.w_output(i) - L * b.dC_dW2(i);
  }
  after.b_output = before.b_output - L * b.dC_dB2;
}

}  // namespace fontshade
