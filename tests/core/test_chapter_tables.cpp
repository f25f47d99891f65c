// The chapter's tables the guided lesson shows: the activation functions with their slopes, and the
// weights and biases by the chapter's names (W1..W12, B1..B4) beside the code's.
#include <cmath>

#include "fixtures.hpp"
#include "core/network/chapter_tables.hpp"

using namespace fontshade;

TEST_CASE("the chapter's activation functions, in its order, each with its slope", "[lesson][activation]") {
  const auto table = chapter_activations();
  REQUIRE(table.size() == 6);
  const char* names[] = {"linear", "logistic", "tanh", "ReLU", "leaky ReLU", "softmax"};
  for (std::size_t i = 0; i < table.size(); ++i) CHECK(table[i].name == names[i]);
  for (const ActivationInfo& a : table) {
    INFO(a.name);
    for (double x : {-3.1, -0.7, 0.4, 2.9}) {  // away from ReLU's kink
      const double h = 1e-6;
      const double numeric = (a.f(x + h) - a.f(x - h)) / (2 * h);
      CHECK(std::fabs(a.slope(x) - numeric) < 1e-6);
    }
  }
  CHECK(table[3].f(-2) == 0);
  CHECK(table[3].f(2) == 2);
  CHECK(table[3].slope(0) == 0);  // the network's dA1_dZ1 = (Z1 > 0)
  CHECK(table[4].f(-2) == -0.02);
  CHECK(table[5].f(0.3) == table[1].f(0.3));  // softmax of (x, 0) is the logistic
  CHECK(table[3].option == Activation::relu);
  CHECK_FALSE(table[0].option);
}

TEST_CASE("every weight and bias by the chapter's name: W1 to W12 and B1 to B4", "[lesson]") {
  const Parameters p = test::example_parameters();
  const std::vector<ParameterName> names = parameter_names(p);
  REQUIRE(names.size() == 16);
  CHECK(names[0].chapter == "W1");
  CHECK(names[0].code == "w_hidden[0][0]");
  CHECK(names[0].value == 0.2);
  CHECK(names[3].chapter == "W4");
  CHECK(names[3].code == "w_hidden[1][0]");  // the second node's weight for R
  CHECK(names[3].value == 0.5);
  CHECK(names[8].code == "w_hidden[2][2]");
  CHECK(names[9].chapter == "W10");
  CHECK(names[9].code == "w_output[0][0]");
  CHECK(names[11].value == 0.3);
  CHECK(names[12].chapter == "B1");
  CHECK(names[14].code == "b_hidden[2]");
  CHECK(names[15].chapter == "B4");
  CHECK(names[15].code == "b_output");
  CHECK(names[15].value == -0.1);
}
