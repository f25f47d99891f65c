// Forward and backward values for fixed weights and one X. The expected numbers were worked out
// independently with 50-digit decimal arithmetic (Python's decimal module) from the chapter's formulas,
// and are written here as they came out.
#include <initializer_list>

#include "fixtures.hpp"
#include "core/network/network.hpp"

using namespace fontshade;
using fontshade::test::close_to;

namespace {

template <typename V>
void check_vector(const V& actual, std::initializer_list<double> expected, const char* name) {
  INFO(name);
  REQUIRE(actual.size() == static_cast<Eigen::Index>(expected.size()));
  Eigen::Index i = 0;
  for (double e : expected) {
    INFO("index " << i);
    CHECK(actual(i++) == close_to(e));
  }
}

void check_matrix(const HiddenMatrix& actual, std::initializer_list<std::initializer_list<double>> rows) {
  REQUIRE(actual.rows() == static_cast<Eigen::Index>(rows.size()));
  Eigen::Index i = 0;
  for (auto row : rows) {
    Eigen::Index j = 0;
    for (double e : row) {
      INFO("dC_dW1[" << i << "][" << j << "]");
      CHECK(actual(i, j++) == close_to(e));
    }
    ++i;
  }
}

}  // namespace

TEST_CASE("forward pass of the chapter's network (relu) for a fixed X", "[network]") {
  const ForwardRecord f = forward(test::example_parameters(), test::example_X(), Activation::relu);
  check_vector(f.Z1, {0.2372549019607843, 0.17254901960784313, -0.057843137254901963}, "Z1");
  check_vector(f.A1, {0.2372549019607843, 0.17254901960784313, 0}, "A1");
  CHECK(f.A1(2) == 0.0);  // ReLU switches the negative node off exactly
  CHECK(f.Z2 == close_to(0.027254901960784315));
  CHECK(f.A2 == close_to(0.50681330373506428));
}

TEST_CASE("backward pass, relu and squared error, Y = 1 (dark text)", "[network]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::relu);
  const BackwardRecord b = backward(p, X, 1.0, f, Activation::relu, Cost::squared_error);
  CHECK(cost(Cost::squared_error, f.A2, f.Z2, 1.0) == close_to(0.24323311737272194));
  CHECK(b.dC_dA2 == close_to(-0.98637339252987133));
  CHECK(b.dA2_dZ2 == close_to(0.24995357889221376));
  check_vector(b.dZ2_dA1, {0.9, -0.5, 0.3}, "dZ2_dA1 = w_output");
  check_vector(b.dZ2_dW2, {0.2372549019607843, 0.17254901960784313, 0}, "dZ2_dW2 = A1");
  CHECK(b.dZ2_dB2 == 1.0);
  check_vector(b.dA1_dZ1, {1, 1, 0}, "dA1_dZ1 = (Z1 > 0)");
  check_vector(b.dZ1_dW1, {200 / 255.0, 100 / 255.0, 50 / 255.0}, "dZ1_dW1 = X");
  CHECK(b.dZ1_dB1 == 1.0);
  check_vector(b.dC_dW2, {-0.058494617078459578, -0.042541539693425147, 0}, "dC_dW2");
  CHECK(b.dC_dB2 == close_to(-0.24654755958689573));
  check_vector(b.dC_dA1, {-0.22189280362820615, 0.12327377979344786, -0.073964267876068718}, "dC_dA1");
  check_matrix(b.dC_dW1, {{-0.17403357147310286, -0.08701678573655143, -0.043508392868275715},
                          {0.096685317485057154, 0.048342658742528577, 0.024171329371264288},
                          {0, 0, 0}});
  check_vector(b.dC_dB1, {-0.22189280362820615, 0.12327377979344786, 0}, "dC_dB1");
}

TEST_CASE("backward pass, relu and squared error, Y = 0 (light text)", "[network]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::relu);
  const BackwardRecord b = backward(p, X, 0.0, f, Activation::relu, Cost::squared_error);
  CHECK(cost(Cost::squared_error, f.A2, f.Z2, 0.0) == close_to(0.25685972484285058));
  CHECK(b.dC_dA2 == close_to(1.0136266074701286));
  check_vector(b.dC_dW2, {0.060110806631179112, 0.043716950277221167, 0}, "dC_dW2");
  CHECK(b.dC_dB2 == close_to(0.25335959819753179));
  check_vector(b.dC_dA1, {0.22802363837777861, -0.12667979909876589, 0.076007879459259534}, "dC_dA1");
  check_matrix(b.dC_dW1, {{0.17884206931590479, 0.089421034657952397, 0.044710517328976199},
                          {-0.099356705175502658, -0.049678352587751329, -0.024839176293875664},
                          {0, 0, 0}});
  check_vector(b.dC_dB1, {0.22802363837777861, -0.12667979909876589, 0}, "dC_dB1");
}

TEST_CASE("tanh hidden layer with cross-entropy, Y = 1", "[network]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::tanh);
  const BackwardRecord b = backward(p, X, 1.0, f, Activation::tanh, Cost::cross_entropy);
  check_vector(f.A1, {0.23290121908698971, 0.17085672728387474, -0.05777871240241652}, "A1");
  CHECK(f.Z2 == close_to(0.0068491198156283998));
  CHECK(f.A2 == close_to(0.50171227326028767));
  CHECK(cost(Cost::cross_entropy, f.A2, f.Z2, 1.0) == close_to(0.68972848444595081));
  CHECK(b.dC_dA2 == close_to(-1.9931742819478553));
  CHECK(b.dA2_dZ2 == close_to(0.24999706812028211));
  check_vector(b.dA1_dZ1, {0.945757022147794, 0.97080797874184366, 0.99666162039311879}, "dA1_dZ1");
  check_vector(b.dC_dW2, {-0.1160518190137638, -0.085135810236468934, 0.02879042325694775}, "dC_dW2");
  CHECK(b.dC_dB2 == close_to(-0.49828772673971233));
  check_matrix(b.dC_dW1, {{-0.33265349408057227, -0.16632674704028613, -0.083163373520143066},
                          {0.18970262777570518, 0.09485131388785259, 0.047425656943926295},
                          {-0.11685276544809536, -0.058426382724047682, -0.029213191362023841}});
  check_vector(b.dC_dB1, {-0.42413320495272966, 0.24187085041402412, -0.14898727594632158}, "dC_dB1");
}

TEST_CASE("leaky relu with cross-entropy, Y = 0", "[network]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::leaky_relu);
  const BackwardRecord b = backward(p, X, 0.0, f, Activation::leaky_relu, Cost::cross_entropy);
  check_vector(f.A1, {0.2372549019607843, 0.17254901960784313, -0.00057843137254901965}, "A1");
  CHECK(f.A2 == close_to(0.50676992938637766));
  CHECK(cost(Cost::cross_entropy, f.A2, f.Z2, 0.0) == close_to(0.70677953912554359));
  CHECK(b.dC_dA2 == close_to(2.0274514057018269));
  check_vector(b.dA1_dZ1, {1, 1, 0.01}, "dA1_dZ1");
  CHECK(b.dC_dB2 == close_to(0.50676992938637766));  // cross-entropy: dC_dZ2 = A2 - Y
  check_vector(b.dC_dB1, {0.45609293644773985, -0.25338496469318883, 0.0015203097881591329}, "dC_dB1");
}

TEST_CASE("logistic hidden layer with squared error, Y = 1", "[network]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::logistic);
  const BackwardRecord b = backward(p, X, 1.0, f, Activation::logistic, Cost::squared_error);
  check_vector(f.A1, {0.55903705252537994, 0.54303054488585822, 0.48554324627976964}, "A1");
  CHECK(f.A2 == close_to(0.56887951114770663));
  check_vector(b.dA1_dZ1, {0.24651462642911554, 0.24814837220682615, 0.24979100227187259}, "dA1_dZ1");
  check_matrix(b.dC_dW1, {{-0.036797865795986713, -0.018398932897993357, -0.0091994664489966783},
                          {0.020578743992758202, 0.010289371996379101, 0.0051446859981895505},
                          {-0.012428979586042867, -0.0062144897930214334, -0.0031072448965107167}});
}

TEST_CASE("the output stays finite and exact in the tails (no overflow in e^-Z2)", "[network]") {
  // A2 rounds to 1 for Z2 > 37, but cross-entropy's factors must stay finite and their product exact.
  Parameters p = test::example_parameters();
  p.b_output = 60;
  const ForwardRecord f = forward(p, test::example_X(), Activation::relu);
  CHECK(f.A2 == 1.0);
  const BackwardRecord b = backward(p, test::example_X(), 0.0, f, Activation::relu, Cost::cross_entropy);
  CHECK(std::isfinite(b.dC_dA2));
  CHECK(b.dC_dB2 == close_to(1.0));  // A2 - Y
  CHECK(cost(Cost::cross_entropy, f.A2, f.Z2, 0.0) == Approx(f.Z2).epsilon(1e-12));
  p.b_output = -800;  // e^-Z2 would overflow; A2 underflows to 0, yet C = -ln A2 is still exact
  CHECK(cost(Cost::cross_entropy, 0.0, -800.0, 1.0) == 800.0);
  const ForwardRecord g = forward(p, test::example_X(), Activation::relu);
  CHECK(g.A2 == 0.0);
  CHECK(portable::logistic_slope(g.Z2) == 0.0);
  CHECK(std::isfinite(backward(p, test::example_X(), 1.0, g, Activation::relu, Cost::squared_error).dC_dB2));
}

TEST_CASE("gradient: chapter is the chapter's NumPy: dC_dA1 @ dA1_dZ1 sums over the hidden nodes", "[backward][chapter]") {
  const Parameters p = test::example_parameters();
  const Input X = test::example_X();
  const ForwardRecord f = forward(p, X, Activation::relu);
  const BackwardRecord truth = backward(p, X, 1.0, f, Activation::relu, Cost::squared_error);
  const BackwardRecord chapter = backward(p, X, 1.0, f, Activation::relu, Cost::squared_error, GradientMode::chapter);
  // One number for every node: the sum of dC_dA1 * dA1_dZ1 (node 2 is off, so it adds nothing).
  const double summed = truth.dC_dA1(0) * truth.dA1_dZ1(0) + truth.dC_dA1(1) * truth.dA1_dZ1(1) + truth.dC_dA1(2) * truth.dA1_dZ1(2);
  for (int i = 0; i < 3; ++i) {
    CHECK(chapter.dC_dB1(i) == summed);
    for (int j = 0; j < 3; ++j) CHECK(chapter.dC_dW1(i, j) == summed * X(j));
  }
  // The true gradient of the switched-off node is 0; the chapter's is not.
  CHECK(truth.dC_dB1(2) == 0);
  CHECK(chapter.dC_dB1(2) != 0);
  // Everything before dC_dW1 and dC_dB1 is the same.
  CHECK(chapter.dC_dA2 == truth.dC_dA2);
  CHECK(chapter.dC_dW2 == truth.dC_dW2);
  CHECK(chapter.dC_dB2 == truth.dC_dB2);
  CHECK(chapter.dC_dA1 == truth.dC_dA1);
}
