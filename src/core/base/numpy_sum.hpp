#pragma once
#include <cstddef>

namespace fontshade {

// np.sum of a contiguous 1-d run of doubles, in NumPy's own order (pairwise_sum in NumPy's
// loops_utils.h): fewer than 8 values one after another; up to 128 in eight running sums, combined
// as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the rest one by one; more than 128 split
// in two halves (the first a multiple of 8) summed alike. NumPy's reduction starts from its identity,
// 0 + that sum, as here. scikit-learn's log-loss (.sum()) and its output layer's np.mean go this way;
// a reduction along axis 0 of a matrix with two or more columns does not (it adds row after row), nor
// do BLAS's dot products here (Debian's reference BLAS adds term after term).
// `stride` is in elements.
double numpy_pairwise_sum(const double* values, std::size_t n, std::size_t stride = 1);

}  // namespace fontshade
