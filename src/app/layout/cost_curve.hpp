#pragma once
#include <vector>

#include "core/network/run.hpp"

namespace fontshade::app {

// What the training panel's plots draw, without pixels (so the tests can check it).

// The checkpoints, then where the run stands now if it lies past the last one.
std::vector<HistoryPoint> plotted_history(const Run& session);

// The cost plot: its points (the mean C of the recent steps, from step 1 on) and the top of its axis
// (the bottom is 0): 1 for squared error, the most the cost can be; for cross-entropy, which has no
// bound, the largest mean so far rounded up to 1, 2 or 5 times a power of ten.
struct CostCurve {
  std::vector<HistoryPoint> points;
  double top = 1;
};
CostCurve cost_curve(const Run& session);

// The step axis: from 0 to the run's frontier (the steps computed so far), linear or log (log1p).
struct StepAxis {
  long long span = 1;
  bool log = true;
  double fraction_of(long long step) const;   // 0 at step 0, 1 at the frontier
  long long step_at(double fraction) const;   // the inverse, rounded
};
StepAxis step_axis(const Run& run, bool log);
// A click on a curve: the step of the plotted point nearest to `step` (the curves' points are
// checkpoints, so that is a step whose values the curve shows).
long long nearest_point(const std::vector<HistoryPoint>& points, long long step);

// A series as drawn `columns` pixel columns wide: the points falling in one column reduced to their
// first, lowest, highest and last (in step order), so the line through them shows every spike of
// the series and its ends while a run of any length draws at most four points a column. Points whose
// value is not finite are left out (NaN is never drawn as a value).
struct CurvePoint {
  long long step = 0;
  double value = 0;
};
std::vector<CurvePoint> thinned_series(const std::vector<HistoryPoint>& points, double (*value)(const HistoryPoint&),
                                       const StepAxis& axis, int columns);

}  // namespace fontshade::app
