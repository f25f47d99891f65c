#pragma once
#include "core/base/linear_algebra.hpp"
#include "core/network/parameters.hpp"

namespace fontshade {

// Z1 = w_hidden X + b_hidden, A1 = activation(Z1), Z2 = w_output A1 + b_output, A2 = logistic(Z2).
struct ForwardRecord {
  HiddenVector Z1;
  HiddenVector A1;
  double Z2 = 0;
  double A2 = 0;
};

// Every chain-rule factor of the chapter, by its name, and the gradients they multiply into.
struct BackwardRecord {
  double dC_dA2 = 0;     // cost'(A2); squared error: 2 A2 - 2 Y
  double dA2_dZ2 = 0;    // e^-Z2 / (1 + e^-Z2)^2
  OutputRow dZ2_dA1;     // = w_output
  HiddenVector dZ2_dW2;  // = A1
  double dZ2_dB2 = 1;
  HiddenVector dA1_dZ1;  // activation'(Z1); relu: (Z1 > 0)
  Input dZ1_dW1;         // = X
  double dZ1_dB1 = 1;

  OutputRow dC_dW2;      // dC_dA2 dA2_dZ2 dZ2_dW2^T
  double dC_dB2 = 0;     // dC_dA2 dA2_dZ2 dZ2_dB2
  HiddenVector dC_dA1;   // dC_dA2 dA2_dZ2 dZ2_dA1^T
  HiddenMatrix dC_dW1;   // (dC_dA1 * dA1_dZ1) dZ1_dW1^T
  HiddenVector dC_dB1;   // dC_dA1 * dA1_dZ1 * dZ1_dB1
};

// One SGD step, everything a student needs to follow it.
struct StepRecord {
  long long step = 0;  // 1-based: step 1 is the first update
  int sample = 0;      // row of the data set (0-based) drawn for this step
  Input X;
  double Y = 0;
  double L = 0;        // learning rate used by this step
  Parameters before;
  ForwardRecord forward;
  BackwardRecord backward;
  double C = 0;
  Parameters after;
};

}  // namespace fontshade
