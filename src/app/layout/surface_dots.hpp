#pragma once
#include <cstddef>
#include <vector>

#include "core/colour/colour.hpp"
#include "core/network/run.hpp"

namespace fontshade::app {

// The data's colours the decision surface marks: those whose B lies within `reach` of the slice's B,
// each with its part of the split and whether the network, at the cursor, gets its label wrong (the
// core's predicted_labels, as the accuracy counts it). Pixel-free, tested.
struct SurfaceDot {
  Rgb colour;
  int label = 0;       // 1 dark text, 0 light text
  bool test = false;   // a test row (else a training row)
  bool wrong = false;  // the network's answer differs from the label
};
struct SurfaceDots {
  std::vector<SurfaceDot> dots;  // at most `most`, in row order
  long long near = 0;            // rows near the slice, shown or not
  long long wrong = 0;           // of the shown dots
};
constexpr int kSurfaceDotReach = 4;
SurfaceDots surface_dots(const Run& run, int blue, int reach = kSurfaceDotReach, std::size_t most = 5000);

}  // namespace fontshade::app
