#pragma once
#include "app/state/app_state.hpp"
#include "imgui.h"

namespace fontshade::app {

// What the frame cut off, measured rather than looked for: layout() gets a "cut:WHAT" rectangle for
// each part of the screen whose content does not fit where it is drawn and cannot be scrolled into
// view (and "cut_measure", to say the frame was measured). The tests want none, at every size, in
// both languages:
// - a window (a panel, a tab's body, the menu bar) whose items reach past its right edge when it cannot
//   scroll sideways, or past its bottom when it cannot scroll at all;
// - a table column whose cells or header reach past the column (ImGui clips them there);
// - a tab whose label was shortened to fit its bar ("Comprobar el…");
// - text the app draws itself (the preview card's shades, the probability bar's ends), through
//   note_drawn_text.
// At the end of the frame, before ImGui::Render.
void measure_cuts(AppState& state);
// Text drawn at [min, max] that belongs inside `box` (both screen pixels): a cut when it leaves the box
// or the window's visible part.
void note_drawn_text(AppState& state, const char* name, ImVec2 min, ImVec2 max, ImVec2 box_min, ImVec2 box_max);

}  // namespace fontshade::app
