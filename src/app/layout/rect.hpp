#pragma once

namespace fontshade::app {

// A rectangle on screen, in the app's window coordinates: canvas pixels on the web (the page converts
// them to CSS pixels), window pixels on the desktop (framebuffer pixels unless the desktop scales).
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};
// A window's scroll position and how far it can scroll, in the same pixels as Rect.
struct Scroll {
  float x = 0, y = 0, max_x = 0, max_y = 0;
};

}  // namespace fontshade::app
