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
  std::vector<SurfaceDot> dots;  // in row order (the first row of each cell and kind)
  long long near = 0;            // rows near the slice, every one
  long long wrong = 0;           // of them, those the network gets wrong
};
constexpr int kSurfaceDotReach = 4;
// `cells`: 0, a dot for every row near the slice; else the R x G square is cut into cells x cells
// cells (the panel gives its side over a dot's size) and the rows of one kind (label, part of the
// split) in one cell are one dot, wrong if any of them is: a data set of any size draws at most four
// dots a cell, and every mistake still shows.
SurfaceDots surface_dots(const Run& run, int blue, int reach = kSurfaceDotReach, int cells = 0);

}  // namespace fontshade::app
