#include "core/network/chapter_tables.hpp"

#include "core/base/portable_math.hpp"
#include "core/network/network.hpp"

namespace fontshade {
namespace {

double linear(double x) { return x; }
double one(double) { return 1; }
double logistic(double x) { return activation(Activation::logistic, x); }
double logistic_slope(double x) { return activation_slope(Activation::logistic, x); }
double tanh_f(double x) { return activation(Activation::tanh, x); }
double tanh_slope(double x) { return activation_slope(Activation::tanh, x); }
double relu(double x) { return activation(Activation::relu, x); }
double relu_slope(double x) { return activation_slope(Activation::relu, x); }
double leaky(double x) { return activation(Activation::leaky_relu, x); }
double leaky_slope(double x) { return activation_slope(Activation::leaky_relu, x); }
// Softmax turns a layer's outputs into probabilities that add up to 1; drawn here for two outputs,
// (x, 0), its first output: e^x / (e^x + 1), which is the logistic function.
double softmax_first(double x) { return portable::logistic(x); }
double softmax_slope(double x) { return portable::logistic_slope(x); }

constexpr ActivationInfo kActivations[] = {
    {"linear", "x", linear, one, std::nullopt},
    {"logistic", "1 / (1 + e^-x)", logistic, logistic_slope, Activation::logistic},
    {"tanh", "(e^x - e^-x) / (e^x + e^-x)", tanh_f, tanh_slope, Activation::tanh},
    {"ReLU", "max(0, x)", relu, relu_slope, Activation::relu},
    {"leaky ReLU", "max(0.01 x, x)", leaky, leaky_slope, Activation::leaky_relu},
    {"softmax", "e^x / (e^x + e^0)", softmax_first, softmax_slope, std::nullopt},
};

}  // namespace

std::span<const ActivationInfo> chapter_activations() { return kActivations; }

std::vector<ParameterName> parameter_names(const Parameters& p) {
  const int h = p.hidden();
  std::vector<ParameterName> out;
  for (int i = 0; i < h; ++i)
    for (int j = 0; j < 3; ++j)
      out.push_back({"W" + std::to_string(3 * i + j + 1), "w_hidden[" + std::to_string(i) + "][" + std::to_string(j) + "]", p.w_hidden(i, j)});
  for (int i = 0; i < h; ++i)
    out.push_back({"W" + std::to_string(3 * h + i + 1), "w_output[0][" + std::to_string(i) + "]", p.w_output(i)});
  for (int i = 0; i < h; ++i) out.push_back({"B" + std::to_string(i + 1), "b_hidden[" + std::to_string(i) + "]", p.b_hidden(i)});
  out.push_back({"B" + std::to_string(h + 1), "b_output", p.b_output});
  return out;
}

}  // namespace fontshade
