// Finite-difference checks: every chain-rule factor and every gradient the backward pass reports must
// match a central difference of the forward pass, for every hidden activation and both costs.
#include <cmath>
#include <functional>

#include "fixtures.hpp"
#include "network.hpp"
#include "random.hpp"

using namespace fontshade;

namespace {

constexpr double kStep = 1e-6;

double numeric_slope(const std::function<double(double)>& f, double x) {
  return (f(x + kStep) - f(x - kStep)) / (2 * kStep);
}

// Agreement to about 6 digits: the central difference itself is only that good.
auto agrees_with(double numeric) { return Approx(numeric).epsilon(1e-6).margin(1e-8); }

Parameters random_parameters(Random& random, int hidden) {
  Parameters p;
  p.w_hidden.resize(hidden, 3);
  p.b_hidden.resize(hidden);
  p.w_output.resize(hidden);
  for (int i = 0; i < hidden; ++i) {
    for (int j = 0; j < 3; ++j) p.w_hidden(i, j) = random.uniform(-1.5, 1.5);
    p.b_hidden(i) = random.uniform(-0.5, 0.5);
    p.w_output(i) = random.uniform(-2, 2);
  }
  p.b_output = random.uniform(-1, 1);
  return p;
}

double cost_of(const Parameters& p, const Input& X, double Y, Activation a, Cost c) {
  const ForwardRecord f = forward(p, X, a);
  return cost(c, f.A2, f.Z2, Y);
}

// No hidden Z1 sits at a kink (relu, leaky relu) where a difference quotient straddles two slopes.
bool away_from_kinks(const ForwardRecord& f) {
  for (Eigen::Index i = 0; i < f.Z1.size(); ++i)
    if (std::fabs(f.Z1(i)) < 1e-4) return false;
  return true;
}

void check_one(const Parameters& p, const Input& X, double Y, Activation a, Cost c) {
  const ForwardRecord f = forward(p, X, a);
  const BackwardRecord b = backward(p, X, Y, f, a, c);
  const int h = p.hidden();

  // dC_dA2: C as a function of A2 alone.
  CHECK(b.dC_dA2 == agrees_with(numeric_slope([&](double A2) {
          return cost(c, A2, std::log(A2 / (1 - A2)), Y);
        }, f.A2)));
  // dA2_dZ2: the logistic's slope.
  CHECK(b.dA2_dZ2 == agrees_with(numeric_slope([](double z) { return portable::logistic(z); }, f.Z2)));
  for (int i = 0; i < h; ++i) {
    INFO("hidden node " << i);
    // dA1_dZ1: the activation's slope at Z1.
    CHECK(b.dA1_dZ1(i) == agrees_with(numeric_slope([&](double z) { return activation(a, z); }, f.Z1(i))));
    // dC_dA1: move A1[i] alone and follow it through Z2, A2 and C.
    CHECK(b.dC_dA1(i) == agrees_with(numeric_slope([&](double a1) {
            double Z2 = p.b_output;
            for (int k = 0; k < h; ++k) Z2 += p.w_output(k) * (k == i ? a1 : f.A1(k));
            return cost(c, portable::logistic(Z2), Z2, Y);
          }, f.A1(i))));
  }
  // Every parameter: nudge it, run the whole forward pass, compare with the reported gradient.
  const auto gradient_of = [&](auto&& member) {
    Parameters base = p;
    return numeric_slope([&](double v) {
      Parameters q = p;
      member(q) = v;
      return cost_of(q, X, Y, a, c);
    }, member(base));
  };
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) {
      INFO("dC_dW1[" << i << "][" << j << "]");
      CHECK(b.dC_dW1(i, j) == agrees_with(gradient_of([&](Parameters& q) -> double& { return q.w_hidden(i, j); })));
    }
    INFO("node " << i);
    CHECK(b.dC_dB1(i) == agrees_with(gradient_of([&](Parameters& q) -> double& { return q.b_hidden(i); })));
    CHECK(b.dC_dW2(i) == agrees_with(gradient_of([&](Parameters& q) -> double& { return q.w_output(i); })));
  }
  CHECK(b.dC_dB2 == agrees_with(gradient_of([](Parameters& q) -> double& { return q.b_output; })));
}

}  // namespace

TEST_CASE("every partial matches a central difference, for every activation and cost", "[gradient]") {
  const Activation activations[] = {Activation::relu, Activation::leaky_relu, Activation::tanh, Activation::logistic};
  const Cost costs[] = {Cost::squared_error, Cost::cross_entropy};
  for (Activation a : activations) {
    for (Cost c : costs) {
      DYNAMIC_SECTION(name_of(a) << " + " << name_of(c)) {
        // The chapter's example, then random networks (sizes 1 to 16) and colours.
        check_one(test::example_parameters(), test::example_X(), 1.0, a, c);
        check_one(test::example_parameters(), test::example_X(), 0.0, a, c);
        Random random(7, 99);
        int checked = 0;
        while (checked < 24) {
          const int hidden = 1 + static_cast<int>(random.index(16));
          const Parameters p = random_parameters(random, hidden);
          const Input X(random.uniform01(), random.uniform01(), random.uniform01());
          const double Y = random.index(2);
          if (!away_from_kinks(forward(p, X, a))) continue;
          INFO("case " << checked << ", hidden " << hidden << ", Y " << Y);
          check_one(p, X, Y, a, c);
          ++checked;
        }
      }
    }
  }
}
