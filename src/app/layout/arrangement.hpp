#pragma once
#include <string_view>
#include <vector>

#include "app/layout/rect.hpp"

namespace fontshade::app {

// Where the panels go, without pixels drawn: the app asks for an arrangement each frame and puts its
// windows there. Tested for every window size and mode (no two panels overlap, all fit the width).
enum class PanelId { colour, steps, passes, network, surface, tabs };
// The name layout() reports each panel's rectangle under ("panel_steps", ...).
std::string_view panel_name(PanelId id);

struct Placement {
  PanelId id;
  Rect rect;  // window pixels; with a page, relative to the page's top (it scrolls under the menu bar)
};

struct Arrangement {
  std::string_view name;  // "wide", "portrait", "projector", "projector_portrait", "page", "projector_page"
  std::vector<Placement> panels;
  bool page = false;  // the panels are stacked taller than the window: one page that scrolls
  float page_height = 0;
};

// The window (width x height pixels, the menu bar `top` pixels tall), the interface's scale (1 = the
// design at 1280 x 800), projector mode (the lesson's panels only: colour, steps, passes, network),
// and how tall the step panel's content was last frame (it gets what it needs, within limits).
// - wide: the three columns (colour | steps over passes | network, surface, tabs);
// - portrait (taller than wide): rows using the height: colour and steps, passes, network and
//   surface, tabs;
// - projector: steps and colour above, passes and network below (portrait: stacked);
// With the 3-D view open (cube_open) the surface panel, which holds it, gets more of the height.
// - page: when the window is too small in design units for those (browser zoom, a phone), every
//   panel at a readable size, stacked, on a page that scrolls.
Arrangement arrange(float width, float height, float top, float scale, bool projector, float steps_content, bool cube_open = false);

}  // namespace fontshade::app
