// Our own exp, log, tanh and pow (the same bits natively and in WebAssembly) against the platform's
// libm: within a couple of units in the last place everywhere we use them.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "fixtures.hpp"
#include "core/base/portable_math.hpp"
#include "core/base/random.hpp"

using namespace fontshade;

namespace {

// Distance in units in the last place between two finite doubles of the same sign.
std::int64_t ulps(double a, double b) {
  std::int64_t ia, ib;
  std::memcpy(&ia, &a, 8);
  std::memcpy(&ib, &b, 8);
  return ia > ib ? ia - ib : ib - ia;
}

}  // namespace

TEST_CASE("exp is within 2 ulp of libm over its whole range", "[math]") {
  Random random(3, 1);
  for (int k = 0; k < 200000; ++k) {
    const double x = random.uniform(-745, 709.7);
    INFO("x = " << x);
    REQUIRE(ulps(portable::exp(x), std::exp(x)) <= 2);
  }
  for (int k = 0; k < 100000; ++k) {
    const double x = random.uniform(-2, 2);
    REQUIRE(ulps(portable::exp(x), std::exp(x)) <= 1);
  }
  CHECK(portable::exp(0) == 1.0);
  CHECK(portable::exp(710) == std::numeric_limits<double>::infinity());
  CHECK(portable::exp(-746) == 0.0);
  CHECK(std::isnan(portable::exp(std::nan(""))));
}

TEST_CASE("log, expm1, tanh and pow are close to libm", "[math]") {
  Random random(3, 2);
  for (int k = 0; k < 100000; ++k) {
    const double x = std::ldexp(random.uniform(0.5, 1.0), static_cast<int>(random.index(200)) - 100);
    INFO("x = " << x);
    REQUIRE(ulps(portable::log(x), std::log(x)) <= 2);
  }
  for (int k = 0; k < 100000; ++k) {
    const double x = random.uniform(-3, 3);
    INFO("x = " << x);
    // Above 0.5, expm1 is exp(x) - 1: the subtraction can triple exp's rounding error.
    REQUIRE(ulps(portable::expm1(x), std::expm1(x)) <= 4);
    REQUIRE(std::fabs(portable::tanh(x) - std::tanh(x)) <= 4 * std::numeric_limits<double>::epsilon() * std::fabs(std::tanh(x)));
  }
  CHECK(portable::tanh(1e-10) == Approx(1e-10).epsilon(1e-15));
  CHECK(portable::tanh(-30) == -1.0);
  CHECK(portable::log(1.0) == 0.0);
  CHECK(portable::pow(0.5, 2.4) == Approx(std::pow(0.5, 2.4)).epsilon(1e-15));
  CHECK(portable::pow(0.0, 2.4) == 0.0);
}

TEST_CASE("log1p and softplus stay accurate for tiny and huge arguments", "[math]") {
  CHECK(portable::log1p(1e-20) == 1e-20);
  CHECK(portable::log1p(1e-10) == Approx(std::log1p(1e-10)).epsilon(1e-15));
  CHECK(portable::log1p(0.5) == Approx(std::log1p(0.5)).epsilon(1e-15));
  CHECK(portable::softplus(0) == Approx(std::log(2.0)).epsilon(1e-15));
  CHECK(portable::softplus(800) == 800);
  CHECK(portable::softplus(-800) == 0);
  CHECK(portable::softplus(-40) == Approx(4.248354255291589e-18).epsilon(1e-14));
  CHECK(portable::softplus(3) == Approx(std::log1p(std::exp(3.0))).epsilon(1e-15));
}

TEST_CASE("logistic, its complement and its slope stay finite and accurate in the tails", "[math]") {
  for (double z : {-800.0, -40.0, -5.0, -1e-9, 0.0, 1e-9, 5.0, 40.0, 800.0}) {
    INFO("z = " << z);
    const double s = portable::logistic(z);
    const double c = portable::logistic_complement(z);
    const double d = portable::logistic_slope(z);
    CHECK(std::isfinite(s));
    CHECK(std::isfinite(c));
    CHECK(std::isfinite(d));
    CHECK(s == Approx(1 / (1 + std::exp(-z))).epsilon(1e-15));
    CHECK(c == Approx(1 / (1 + std::exp(z))).epsilon(1e-15));
    CHECK(d == Approx(std::exp(-std::fabs(z)) / std::pow(1 + std::exp(-std::fabs(z)), 2)).epsilon(1e-14));
  }
  CHECK(portable::logistic(0) == 0.5);
  CHECK(portable::logistic_slope(0) == 0.25);
  CHECK(portable::logistic_complement(40) == Approx(4.248354255291589e-18).epsilon(1e-14));
}

TEST_CASE("logistic_parts gives the very bits of logistic, logistic_complement and logistic_slope", "[math]") {
  // The SGD loop takes A2 and dA2_dZ2 from one exp; the records take them from two. Same bits, or the
  // fast path and the recorded path would part.
  const auto same_bits = [](double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; };
  Random random(3, 3);
  for (int k = 0; k < 200000; ++k) {
    const double z = k % 2 ? random.uniform(-40, 40) : random.uniform(-800, 800);
    const portable::LogisticParts parts = portable::logistic_parts(z);
    INFO("z = " << z);
    REQUIRE(same_bits(parts.value, portable::logistic(z)));
    REQUIRE(same_bits(parts.complement, portable::logistic_complement(z)));
    REQUIRE(same_bits(parts.slope, portable::logistic_slope(z)));
  }
  // Pinned: the exp behind them reads its integer k from bits (not a conversion); these are its
  // values before that change, to the last bit.
  CHECK(portable::exp(-0.6931471805599453) == 0.5);
  CHECK(portable::exp(1.0) == 2.7182818284590451);
  CHECK(portable::exp(-700.0) == 9.8596765437597708e-305);
  CHECK(portable::exp(-740.0) == 4.1995579896505956e-322);  // subnormal: scaled in two steps
}
