#include "core/base/numpy_random.hpp"

#include <bit>
#include <numeric>
#include <utility>

namespace fontshade {
namespace {

constexpr int kShift = 397;  // MT19937's M
constexpr std::uint32_t kMatrixA = 0x9908b0dfu;
constexpr std::uint32_t kUpper = 0x80000000u;
constexpr std::uint32_t kLower = 0x7fffffffu;

inline std::uint32_t mix(std::uint32_t upper_of, std::uint32_t lower_of, std::uint32_t far) {
  const std::uint32_t y = (upper_of & kUpper) | (lower_of & kLower);
  return far ^ (y >> 1) ^ ((0u - (y & 1u)) & kMatrixA);
}

}  // namespace

NumpyRandom::NumpyRandom(std::uint32_t seed) {
  std::uint32_t s = seed;
  for (int i = 0; i < kWords; ++i) {
    state_.key[static_cast<std::size_t>(i)] = s;
    s = 1812433253u * (s ^ (s >> 30)) + static_cast<std::uint32_t>(i + 1);
  }
  state_.pos = kWords;
}

NumpyRandom::NumpyRandom(const State& state) : state_(state) { temper_all(); }

void NumpyRandom::temper_all() {
  for (int i = 0; i < kWords; ++i) {
    std::uint32_t y = state_.key[static_cast<std::size_t>(i)];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    tempered_[static_cast<std::size_t>(i)] = y;
  }
}

void NumpyRandom::twist() {
  auto& k = state_.key;
  int i = 0;
  for (; i < kWords - kShift; ++i) k[i] = mix(k[i], k[i + 1], k[i + kShift]);
  for (; i < kWords - 1; ++i) k[i] = mix(k[i], k[i + 1], k[i + kShift - kWords]);
  k[kWords - 1] = mix(k[kWords - 1], k[0], k[kShift - 1]);
  state_.pos = 0;
  temper_all();
}

double NumpyRandom::random_sample() {
  const std::uint32_t a = next32() >> 5;
  const std::uint32_t b = next32() >> 6;
  return (static_cast<double>(a) * 67108864.0 + static_cast<double>(b)) / 9007199254740992.0;
}

double NumpyRandom::uniform(double low, double high) { return low + (high - low) * random_sample(); }

std::uint64_t NumpyRandom::interval(std::uint64_t max) {
  if (max == 0) return 0;
  std::uint64_t mask = max;
  for (int shift = 1; shift <= 32; shift *= 2) mask |= mask >> shift;
  std::uint64_t value;
  if (max <= 0xffffffffu) {
    do value = next32() & mask; while (value > max);
  } else {
    do value = ((static_cast<std::uint64_t>(next32()) << 32) | next32()) & mask; while (value > max);
  }
  return value;
}

void NumpyRandom::shuffle(std::vector<int>& values) {
  for (std::size_t i = values.size(); i-- > 1;) std::swap(values[i], values[interval(i)]);
}

std::vector<int> NumpyRandom::permutation(int n) {
  std::vector<int> values(static_cast<std::size_t>(n > 0 ? n : 0));
  std::iota(values.begin(), values.end(), 0);
  shuffle(values);
  return values;
}

std::uint32_t NumpyRandom::choice_one(std::uint32_t n) {
  // The shuffle swaps position i with swaps_[i] for i = n-1 down to 1. Undoing those swaps in the
  // opposite order (i = 1 up) follows whatever ends at position 0 back to where it started, which
  // in arange(n) is its value. Before the undo of swap i the followed position is below i, so only
  // swaps_[i] == position moves it (to i).
  if (n <= 1) return 0;
  if (swaps_.size() < n) swaps_.resize(n);
  // interval(i) for i = n-1 down to 1, one word a turn of the loop and no branch on the word: a
  // rejected word (above i under i's mask) leaves i where it is, and the next word tries again.
  // Written so, the loop has no branch the words decide, which a processor would mispredict about
  // once in three draws. The position in the words is a local: a store to swaps_ could otherwise
  // alias it (both are 32-bit integers), and the compiler would reload it for every word.
  std::uint32_t* const swaps = swaps_.data();
  int pos = state_.pos;
  std::uint32_t i = n - 1;
  while (i >= 1) {
    if (pos >= kWords) {
      twist();
      pos = 0;
    }
    const std::uint32_t mask = 0xffffffffu >> std::countl_zero(i);  // i's bit length, as NumPy's mask
    const std::uint32_t value = tempered_[static_cast<std::size_t>(pos++)] & mask;
    swaps[i] = value;
    i -= value <= i ? 1u : 0u;
  }
  state_.pos = pos;
  std::uint32_t position = 0;
  for (std::uint32_t k = 1; k < n; ++k) position = swaps[k] == position ? k : position;
  return position;
}

}  // namespace fontshade
