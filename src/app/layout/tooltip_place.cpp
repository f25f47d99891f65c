#include "app/layout/tooltip_place.hpp"

#include <algorithm>

namespace fontshade::app {
namespace {

float clamp_start(float start, float size, float lo, float hi) { return std::max(lo, std::min(start, hi - size)); }

}  // namespace

TooltipPlace place_tooltip(const Rect& item, float w, float h, const Rect& screen, float gap) {
  const float left = screen.x, top = screen.y, right = screen.x + screen.w, bottom = screen.y + screen.h;
  const float room_below = bottom - (item.y + item.h + gap), room_above = item.y - gap - top;
  const float room_right = right - (item.x + item.w + gap), room_left = item.x - gap - left;
  const float x_under = clamp_start(item.x, w, left, right);  // left-aligned with the item
  const float y_beside = clamp_start(item.y, h, top, bottom);
  const TooltipPlace below{x_under, item.y + item.h + gap, 0, 0}, above{x_under, item.y - gap, 0, 1};
  const TooltipPlace beside_right{item.x + item.w + gap, y_beside, 0, 0}, beside_left{item.x - gap, y_beside, 1, 0};
  if (room_below >= h) return below;
  if (room_above >= h) return above;
  if (room_right >= w) return beside_right;
  if (room_left >= w) return beside_left;
  // Nowhere is big enough: the roomiest side, pushed back onto the screen.
  const float most = std::max({room_below, room_above, room_right, room_left});
  if (most == room_below || most == room_above) {
    TooltipPlace p = most == room_below ? below : above;
    p.y = clamp_start(most == room_below ? p.y : p.y - h, h, top, bottom);
    p.pivot_y = 0;
    return p;
  }
  TooltipPlace p = most == room_right ? beside_right : beside_left;
  p.x = clamp_start(most == room_right ? p.x : p.x - w, w, left, right);
  p.pivot_x = 0;
  return p;
}

Rect tooltip_rect(const TooltipPlace& place, float w, float h) {
  return Rect{place.x - place.pivot_x * w, place.y - place.pivot_y * h, w, h};
}

}  // namespace fontshade::app
