#pragma once
#include "app/layout/rect.hpp"

namespace fontshade::app {

// Where a tooltip goes: the point (x, y) and which corner of the tooltip sits on it (pivot 0 = left or
// top edge, 1 = right or bottom edge). A pivot keeps the tooltip clear of the item even when its drawn
// size differs from the one estimated here (Dear ImGui sizes a tooltip from its previous frame).
struct TooltipPlace {
  float x = 0, y = 0;
  float pivot_x = 0, pivot_y = 0;
};

// A tooltip of size w x h placed so it does not cover the item it explains (nor the pointer on it):
// below the item, else above, else right of it, else left of it, `gap` away, kept on the screen; if no
// side has room, on the side with the most room, kept on the screen as far as it fits.
TooltipPlace place_tooltip(const Rect& item, float w, float h, const Rect& screen, float gap);
// The rectangle a w x h tooltip covers at that place.
Rect tooltip_rect(const TooltipPlace& place, float w, float h);

}  // namespace fontshade::app
