#include "app/state/labelling.hpp"

#include "core/base/random_streams.hpp"

namespace fontshade::app {
namespace {

Rgb draw(Random& random) {
  const int r = static_cast<int>(random.index(256));
  const int g = static_cast<int>(random.index(256));
  const int b = static_cast<int>(random.index(256));
  return Rgb{r, g, b};
}

}  // namespace

void Labelling::restart(std::uint64_t seed) {
  seed_ = seed;
  random_ = Random(seed, kStreamLabelColours);
  position_ = 0;
  proposal_ = draw(random_);
}

void Labelling::next() {
  proposal_ = draw(random_);
  ++position_;
}

int Labelling::answer(Rgb picked, int y) {
  const int index = set.label(colour(picked), y);
  if (source == Source::sequence) next();
  return index;
}

Rgb sequence_colour(std::uint64_t seed, long long position) {
  Random random(seed, kStreamLabelColours);
  Rgb c = draw(random);
  for (long long k = 0; k < position; ++k) c = draw(random);
  return c;
}

}  // namespace fontshade::app
