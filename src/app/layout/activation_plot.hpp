#pragma once
#include <vector>

#include "core/network/chapter_tables.hpp"

namespace fontshade::app {

// One of the chapter's activation functions drawn as a small plot (the lesson's scene on the network's
// shape), without pixels: the function and its slope sampled over x, the ranges that hold both, and
// the points marked on it (the hidden nodes' Z1 for the picked colour, on the run's own activation).
struct PlotPoint {
  double x = 0, y = 0;
};
struct ActivationPlot {
  double x_min = -4, x_max = 4, y_min = 0, y_max = 1;
  std::vector<PlotPoint> function, slope;  // in the plot's units, left to right
  std::vector<PlotPoint> marks;            // (Z1, f(Z1))
};
// `marks`: the x values to mark (they widen the x range to hold them, with a margin).
ActivationPlot activation_plot(const ActivationInfo& a, int samples, const std::vector<double>& marks);

}  // namespace fontshade::app
