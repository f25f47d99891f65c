#pragma once

namespace fontshade {

// The network's sizes: 1 to 16 hidden nodes. Storage is fixed at the largest network
// (linear_algebra.hpp), so these sit below everything that holds a network's numbers.
constexpr int kMinHidden = 1;
constexpr int kMaxHidden = 16;
// The longest run: options.steps, and so any step a link, a model file or a script can name.
constexpr long long kMaxSteps = 1000000000;

}  // namespace fontshade
