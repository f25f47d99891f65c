#include "core/network/gradient_check.hpp"

#include <cmath>
#include <limits>

#include "core/network/network.hpp"

namespace fontshade {
namespace {

double cost_at(const Parameters& p, const Input& X, double Y, Activation a, Cost c) {
  ForwardRecord f;
  forward(p, X, a, f);
  return cost(c, f.A2, f.Z2, Y);
}

double relative_error(double backprop, double numeric, double floor) {
  const double scale = std::fmax(std::fmax(std::fabs(backprop), std::fabs(numeric)), floor);
  return std::fabs(backprop - numeric) / scale;
}

// Central difference of C in one parameter: `q` is a copy of the parameters and `theta` a reference
// into it; the value is restored afterwards.
double numeric_gradient(Parameters& q, double& theta, const Input& X, double Y, Activation a, Cost c) {
  const double original = theta;
  const double h = kGradientCheckStep * std::fmax(1.0, std::fabs(original));
  const double up = original + h;
  const double down = original - h;
  theta = up;
  const double C_up = cost_at(q, X, Y, a, c);
  theta = down;
  const double C_down = cost_at(q, X, Y, a, c);
  theta = original;
  return (C_up - C_down) / (up - down);
}

std::string indexed(const char* name, int i) { return std::string(name) + "[" + std::to_string(i) + "]"; }
std::string indexed(const char* name, int i, int j) { return indexed(name, i) + "[" + std::to_string(j) + "]"; }

}  // namespace

GradientCheck check_gradients(const Parameters& p, const Input& X, double Y, Activation a, Cost c,
                              const BackwardRecord& backprop) {
  GradientCheck check;
  check.C = cost_at(p, X, Y, a, c);
  // A non-finite C gives a NaN floor, and fmax would drop it: such a check reports NaN.
  const double floor = std::isfinite(check.C) ? kGradientCheckFloor * std::fmax(1.0, check.C)
                                              : std::numeric_limits<double>::quiet_NaN();
  Parameters q = p;
  const auto add = [&](Quantity parameter, int row, int col, std::string name, double from_backprop, double& theta) {
    GradientRow r{std::move(name), parameter, row, col, from_backprop, numeric_gradient(q, theta, X, Y, a, c), 0};
    r.rel_error = std::isnan(floor) ? floor : relative_error(r.backprop, r.numeric, floor);
    // A NaN (a non-finite cost) must show in the maximum and stay there.
    if (!std::isnan(check.max_rel_error) && !(r.rel_error <= check.max_rel_error)) check.max_rel_error = r.rel_error;
    check.rows.push_back(std::move(r));
  };
  const int h = p.hidden();
  for (int i = 0; i < h; ++i)
    for (int j = 0; j < 3; ++j)
      add(Quantity::w_hidden, i, j, indexed("w_hidden", i, j), backprop.dC_dW1(i, j), q.w_hidden(i, j));
  for (int i = 0; i < h; ++i) add(Quantity::b_hidden, i, 0, indexed("b_hidden", i), backprop.dC_dB1(i), q.b_hidden(i));
  for (int i = 0; i < h; ++i)
    add(Quantity::w_output, 0, i, indexed("w_output", 0, i), backprop.dC_dW2(i), q.w_output(i));
  add(Quantity::b_output, 0, 0, "b_output", backprop.dC_dB2, q.b_output);
  return check;
}

}  // namespace fontshade

namespace fontshade {

GradientCheck check_gradients(const StepRecord& r, const Options& o) {
  return check_gradients(r.before, r.X, r.Y, o.activation, o.cost, r.backward);
}

GradientModes both_gradient_modes(const StepRecord& r, const Options& o) {
  return {backward(r.before, r.X, r.Y, r.forward, o.activation, o.cost, GradientMode::true_gradient),
          backward(r.before, r.X, r.Y, r.forward, o.activation, o.cost, GradientMode::chapter)};
}

}  // namespace fontshade
