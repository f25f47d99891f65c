#include "app/state/run_controller.hpp"

#include <cmath>

namespace fontshade::app {

long long RunController::steps_due(double seconds) {
  if (!running_ || unlimited()) return 0;
  // A long pause (window hidden, debugger) must not turn into a burst of thousands of steps.
  if (seconds > 0.25) seconds = 0.25;
  carry_ += seconds * steps_per_second();
  const double whole = std::floor(carry_);
  carry_ -= whole;
  return static_cast<long long>(whole);
}

}  // namespace fontshade::app
