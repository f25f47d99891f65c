#pragma once

namespace fontshade {

// The network's sizes: 1 to 16 hidden nodes. Storage is fixed at the largest network
// (linear_algebra.hpp), so these sit below everything that holds a network's numbers.
constexpr int kMinHidden = 1;
constexpr int kMaxHidden = 16;
// The most SGD steps a run may have (the options' `steps`), and so the furthest step anything may name:
// a script's step(n) and seek(k), an exported range, a model file's steps_done, a link's step, the CLI's
// --from.
constexpr long long kMaxSteps = 1000000000;

}  // namespace fontshade
