// Finite-difference checks: every chain-rule factor and every gradient the backward pass reports must
// match a central difference of the forward pass, for every hidden activation and both costs. The
// parameters' gradients go through the core's check_gradients (the one the app shows); the chain-rule
// factors in between are checked here with their own differences.
#include <cmath>
#include <functional>
#include <limits>

#include "fixtures.hpp"
#include "core/network/gradient_check.hpp"
#include "core/network/network.hpp"
#include "core/base/random.hpp"

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
  // Every parameter: the core's gradient check nudges each one and runs the whole forward pass.
  const GradientCheck check = check_gradients(p, X, Y, a, c, b);
  REQUIRE(check.rows.size() == static_cast<std::size_t>(5 * h + 1));
  for (const GradientRow& row : check.rows) {
    INFO(row.name << ": backprop " << row.backprop << ", numeric " << row.numeric);
    CHECK(row.rel_error < 1e-6);
  }
  CHECK(check.max_rel_error < 1e-6);
}

// The chapter's NumPy computes dC_dA1 @ dA1_dZ1 as a (1xH)(Hx1) product, which sums over the hidden
// nodes, so every row gets the same sum: dC_dW1[i][j] = (sum_k dC_dA1[k] dA1_dZ1[k]) X[j] and
// dC_dB1[i] = sum_k dC_dA1[k] dA1_dZ1[k] (the options' gradient: chapter).
BackwardRecord with_chapter_sums(BackwardRecord b, const Input& X) {
  double sum = 0;
  for (Eigen::Index k = 0; k < b.dC_dA1.size(); ++k) sum += b.dC_dA1(k) * b.dA1_dZ1(k);
  for (Eigen::Index i = 0; i < b.dC_dW1.rows(); ++i) {
    for (int j = 0; j < 3; ++j) b.dC_dW1(i, j) = sum * X(j);
    b.dC_dB1(i) = sum;
  }
  return b;
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

TEST_CASE("check_gradients: rows named and ordered as the trace, values of the fixture", "[gradient]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::relu);
  const BackwardRecord b = backward(p, X, 1.0, f, Activation::relu, Cost::squared_error);
  const GradientCheck check = check_gradients(p, X, 1.0, Activation::relu, Cost::squared_error, b);
  const std::vector<std::string> names = {
      "w_hidden[0][0]", "w_hidden[0][1]", "w_hidden[0][2]", "w_hidden[1][0]", "w_hidden[1][1]", "w_hidden[1][2]",
      "w_hidden[2][0]", "w_hidden[2][1]", "w_hidden[2][2]", "b_hidden[0]",    "b_hidden[1]",    "b_hidden[2]",
      "w_output[0][0]", "w_output[0][1]", "w_output[0][2]", "b_output"};
  REQUIRE(check.rows.size() == names.size());
  for (std::size_t k = 0; k < names.size(); ++k) CHECK(check.rows[k].name == names[k]);
  // The same entries by quantity and position, in the trace's shapes.
  CHECK((check.rows[5].parameter == Quantity::w_hidden && check.rows[5].row == 1 && check.rows[5].col == 2));
  CHECK((check.rows[10].parameter == Quantity::b_hidden && check.rows[10].row == 1 && check.rows[10].col == 0));
  CHECK((check.rows[14].parameter == Quantity::w_output && check.rows[14].row == 0 && check.rows[14].col == 2));
  CHECK((check.rows[15].parameter == Quantity::b_output && check.rows[15].row == 0 && check.rows[15].col == 0));
  for (const GradientRow& row : check.rows)
    CHECK(std::string(name_of(row.parameter)) == row.name.substr(0, row.name.find('[')));
  // The backprop column is the record's, unchanged.
  CHECK(check.rows[0].backprop == b.dC_dW1(0, 0));
  CHECK(check.rows[5].backprop == b.dC_dW1(1, 2));
  CHECK(check.rows[10].backprop == b.dC_dB1(1));
  CHECK(check.rows[13].backprop == b.dC_dW2(1));
  CHECK(check.rows[15].backprop == b.dC_dB2);
  CHECK(check.C == test::close_to(0.24323311737272194));
  // b_output's gradient is dC_dA2 dA2_dZ2 = -0.98637339252987133 * 0.24995357889221376 (decimal arithmetic).
  CHECK(check.rows[15].numeric == Approx(-0.24654755958689572).epsilon(1e-8));
  // The third hidden node is switched off (Z1 < 0): its w_hidden and b_hidden gradients are 0 both
  // ways (nudging a weight by 1e-6 leaves it off), which is agreement, rel_error 0.
  for (int k : {6, 7, 8, 11}) {
    INFO(check.rows[k].name);
    CHECK(check.rows[k].backprop == 0.0);
    CHECK(check.rows[k].numeric == 0.0);
    CHECK(check.rows[k].rel_error == 0.0);
  }
  CHECK(check.max_rel_error < 1e-6);
  CHECK(check.max_rel_error > 0);  // the difference is never exact for the live nodes
}

TEST_CASE("check_gradients finds the chapter's summed hidden gradients and passes the output layer", "[gradient]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::relu);
  const BackwardRecord wrong = with_chapter_sums(backward(p, X, 1.0, f, Activation::relu, Cost::squared_error), X);
  const GradientCheck check = check_gradients(p, X, 1.0, Activation::relu, Cost::squared_error, wrong);
  // Worked out by hand: dC_dZ1 = dC_dZ2 * w_output * (Z1 > 0) = dC_dZ2 * (0.9, -0.5, 0), so the sum is
  // 0.4 dC_dZ2 for every node. Node 0: |0.4 - 0.9| / 0.9 = 5/9. Node 1: |0.4 + 0.5| / 0.5 = 1.8.
  // Node 2 (switched off, true gradient 0): |0.4| / 0.4 = 1. The same for w_hidden and b_hidden.
  for (int j = 0; j < 3; ++j) {
    INFO("column " << j);
    CHECK(check.rows[0 + j].rel_error == Approx(5.0 / 9.0).epsilon(1e-6));
    CHECK(check.rows[3 + j].rel_error == Approx(1.8).epsilon(1e-6));
    CHECK(check.rows[6 + j].rel_error == Approx(1.0).epsilon(1e-12));
  }
  CHECK(check.rows[9].rel_error == Approx(5.0 / 9.0).epsilon(1e-6));
  CHECK(check.rows[10].rel_error == Approx(1.8).epsilon(1e-6));
  CHECK(check.rows[11].rel_error == Approx(1.0).epsilon(1e-12));
  // w_output and b_output are left as backpropagation computed them.
  for (std::size_t k = 12; k < check.rows.size(); ++k) {
    INFO(check.rows[k].name);
    CHECK(check.rows[k].rel_error < 1e-6);
  }
  CHECK(check.max_rel_error == Approx(1.8).epsilon(1e-6));
}

TEST_CASE("check_gradients measures the chapter's sums' real error on random networks", "[gradient]") {
  Random random(11, 5);
  int checked = 0;
  int clearly_wrong = 0;
  while (checked < 20) {
    const int hidden = 2 + static_cast<int>(random.index(15));
    const Parameters p = random_parameters(random, hidden);
    const Input X(random.uniform01(), random.uniform01(), random.uniform01());
    const double Y = random.index(2);
    const ForwardRecord f = forward(p, X, Activation::relu);
    if (!away_from_kinks(f)) continue;
    const BackwardRecord right = backward(p, X, Y, f, Activation::relu, Cost::squared_error);
    const BackwardRecord wrong = with_chapter_sums(right, X);
    const GradientCheck good = check_gradients(p, X, Y, Activation::relu, Cost::squared_error, right);
    const GradientCheck bad = check_gradients(p, X, Y, Activation::relu, Cost::squared_error, wrong);
    INFO("case " << checked << ", hidden " << hidden);
    CHECK(good.max_rel_error < 1e-6);
    // Each w_hidden and b_hidden row reports the error the wrong record really has against the true
    // gradient.
    const double floor = kGradientCheckFloor * std::fmax(1.0, good.C);
    const auto expected_error = [&](double w, double r) {
      return std::fabs(w - r) / std::fmax(std::fmax(std::fabs(w), std::fabs(r)), floor);
    };
    double worst = 0;
    for (int i = 0; i < hidden; ++i) {
      for (int j = 0; j < 3; ++j) {
        const double expected = expected_error(wrong.dC_dW1(i, j), right.dC_dW1(i, j));
        worst = std::fmax(worst, expected);
        CHECK(bad.rows[3 * i + j].rel_error == Approx(expected).margin(1e-5));
      }
      const double expected = expected_error(wrong.dC_dB1(i), right.dC_dB1(i));
      worst = std::fmax(worst, expected);
      CHECK(bad.rows[3 * hidden + i].rel_error == Approx(expected).margin(1e-5));
    }
    CHECK(bad.max_rel_error == Approx(worst).margin(1e-5));
    clearly_wrong += worst > 0.01;
    // The output layer's rows are the same in both.
    for (int k = 4 * hidden; k < 5 * hidden + 1; ++k) CHECK(bad.rows[k].rel_error == good.rows[k].rel_error);
    ++checked;
  }
  // Most of these networks have two live nodes or more, where the sum is far from each node's gradient.
  CHECK(clearly_wrong >= 15);
}

TEST_CASE("check_gradients reports a NaN when the cost is not finite", "[gradient]") {
  Parameters p = test::example_parameters();
  p.b_output = std::numeric_limits<double>::quiet_NaN();
  const Input X = test::example_X();
  const BackwardRecord b = backward(p, X, 1.0, forward(p, X, Activation::relu), Activation::relu, Cost::squared_error);
  const GradientCheck check = check_gradients(p, X, 1.0, Activation::relu, Cost::squared_error, b);
  CHECK(std::isnan(check.max_rel_error));
}
