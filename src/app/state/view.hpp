#pragma once
#include <optional>

#include "core/network/chain_rule.hpp"
#include "core/colour/colour.hpp"
#include "app/state/view3d.hpp"

namespace fontshade::app {

// The tabs of the left column (the colour and what is said about colours) and of the right column's
// lower part (the run's progress and what the teacher sets).
enum class LeftTab { colour, chapter_colours, labels };
enum class RightTab { training, options, data, seeds, check };

// What the screen shows, apart from the run (the core's) and from pixels: the phase of the step being
// unfolded, the picked colour, and how the panels are set. The step itself is the run's cursor.
struct View {
  // Phase mode: one step unfolded in the chapter's order, at this phase. nullopt: the whole step.
  std::optional<Phase> phase;
  Rgb picked{0x22, 0x77, 0xd3};
  // The decision surface's slice: A2 over R x G at this B, or at the picked colour's B.
  bool slice_follows_picked = true;
  int slice_blue = 211;
  bool log_steps = true;       // the curves' step axis
  bool projector = false;      // projector mode: large type, the lesson's panels only, high contrast
  bool help_open = false;      // the list of keys (? key)
  // A message for the reader: why a link or a model file could not be opened (a problem, shown until
  // closed), or what was saved, copied or loaded (shown for a few seconds). In the interface's language.
  std::string notice;
  bool notice_problem = false;
  double notice_seconds = 0;   // how long it has been shown
  LeftTab left_tab = LeftTab::colour;
  RightTab right_tab = RightTab::training;
  bool tabs_requested = false;  // a call or a link chose the tabs: the next frame shows them
  bool edge_values = true;     // write each weight on its edge (3-3-1 networks)
  // What the pointer is over, in a formula or in the diagram: the other one highlights it (set in
  // one frame, read in the next).
  std::optional<Quantity> hovered;
  std::optional<Quantity> hovered_next;  // gathered during this frame
  // The passes panel follows phase mode: when the step or the phase changes it scrolls to the lit
  // formulas once (and then the reader may scroll freely).
  bool scroll_to_phase = false;
  long long followed_step = -1;
  std::optional<Phase> followed_phase;
  View3d view3d;  // the 3-D view: the colour cube and the hidden space (issue 18)
};

// How a quantity stands at the view's phase: not reached yet (hidden), computed by this phase (the
// one to look at), or computed before. Outside phase mode everything is shown.
enum class Reveal { hidden, current, shown };
Reveal reveal_of(const View& view, Quantity q);
// Whether the diagram's part `part` (DiagramPart bits) is lit at the view's phase.
bool phase_touches(const View& view, unsigned part);

}  // namespace fontshade::app
