#include "core/base/portable_math.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace fontshade::portable {

double expm1(double x) {
  if (x > -0.5 && x < 0.5) {
    // Taylor series to x^17: exact to rounding for |x| < 0.5, and no cancellation near 0.
    // n! is exact in a double for n <= 17, so each 1/n! is correctly rounded.
    double factorial[18] = {1.0};
    for (int n = 1; n <= 17; ++n) factorial[n] = factorial[n - 1] * n;
    double sum = 1.0 / factorial[17];
    for (int n = 16; n >= 1; --n) sum = 1.0 / factorial[n] + x * sum;
    return x * sum;
  }
  return exp(x) - 1.0;
}

double log(double x) {
  if (x != x || x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) return -std::numeric_limits<double>::infinity();
  if (x == std::numeric_limits<double>::infinity()) return x;
  int e = 0;
  double m = std::frexp(x, &e);  // x = m 2^e, m in [0.5, 1): exact on every platform
  if (m < 0.70710678118654752440) {
    m *= 2;
    e -= 1;
  }
  // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716: series in s^2.
  const double f = m - 1.0;
  const double s = f / (2.0 + f);
  const double s2 = s * s;
  double series = 1.0 / 25;
  for (int n = 23; n >= 1; n -= 2) series = 1.0 / n + s2 * series;
  const double ln_m = 2.0 * s * series;
  return e * detail::kLn2Hi + (ln_m + e * detail::kLn2Lo);
}

double log1p(double u) {
  const double v = 1.0 + u;
  if (v == 1.0) return u;
  return log(v) * (u / (v - 1.0));
}

double softplus(double x) {
  const double a = x < 0 ? -x : x;
  return (x > 0 ? x : 0.0) + log1p(exp(-a));
}

double tanh(double x) {
  if (x != x) return x;
  const double a = x < 0 ? -x : x;
  double t;
  if (a > 22.0) {
    t = 1.0;
  } else if (a < 0.25) {
    const double u = expm1(2.0 * a);
    t = u / (u + 2.0);
  } else {
    t = 1.0 - 2.0 / (exp(2.0 * a) + 1.0);
  }
  return x < 0 ? -t : t;
}

double pow(double x, double y) {
  if (x == 0) return y > 0 ? 0.0 : std::numeric_limits<double>::infinity();
  return exp(y * log(x));
}

}  // namespace fontshade::portable
