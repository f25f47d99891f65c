#include "cost_curve.hpp"

#include <cmath>

namespace fontshade::app {

std::vector<HistoryPoint> plotted_history(const Session& session) {
  std::vector<HistoryPoint> history = session.history();
  if (history.empty() || session.current_point().step > history.back().step) history.push_back(session.current_point());
  return history;
}

CostCurve cost_curve(const Session& session) {
  CostCurve curve;
  curve.points = plotted_history(session);
  double top = 0.05;
  for (const HistoryPoint& h : session.history())
    if (std::isfinite(h.recent_mean_cost)) top = std::fmax(top, h.recent_mean_cost);
  curve.top = top * 1.25;
  return curve;
}

}  // namespace fontshade::app
