// Our generator and its mappings: pinned outputs (the WebAssembly build runs the same test, so both
// builds draw the same numbers), ranges, and no visible bias.
#include <vector>

#include "fixtures.hpp"
#include "core/files/json_writer.hpp"
#include "core/base/random.hpp"

using namespace fontshade;

TEST_CASE("the generator's first outputs are pinned", "[random][determinism]") {
  Random r(1, 2);
  CHECK(r.next() == 262511562488784231ULL);
  CHECK(r.next() == 18089684904488775675ULL);
  CHECK(format_double(r.uniform01()) == "0.39777181124795047");
  CHECK(r.index(1345) == 476u);
}

TEST_CASE("uniform01 stays at least 0 and below 1, and index(n) below n, without bias", "[random]") {
  Random r(12345, 7);
  for (int k = 0; k < 100000; ++k) {
    const double u = r.uniform01();
    REQUIRE(u >= 0.0);
    REQUIRE(u < 1.0);
  }
  // Chi-square over 10 buckets of 200,000 draws: far below 27.9 (p = 0.001, 9 degrees of freedom).
  std::vector<int> counts(10, 0);
  const int draws = 200000;
  for (int k = 0; k < draws; ++k) {
    const std::uint32_t i = r.index(10);
    REQUIRE(i < 10);
    ++counts[i];
  }
  double chi2 = 0;
  for (int c : counts) chi2 += (c - draws / 10.0) * (c - draws / 10.0) / (draws / 10.0);
  CHECK(chi2 < 27.9);
  CHECK(r.index(1) == 0);
}

TEST_CASE("streams of one seed are independent of each other", "[random]") {
  Random a(5, 1), b(5, 2), c(6, 1);
  const auto first = a.next();
  CHECK(first != b.next());
  CHECK(first != c.next());
}
