#include "app/layout/activation_plot.hpp"

#include <algorithm>
#include <cmath>

namespace fontshade::app {

ActivationPlot activation_plot(const ActivationInfo& a, int samples, const std::vector<double>& marks) {
  ActivationPlot plot;
  for (double z : marks) {
    if (!std::isfinite(z)) continue;  // a diverged run's Z1 is reported elsewhere, never drawn
    plot.x_min = std::min(plot.x_min, std::floor(z) - 1);
    plot.x_max = std::max(plot.x_max, std::ceil(z) + 1);
    plot.marks.push_back({z, a.f(z)});
  }
  double lo = 0, hi = 1;
  samples = std::max(samples, 2);
  for (int i = 0; i < samples; ++i) {
    const double x = plot.x_min + (plot.x_max - plot.x_min) * i / (samples - 1);
    const PlotPoint f{x, a.f(x)}, s{x, a.slope(x)};
    plot.function.push_back(f);
    plot.slope.push_back(s);
    lo = std::min({lo, f.y, s.y});
    hi = std::max({hi, f.y, s.y});
  }
  const double pad = (hi - lo) * 0.08;
  plot.y_min = lo - pad;
  plot.y_max = hi + pad;
  return plot;
}

}  // namespace fontshade::app
