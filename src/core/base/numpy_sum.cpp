#include "core/base/numpy_sum.hpp"

namespace fontshade {
namespace {

constexpr std::size_t kBlock = 128;  // NumPy's PW_BLOCKSIZE

double pairwise(const double* a, std::size_t n, std::size_t stride) {
  if (n < 8) {
    double sum = 0.;
    for (std::size_t i = 0; i < n; ++i) sum += a[i * stride];
    return sum;
  }
  if (n <= kBlock) {
    double r[8];
    for (std::size_t j = 0; j < 8; ++j) r[j] = a[j * stride];
    std::size_t i = 8;
    for (; i < n - (n % 8); i += 8)
      for (std::size_t j = 0; j < 8; ++j) r[j] += a[(i + j) * stride];
    double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) sum += a[i * stride];
    return sum;
  }
  std::size_t half = n / 2;
  half -= half % 8;
  return pairwise(a, half, stride) + pairwise(a + half * stride, n - half, stride);
}

}  // namespace

double numpy_pairwise_sum(const double* values, std::size_t n, std::size_t stride) {
  return 0. + pairwise(values, n, stride);
}

}  // namespace fontshade
