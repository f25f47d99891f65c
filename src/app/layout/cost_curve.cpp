#include "app/layout/cost_curve.hpp"

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

double StepAxis::fraction_of(long long step) const {
  const double s = static_cast<double>(step), n = static_cast<double>(span > 0 ? span : 1);
  return log ? std::log1p(s) / std::log1p(n) : s / n;
}

long long StepAxis::step_at(double fraction) const {
  const double f = fraction < 0 ? 0 : (fraction > 1 ? 1 : fraction);
  const double n = static_cast<double>(span > 0 ? span : 1);
  return std::llround(log ? std::expm1(f * std::log1p(n)) : f * n);
}

StepAxis step_axis(const Run& run, bool log) { return StepAxis{run.steps_done() > 0 ? run.steps_done() : 1, log}; }

long long nearest_point(const std::vector<HistoryPoint>& points, long long step) {
  long long best = 0, distance = -1;
  for (const HistoryPoint& p : points) {
    const long long d = p.step > step ? p.step - step : step - p.step;
    if (distance < 0 || d < distance) {
      best = p.step;
      distance = d;
    }
  }
  return best;
}

CostCurve cost_curve(const Run& session) {
  CostCurve curve;
  // No point at step 0: no step has been taken, so there is no recent cost (the core's 0 there is not one).
  for (const HistoryPoint& h : plotted_history(session))
    if (h.step > 0) curve.points.push_back(h);
  // (scikit-learn's trainer: its log-loss, unbounded like cross-entropy.)
  if (session.options().cost == Cost::squared_error && !session.mlp()) {
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

std::vector<CurvePoint> thinned_series(const std::vector<HistoryPoint>& points, double (*value)(const HistoryPoint&),
                                       const StepAxis& axis, int columns) {
  std::vector<CurvePoint> out;
  if (columns < 1) columns = 1;
  const auto column_of = [&](long long step) {
    const int c = static_cast<int>(axis.fraction_of(step) * columns);
    return c < 0 ? 0 : (c >= columns ? columns - 1 : c);
  };
  // The column being gathered: its first, lowest, highest and last points.
  int column = -1;
  CurvePoint first, low, high, last;
  const auto flush = [&] {
    if (column < 0) return;
    CurvePoint kept[4] = {first, low.step <= high.step ? low : high, low.step <= high.step ? high : low, last};
    for (const CurvePoint& p : kept)
      if (out.empty() || out.back().step != p.step) out.push_back(p);
  };
  for (const HistoryPoint& h : points) {
    const double v = value(h);
    if (!std::isfinite(v)) continue;
    const CurvePoint p{h.step, v};
    const int c = column_of(h.step);
    if (c != column) {
      flush();
      column = c;
      first = low = high = last = p;
      continue;
    }
    if (v < low.value) low = p;
    if (v > high.value) high = p;
    last = p;
  }
  flush();
  return out;
}

}  // namespace fontshade::app
