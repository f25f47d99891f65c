#pragma once
#include <cstdint>

namespace fontshade {

// One seed, separate streams: the split, the starting weights and the sample order do not disturb
// each other (more steps never change the split).
enum RandomStream : std::uint64_t {
  kStreamSplit = 1,
  kStreamInit = 2,
  kStreamSamples = 3,
  kStreamSyntheticData = 4,
  kStreamLabelColours = 5,  // the colours the app proposes for students to label (a class shares a seed)
};

}  // namespace fontshade
