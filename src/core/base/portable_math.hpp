#pragma once
// exp, log, tanh and pow written out in plain IEEE arithmetic, so that the native build (glibc, which
// may pick an FMA variant at run time) and the WebAssembly build (musl) compute the very same bits.
// Without them a trace could differ in the last digit between the desktop and the browser.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace fontshade::portable {

namespace detail {

// 2^(j/32), j = 0..31, correctly rounded (computed to 60 digits with Python's decimal module).
constexpr double kExp2Table[32] = {
    0x1.0000000000000p+0, 0x1.059b0d3158574p+0, 0x1.0b5586cf9890fp+0, 0x1.11301d0125b51p+0,
    0x1.172b83c7d517bp+0, 0x1.1d4873168b9aap+0, 0x1.2387a6e756238p+0, 0x1.29e9df51fdee1p+0,
    0x1.306fe0a31b715p+0, 0x1.371a7373aa9cbp+0, 0x1.3dea64c123422p+0, 0x1.44e086061892dp+0,
    0x1.4bfdad5362a27p+0, 0x1.5342b569d4f82p+0, 0x1.5ab07dd485429p+0, 0x1.6247eb03a5585p+0,
    0x1.6a09e667f3bcdp+0, 0x1.71f75e8ec5f74p+0, 0x1.7a11473eb0187p+0, 0x1.82589994cce13p+0,
    0x1.8ace5422aa0dbp+0, 0x1.93737b0cdc5e5p+0, 0x1.9c49182a3f090p+0, 0x1.a5503b23e255dp+0,
    0x1.ae89f995ad3adp+0, 0x1.b7f76f2fb5e47p+0, 0x1.c199bdd85529cp+0, 0x1.cb720dcef9069p+0,
    0x1.d5818dcfba487p+0, 0x1.dfc97337b9b5fp+0, 0x1.ea4afa2a490dap+0, 0x1.f50765b6e4540p+0,
};

// ln 2 split so that k * kLn2Hi is exact for |k| < 2^20 (Cody and Waite's reduction).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;

inline double power_of_two(int n) {
  // Normal range only; callers split larger exponents.
  const std::uint64_t bits = static_cast<std::uint64_t>(n + 1023) << 52;
  double result;
  std::memcpy(&result, &bits, sizeof result);
  return result;
}

inline double scale_by_power_of_two(double value, int n) {
  if (n > 1023) return value * power_of_two(1023) * power_of_two(n - 1023);
  if (n < -1022) return value * power_of_two(n + 1022) * power_of_two(-1022);
  return value * power_of_two(n);
}

}  // namespace detail

inline double exp(double x) {
  if (x != x) return x;
  if (x > 709.782712893384) return std::numeric_limits<double>::infinity();
  if (x < -745.1332191019412) return 0.0;
  // x = (32 m + j) ln2/32 + r with |r| <= ln2/64; e^x = 2^m * 2^(j/32) * e^r.
  // Round to the nearest integer by adding and removing 1.5 * 2^52 (exact in the default rounding
  // mode, and cheaper than floor(), which is a library call on baseline x86-64).
  constexpr double kShift = 0x1.8p52;
  const double shifted = x * (32.0 * detail::kInvLn2) + kShift;
  const double k = shifted - kShift;
  const double r = (x - k * (detail::kLn2Hi / 32.0)) - k * (detail::kLn2Lo / 32.0);
  // k as an integer, read from the low bits of 1.5 * 2^52 + k (k is far below 2^31 here): the same
  // value as a conversion, which in WebAssembly would cost a range check and a branch.
  std::uint64_t shifted_bits;
  std::memcpy(&shifted_bits, &shifted, sizeof shifted_bits);
  const auto ki = static_cast<std::int32_t>(static_cast<std::uint32_t>(shifted_bits));
  const int j = ki & 31;
  const int m = ki >> 5;  // = (ki - j) / 32: an arithmetic shift rounds down, and ki - j is a multiple of 32
  // e^r - 1 by its Taylor series to r^6 (the next term is below 2^-57 for |r| <= ln2/64), in Estrin's
  // form: fewer dependent steps, so a shorter latency per SGD step. Adding T * (e^r - 1) to T rounds
  // once at the end, which keeps the result within about 1 ulp.
  const double r2 = r * r;
  const double q = r + r2 * ((1.0 / 2 + r * (1.0 / 6)) + r2 * ((1.0 / 24 + r * (1.0 / 120)) + r2 * (1.0 / 720)));
  const double t = detail::kExp2Table[j];
  if (m >= -900 && m <= 1000) {
    // Here 2^m t, 2^m t q and their sum are normal doubles (|q| >= 2^-87 unless q = 0, as r is then a
    // multiple of 2^-86), so scaling by the power of two first is exact and gives the same bits as
    // scaling the sum; 2^m t is ready before q, so one multiplication fewer waits on the polynomial.
    const double scaled = t * detail::power_of_two(m);
    return scaled + scaled * q;
  }
  return detail::scale_by_power_of_two(t + t * q, m);
}


// logistic(z) = 1 / (1 + e^-z), computed without overflow for any z.
// 1 - logistic(z) is logistic_complement, computed without cancellation (needed when logistic(z)
// rounds to 1). d logistic / dz = e^-z / (1 + e^-z)^2 is logistic_slope, written with e^-|z| so it
// never overflows. Inline: they sit on the critical path of every SGD step.
inline double logistic(double z) {
  const double t = exp(-(z < 0 ? -z : z));
  return z >= 0 ? 1.0 / (1.0 + t) : t / (1.0 + t);
}

inline double logistic_complement(double z) {
  const double t = exp(-(z < 0 ? -z : z));
  return z >= 0 ? t / (1.0 + t) : 1.0 / (1.0 + t);
}

inline double logistic_slope(double z) {
  const double t = exp(-(z < 0 ? -z : z));
  const double one_plus_t = 1.0 + t;
  return t / (one_plus_t * one_plus_t);
}

// All three from one exp, for the SGD loop (A2 and dA2_dZ2 of one step): the same operations on the
// same t as the functions above, so the very same bits (for a NaN z only the NaN's sign may differ;
// the loop stops before it uses one), at the cost of one exp instead of two or three. -|z| is taken
// with fabs, a mask, where z < 0 ? -z : z compiles to a jump that the sign of Z2 mispredicts.
struct LogisticParts {
  double value;       // logistic(z)
  double complement;  // logistic_complement(z)
  double slope;       // logistic_slope(z)
};
inline LogisticParts logistic_parts(double z) {
  const double t = exp(-std::fabs(z));
  const double one_plus_t = 1.0 + t;
  return {(z >= 0 ? 1.0 : t) / one_plus_t, (z >= 0 ? t : 1.0) / one_plus_t, t / (one_plus_t * one_plus_t)};
}


double expm1(double x);
double log(double x);
// ln(1 + u), accurate for tiny u too (Goldberg's correction of the rounded 1 + u).
double log1p(double u);
// softplus(x) = ln(1 + e^x), never overflowing: the cross-entropy cost in terms of Z2.
double softplus(double x);
double tanh(double x);
// x > 0 only (colour rules raise channel values in [0, 1] to fixed powers).
double pow(double x, double y);


}  // namespace fontshade::portable
