#pragma once
#include "core/base/linear_algebra.hpp"
#include "core/network/options.hpp"
#include "core/base/numpy_random.hpp"
#include "core/base/random.hpp"

namespace fontshade {

// The network's weights and biases, named as in the chapter.
struct Parameters {
  HiddenMatrix w_hidden;  // H x 3: row i holds hidden node i's weights for R, G, B
  HiddenVector b_hidden;  // H
  OutputRow w_output;     // 1 x H
  double b_output = 0;

  int hidden() const { return static_cast<int>(w_hidden.rows()); }
  bool all_finite() const;
  bool operator==(const Parameters& other) const;
};

// Draws the starting parameters. uniform01 draws in the chapter's order: w_hidden, w_output,
// b_hidden, b_output (np.random.rand for each), row by row.
Parameters initial_parameters(const Options& options, Random& random);
// The same from NumPy's generator (rng numpy): uniform01 is np.random.rand, so w_hidden, w_output,
// b_hidden and b_output are the notebook's rand(h, 3), rand(1, h), rand(h, 1), rand(1, 1).
Parameters initial_parameters(const Options& options, NumpyRandom& random);

}  // namespace fontshade
