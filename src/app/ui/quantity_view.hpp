#pragma once
#include "app/state/app_state.hpp"
#include "core/network/chain_rule.hpp"
#include "imgui.h"
#include "core/network/records.hpp"

namespace fontshade::app {

// What a quantity of the chapter is, in the interface's language (a tooltip).
const char* quantity_tip(Quantity q);

// A quantity's value read from a step's record and drawn by its shape (a number, a row, a column, a
// matrix), linked to the diagram: hovering it tells the diagram, and it is outlined when the
// diagram's pointer is over its part.
void quantity_value(AppState& state, const StepRecord& r, Quantity q);

// Everything drawn while it lives gets a tinted background when `on`: the formulas of the phase on
// show. Draws through its own channel splitter, so tables inside it keep theirs.
class Highlight {
 public:
  // With `scroll_to` set (and `on`), the window scrolls to bring this block into view, and the flag
  // is cleared: the panel follows the phase once per change.
  // Its rectangle goes into the layout as "phase_highlight" (the tests check what it lights).
  Highlight(bool on, AppState& state, bool scroll = true);
  ~Highlight();
  Highlight(const Highlight&) = delete;
  Highlight& operator=(const Highlight&) = delete;

 private:
  bool on_;
  AppState& state_;
  ImDrawList* list_ = nullptr;
  ImDrawListSplitter splitter_;
};

// The tint of the current phase, and of a quantity the pointer is over elsewhere.
constexpr ImU32 kPhaseTint = IM_COL32(240, 200, 80, 46);
constexpr ImU32 kHoverOutline = IM_COL32(255, 214, 90, 255);

}  // namespace fontshade::app
