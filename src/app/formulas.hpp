#pragma once
#include "options.hpp"

namespace fontshade::app {

// The chapter's formulas as the panels print them, for the run's activation and cost. Text only:
// the values shown next to them come from the core's records.
const char* activation_formula(Activation a);        // "relu(Z1)"
const char* activation_slope_formula(Activation a);  // "(Z1 > 0)"
const char* cost_formula(Cost c);                    // "(A2 − Y)²"
const char* cost_slope_formula(Cost c);              // "2·A2 − 2·Y"

}  // namespace fontshade::app
