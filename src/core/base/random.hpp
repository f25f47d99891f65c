#pragma once
#include <array>
#include <cstdint>

namespace fontshade {

// xoshiro256** seeded through splitmix64, with our own mappings to [0, 1) and to an index.
// <random>'s distributions differ between libstdc++ and libc++; these do not, so a seed means the
// same run natively and in the browser.
class Random {
 public:
  // One seed gives several independent streams (data split, initial weights, sample order), so that
  // changing the number of steps does not change the split or the starting weights.
  Random(std::uint64_t seed, std::uint64_t stream);
  // The generator's whole state, to continue it later exactly (snapshots of a run, model files).
  using State = std::array<std::uint64_t, 4>;
  explicit Random(const State& state) : s_{state[0], state[1], state[2], state[3]} {}
  State state() const { return {s_[0], s_[1], s_[2], s_[3]}; }

  // next() and index() are inline: the SGD loop draws a row every step.
  inline std::uint64_t next();
  // Uniform in [0, 1): the top 53 bits of one draw, times 2^-53.
  double uniform01();
  // Uniform in [lo, hi).
  double uniform(double lo, double hi);
  // Uniform integer in [0, n), n >= 1, without modulo bias (Lemire's multiply-and-reject on 32 bits).
  inline std::uint32_t index(std::uint32_t n);

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

inline std::uint64_t Random::next() {
  const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

inline std::uint32_t Random::index(std::uint32_t n) {
  if (n <= 1) return 0;  // also n == 0, which callers must not ask for: there is no index to give
  std::uint64_t product = (next() >> 32) * n;
  auto low = static_cast<std::uint32_t>(product);
  if (low < n) {
    const std::uint32_t threshold = static_cast<std::uint32_t>(-n) % n;
    while (low < threshold) {
      product = (next() >> 32) * n;
      low = static_cast<std::uint32_t>(product);
    }
  }
  return static_cast<std::uint32_t>(product >> 32);
}

}  // namespace fontshade
