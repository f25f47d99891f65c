#pragma once
#include <cstdint>
#include <vector>

#include "core/base/linear_algebra.hpp"
#include "core/network/parameters.hpp"
#include "core/base/random.hpp"

namespace fontshade::cli {

// The fused floor of `bench`: the seed network's SGD arithmetic and nothing else, so that the bench
// can show how far the real step (Trainer) is from what the arithmetic alone costs. One loop, the
// 3-3-1 shape fixed at compile time, the parameters in local variables, relu, logistic, squared
// error, a constant L; no records, no finite checks, no dead-node check, no cost ring. It draws rows
// with the project's Random::index and uses the project's portable exp, so it makes the very same
// run as the Trainer: `bench` checks that its final parameters equal the Trainer's, bit for bit.
struct FloorRows {
  std::vector<Input> X;  // the training rows, as the Trainer sees them
  std::vector<double> Y;
};

// Runs `steps` SGD steps from `p` (hidden size 3) and returns the parameters after the last one.
Parameters fused_floor(const FloorRows& rows, Random sampler, const Parameters& p, double L, long long steps);

}  // namespace fontshade::cli
