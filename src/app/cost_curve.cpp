#include "cost_curve.hpp"

#include <cmath>

namespace fontshade::app {
namespace {

// The smallest of 1, 2 or 5 times a power of ten that is at least v (v > 0): an axis label that reads well.
double rounded_up(double v) {
  const double power = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 5.0})
    if (m * power >= v) return m * power;
  return 10 * power;
}

}  // namespace

std::vector<HistoryPoint> plotted_history(const Run& session) {
  std::vector<HistoryPoint> history = session.history();
  if (history.empty() || session.current_point().step > history.back().step) history.push_back(session.current_point());
  return history;
}

CostCurve cost_curve(const Run& session) {
  CostCurve curve;
  // No point at step 0: no step has been taken, so there is no recent cost (the core's 0 there is not one).
  for (const HistoryPoint& h : plotted_history(session))
    if (h.step > 0) curve.points.push_back(h);
  if (session.options().cost == Cost::squared_error) {
    curve.top = 1;  // (A2 - Y)^2 with a logistic A2 in (0, 1) and Y 0 or 1 never exceeds 1
    return curve;
  }
  // Cross-entropy has no bound: the largest mean so far, rounded up.
  double most = 0;
  for (const HistoryPoint& h : curve.points)
    if (std::isfinite(h.recent_mean_cost)) most = std::fmax(most, h.recent_mean_cost);
  curve.top = most > 0 ? rounded_up(most) : 1;
  return curve;
}

}  // namespace fontshade::app
