#pragma once
#include <array>
#include <cstdint>
#include <vector>

namespace fontshade {

// NumPy's legacy generator, the one `np.random.seed(S)` seeds and `np.random.rand`, `shuffle`,
// `permutation`, `choice` and scikit-learn (random_state=None) draw from: MT19937 with NumPy's
// seeding, and NumPy's own mappings to doubles and to bounded integers. With it a run makes the very
// draws a student's notebook makes after np.random.seed(S), so the two show the same numbers.
// Every mapping is NumPy 1.24's legacy one (RandomState), pinned by tests to numbers printed by NumPy.
class NumpyRandom {
 public:
  static constexpr int kWords = 624;  // MT19937's state: 624 32-bit words
  // What np.random.get_state() gives: ('MT19937', key, pos, has_gauss, cached_gaussian). fontshade
  // never draws Gaussians, so has_gauss is always 0 and is not kept.
  struct State {
    std::array<std::uint32_t, kWords> key{};
    int pos = kWords;  // 0..624: the next word to temper; 624 means "twist first"
    bool operator==(const State&) const = default;
  };

  // np.random.seed(seed): MT19937's init_genrand. NumPy takes 0 <= seed < 2^32.
  explicit NumpyRandom(std::uint32_t seed);
  explicit NumpyRandom(const State& state);
  const State& state() const { return state_; }

  // One tempered 32-bit word (NumPy's mt19937_next32).
  inline std::uint32_t next32();
  // random_sample / rand: (a >> 5) * 2^26 + (b >> 6), over 2^53, from two words: 53 random bits.
  double random_sample();
  // uniform(low, high) as RandomState draws it: low + (high - low) * random_sample().
  double uniform(double low, double high);
  // NumPy's random_interval(max): uniform in [0, max] by masking to max's bit length and rejecting
  // values above max (32-bit words while max fits in 32 bits, as NumPy does).
  std::uint64_t interval(std::uint64_t max);
  // shuffle(x) of a 1-d array: from the last index down to 1, swap i with interval(i).
  void shuffle(std::vector<int>& values);
  // permutation(n): arange(n), shuffled.
  std::vector<int> permutation(int n);
  // choice(n, 1, replace=False)[0]. NumPy's legacy choice draws it as permutation(n)[:1], a whole
  // permutation of n every call: the same draws here, and the same first element, without the array.
  std::uint32_t choice_one(std::uint32_t n);

 private:
  // MT19937's twist of the 624 words, then their tempering into `tempered_` at once (a loop the
  // compiler vectorises): next32() is then a read. The state itself keeps the untempered words, as
  // NumPy's get_state shows them.
  void twist();
  void temper_all();
  State state_;
  std::array<std::uint32_t, kWords> tempered_{};
  // choice_one's scratch (the indices the shuffle swapped with position i): kept to avoid an
  // allocation per call; not part of the state.
  std::vector<std::uint32_t> swaps_;
};

inline std::uint32_t NumpyRandom::next32() {
  if (state_.pos >= kWords) twist();
  return tempered_[static_cast<std::size_t>(state_.pos++)];
}

}  // namespace fontshade
