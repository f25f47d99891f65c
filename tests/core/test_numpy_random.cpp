// NumPy's legacy generator: every number below was printed by Debian's NumPy 1.24 (python3-numpy),
// e.g. `np.random.seed(1); np.random.rand(3)`. The WebAssembly build runs the same checks.
#include <vector>

#include "fixtures.hpp"
#include "core/base/number_text.hpp"
#include "core/base/numpy_random.hpp"

using namespace fontshade;

TEST_CASE("np.random.seed(1): the state NumPy shows and its first words", "[numpy_random]") {
  NumpyRandom r(1);
  // np.random.get_state()[1][:4], [2]
  CHECK(r.state().key[0] == 1u);
  CHECK(r.state().key[1] == 1812433254u);
  CHECK(r.state().key[2] == 3713160357u);
  CHECK(r.state().key[3] == 3109174145u);
  CHECK(r.state().pos == 624);
  // np.random.randint(0, 2**32, size=3, dtype=np.uint64): one word each
  CHECK(r.next32() == 1791095845u);
  CHECK(r.next32() == 4282876139u);
  CHECK(r.next32() == 3093770124u);
}

TEST_CASE("rand and uniform give NumPy's doubles, bit for bit", "[numpy_random]") {
  // The texts are NumPy's "%.17g" (format_double drops trailing zeros).
  NumpyRandom one(1);
  CHECK(format_double(one.random_sample()) == "0.417022004702574");
  CHECK(format_double(one.random_sample()) == "0.7203244934421581");
  CHECK(format_double(one.random_sample()) == "0.00011437481734488664");
  NumpyRandom zero(0);  // np.random.uniform(-0.5, 0.5)
  CHECK(format_double(zero.uniform(-0.5, 0.5)) == "0.048813503927324753");
  NumpyRandom last(4294967295u);  // the largest seed NumPy takes
  CHECK(format_double(last.random_sample()) == "0.097632028994013798");
  // Past two twists of the state: np.random.seed(3); np.random.rand(700); then
  NumpyRandom three(3);
  for (int i = 0; i < 700; ++i) three.random_sample();
  CHECK(format_double(three.random_sample()) == "0.18629319117139354");
  CHECK(three.state().pos == 154);
}

TEST_CASE("shuffle, permutation and choice(n, 1, replace=False) draw as NumPy does", "[numpy_random]") {
  NumpyRandom seven(7);  // a = np.arange(5); np.random.shuffle(a)
  std::vector<int> a{0, 1, 2, 3, 4};
  seven.shuffle(a);
  CHECK(a == std::vector<int>{0, 3, 2, 1, 4});
  CHECK(seven.state().pos == 5);  // get_state()[2]: four intervals took five words (one was rejected)
  NumpyRandom perm(42);
  CHECK(perm.permutation(10) == std::vector<int>{8, 1, 5, 0, 7, 2, 9, 4, 3, 6});
  // [np.random.choice(897, 1, replace=False)[0] for _ in range(5)] is also
  // [np.random.permutation(897)[0] for _ in range(5)]: both printed the same.
  NumpyRandom choice(42), again(42);
  const std::uint32_t expected[] = {331, 403, 227, 291, 297};
  for (std::uint32_t e : expected) {
    CHECK(choice.choice_one(897) == e);
    CHECK(again.permutation(897)[0] == static_cast<int>(e));
  }
  CHECK(choice.state() == again.state());
  CHECK(choice.choice_one(1) == 0u);  // arange(1): no draw
  CHECK(choice.state() == again.state());
}
