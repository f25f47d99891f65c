#pragma once
#include <string>

#include "core/network/chain_rule.hpp"
#include "core/network/options.hpp"

namespace fontshade {

// The chapter's formulas as the panels and the exports print them, for the run's activation and cost
// (UTF-8: "−" U+2212, "·" U+00B7, "²" U+00B2). Text only: the values come from the records.
const char* activation_formula(Activation a);        // "relu(Z1)"
const char* activation_slope_formula(Activation a);  // "(Z1 > 0)"
const char* cost_formula(Cost c);                    // "(A2 − Y)²"
const char* cost_slope_formula(Cost c);              // "2·A2 − 2·Y"
// The logistic slope as the chapter writes it: "e^−Z2 / (1 + e^−Z2)²".
const char* output_slope_formula();
// What a chain-rule factor is: its slope formula (dC_dA2, dA2_dZ2, dA1_dZ1), the quantity it equals
// (dZ2_dA1 is w_output, dZ2_dW2 is A1, dZ1_dW1 is X), or "1" (dZ2_dB2, dZ1_dB1).
std::string factor_formula(Quantity factor, const Options& o);

}  // namespace fontshade
