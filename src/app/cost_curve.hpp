#pragma once
#include <vector>

#include "session.hpp"

namespace fontshade::app {

// What the training panel's plots draw, without pixels (so the tests can check it).

// The checkpoints, then where the run stands now if it lies past the last one.
std::vector<HistoryPoint> plotted_history(const Session& session);

// The cost plot: its points (step and mean recent C) and the top of its axis (the bottom is 0).
struct CostCurve {
  std::vector<HistoryPoint> points;
  double top = 1;
};
CostCurve cost_curve(const Session& session);

}  // namespace fontshade::app
