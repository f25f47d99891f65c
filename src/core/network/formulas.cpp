#include "core/network/formulas.hpp"

namespace fontshade {

// "−" is U+2212, "·" U+00B7, "²" U+00B2.
const char* activation_formula(Activation a) {
  switch (a) {
    case Activation::relu: return "relu(Z1) = max(0, Z1)";
    case Activation::leaky_relu: return "leaky_relu(Z1) = max(0.01\xC2\xB7Z1, Z1)";
    case Activation::tanh: return "tanh(Z1)";
    case Activation::logistic: return "logistic(Z1) = 1 / (1 + e^\xE2\x88\x92Z1)";
  }
  return "";
}

const char* activation_slope_formula(Activation a) {
  switch (a) {
    case Activation::relu: return "(Z1 > 0)";
    case Activation::leaky_relu: return "(Z1 > 0) + 0.01\xC2\xB7(Z1 \xE2\x89\xA4 0)";
    case Activation::tanh: return "1 \xE2\x88\x92 tanh(Z1)\xC2\xB2";
    case Activation::logistic: return "A1 \xC2\xB7 (1 \xE2\x88\x92 A1)";
  }
  return "";
}

const char* cost_formula(Cost c) {
  return c == Cost::squared_error ? "C = (A2 \xE2\x88\x92 Y)\xC2\xB2"
                                  : "C = \xE2\x88\x92Y\xC2\xB7ln(A2) \xE2\x88\x92 (1 \xE2\x88\x92 Y)\xC2\xB7ln(1 \xE2\x88\x92 A2)";
}

const char* cost_slope_formula(Cost c) {
  return c == Cost::squared_error ? "2\xC2\xB7" "A2 \xE2\x88\x92 2\xC2\xB7Y"
                                  : "\xE2\x88\x92Y / A2 + (1 \xE2\x88\x92 Y) / (1 \xE2\x88\x92 A2)";
}

std::string factor_formula(Quantity factor, const Options& o) {
  if (factor == Quantity::dC_dA2) return cost_slope_formula(o.cost);
  if (factor == Quantity::dA2_dZ2) return output_slope_formula();
  if (factor == Quantity::dA1_dZ1) return activation_slope_formula(o.activation);
  if (auto equals = factor_equals(factor)) return std::string(name_of(*equals));
  return "1";
}

const char* output_slope_formula() { return "e^\xE2\x88\x92Z2 / (1 + e^\xE2\x88\x92Z2)\xC2\xB2"; }

}  // namespace fontshade
