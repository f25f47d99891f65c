#pragma once
#include <cstdint>

#include "core/colour/colour.hpp"
#include "core/data/labelled_set.hpp"
#include "core/base/random.hpp"

namespace fontshade::app {

// Students label colours by hand (issue 7, part 3): the colour to label now, the set they made, and
// the seeded sequence of colours the app proposes. A class that types the same seed sees the same
// colours in the same order, so their labels can be compared.
class Labelling {
 public:
  enum class Source { sequence, picked };  // the seeded colours, or the colour picked in the Colour tab

  Labelling() { restart(1); }

  LabelledSet set;
  Source source = Source::sequence;

  // The sequence from its first colour, for this seed.
  void restart(std::uint64_t seed);
  std::uint64_t seed() const { return seed_; }
  // The sequence's colour on show, and how many came before it (0 for the first).
  Rgb proposal() const { return proposal_; }
  long long position() const { return position_; }
  // On to the sequence's next colour.
  void next();

  // The colour to label now: the proposal, or the picked colour.
  Rgb colour(Rgb picked) const { return source == Source::sequence ? proposal_ : picked; }
  // Labels the colour on show (y: 1 dark text, 0 light text) and, from the sequence, moves on to the
  // next colour. Returns the entry's index in the set.
  int answer(Rgb picked, int y);

 private:
  std::uint64_t seed_ = 1;
  Random random_{1, 0};
  Rgb proposal_;
  long long position_ = 0;
};

// The sequence's colour at `position` for a seed (0 the first), without a Labelling: three draws of
// the core's generator a colour, R then G then B, each uniform in 0-255.
Rgb sequence_colour(std::uint64_t seed, long long position);

}  // namespace fontshade::app
