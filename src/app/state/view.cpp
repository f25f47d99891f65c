#include "app/state/view.hpp"

namespace fontshade::app {

Reveal reveal_of(const View& view, Quantity q) {
  if (!view.phase) return Reveal::shown;
  const Phase p = phase_of(q);
  if (p == *view.phase) return Reveal::current;
  return p < *view.phase ? Reveal::shown : Reveal::hidden;
}

bool phase_touches(const View& view, unsigned part) {
  return view.phase && (info_of(*view.phase).touches & part) != 0;
}

}  // namespace fontshade::app
