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
// `magnitude`: a number without its sign, after a minus the caller wrote ("− 1.44", not "+ -1.44").
void quantity_value(AppState& state, const StepRecord& r, Quantity q, bool magnitude = false);
// How wide quantity_value draws it (a formula's terms wrap by it).
float quantity_width(const StepRecord& r, Quantity q, bool magnitude = false);

// Everything drawn while it lives gets a tinted background when `on`: the formulas of the phase on
// show. Draws through its own channel splitter, so tables inside it keep theirs. Its rectangle goes
// into the layout as "phase_highlight" (with the frame's other lit blocks: the tests check what it
// lights); with `scroll`, follow_phase brings it into view when the phase changes.
class Highlight {
 public:
  Highlight(bool on, AppState& state, bool scroll = true);
  ~Highlight();
  Highlight(const Highlight&) = delete;
  Highlight& operator=(const Highlight&) = delete;

 private:
  bool on_;
  bool scroll_;
  AppState& state_;
  ImDrawList* list_ = nullptr;
  ImDrawListSplitter splitter_;
};
inline constexpr const char* kFollowedHighlight = "phase_highlight_followed";
// A lit block drawn otherwise (a table's tinted row): into the layout as a Highlight's is, and followed
// by follow_phase when `scroll`.
void note_lit(AppState& state, const Rect& lit, bool scroll = true);

// After the window's lit blocks are drawn, once the phase or the step changed (View::scroll_to_phase):
// scrolls the window to show all of them (their top a tenth of the way down when they fit so), or to
// its top when none is lit in it.
void follow_phase(AppState& state);

// The tint of the current phase, and of a quantity the pointer is over elsewhere.
constexpr ImU32 kPhaseTint = IM_COL32(240, 200, 80, 46);
constexpr ImU32 kHoverOutline = IM_COL32(255, 214, 90, 255);

}  // namespace fontshade::app
