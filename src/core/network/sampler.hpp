#pragma once
#include <cstdint>
#include <variant>

#include "core/base/numpy_random.hpp"
#include "core/base/random.hpp"

namespace fontshade {

// What draws each step's training row, and its whole state (snapshots of a run, model files):
// fontshade's own generator (xoshiro256**, the seed's sample stream), or NumPy's (rng numpy: the
// notebook's np.random, after the split and the starting weights drew from it), which draws a row as
// `np.random.choice(n, 1, replace=False)` does: a whole permutation of n for one row.
using SamplerState = std::variant<Random::State, NumpyRandom::State>;

class Sampler {
 public:
  explicit Sampler(const Random& r) : generator_(r) {}
  explicit Sampler(const NumpyRandom& r) : generator_(r) {}
  explicit Sampler(const SamplerState& s) : generator_(from(s)) {}
  // A training row in [0, n).
  std::uint32_t index(std::uint32_t n) {
    if (auto* own = std::get_if<Random>(&generator_)) return own->index(n);
    return std::get<NumpyRandom>(generator_).choice_one(n);
  }
  SamplerState state() const {
    if (const auto* own = std::get_if<Random>(&generator_)) return own->state();
    return std::get<NumpyRandom>(generator_).state();
  }
  // fontshade's generator, for the SGD loop to draw with; null for NumPy's.
  Random* own() { return std::get_if<Random>(&generator_); }

 private:
  using Generator = std::variant<Random, NumpyRandom>;
  static Generator from(const SamplerState& s) {
    if (const auto* own = std::get_if<Random::State>(&s)) return Generator(std::in_place_type<Random>, *own);
    return Generator(std::in_place_type<NumpyRandom>, std::get<NumpyRandom::State>(s));
  }
  Generator generator_;
};

}  // namespace fontshade
