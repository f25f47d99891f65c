#pragma once
#include <Eigen/Core>

#include "core/base/limits.hpp"

namespace fontshade {

// Shapes follow the chapter: H hidden nodes (1..16), 3 inputs. Storage is fixed at the largest
// network, so no SGD step ever allocates.
using Input = Eigen::Matrix<double, 3, 1>;
using HiddenVector = Eigen::Matrix<double, Eigen::Dynamic, 1, Eigen::ColMajor, kMaxHidden, 1>;
using OutputRow = Eigen::Matrix<double, 1, Eigen::Dynamic, Eigen::RowMajor, 1, kMaxHidden>;
using HiddenMatrix = Eigen::Matrix<double, Eigen::Dynamic, 3, Eigen::RowMajor, kMaxHidden, 3>;

}  // namespace fontshade
