#pragma once
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/network/chain_rule.hpp"
#include "core/colour/colour.hpp"
#include "core/network/option_table.hpp"
#include "app/text/strings.hpp"  // Settings
#include "app/state/view3d.hpp"

namespace fontshade::app {

// The tabs of the left column (the colour and what is said about colours) and of the right column's
// lower part (the run's progress and what the teacher sets).
enum class LeftTab { colour, chapter_colours, labels };
enum class RightTab { training, options, data, seeds, check };

// The Options tab's fields and sliders: a value being edited (by the widget's id, "lr", "lr_slider")
// follows the run's option while the widget is not in use, and applies when the edit ends; and the
// last value the option reader refused, until the next change.
struct OptionEdit {
  OptionValue value;
  bool active = false;
};
struct OptionsTabView {
  std::map<std::string, OptionEdit, std::less<>> edits;
  std::string problem;
};

// The Colour tab: the picker's hue as a wheel or a bar, and the colour field (its text while it is
// edited, why the last colour typed was refused, the CSS name typed last: it joined the chapter's colours).
struct ColourTabView {
  bool wheel = false;
  std::array<char, 32> hex{};  // room for the longest CSS name, lightgoldenrodyellow
  bool editing = false;
  std::string problem;
  std::string typed_name;
};

// The teacher's lesson editor (issue 17): open or not, and the scene whose fields it shows.
struct LessonEditorView {
  bool open = false;
  int selected = 0;
};

// What the screen shows, apart from the run (the core's) and from pixels: the phase of the step being
// unfolded, the picked colour, and how the panels are set. The step itself is the run's cursor.
struct View {
  // Phase mode: one step unfolded in the chapter's order, at this phase. nullopt: the whole step.
  std::optional<Phase> phase;
  Rgb picked{0x22, 0x77, 0xd3};
  // The decision surface's slice: A2 over R x G at this B, or at the picked colour's B; the data's
  // colours near it drawn or not.
  bool slice_follows_picked = true;
  int slice_blue = 211;
  bool surface_dots = true;
  bool log_steps = true;       // the curves' step axis
  Settings settings;           // the language and the digits numbers show (strings.hpp: the texts use them)
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
  OptionsTabView options_tab;
  LessonEditorView lesson_editor;
  ColourTabView colour_tab;
  std::array<char, 1024> data_path{};  // the Data tab's path field (the desktop's)
  int sweep_seeds = 20;                // the Seeds tab's N: set by whoever starts a sweep (the tab, a script)
  // The passes panel shows the Code view (the program beside the step) rather than the formulas;
  // code_requested: a call chose it, the next frame selects its tab.
  bool show_code = false;
  bool code_requested = false;
  // What the pointer is over, in a formula or in the diagram: the other one highlights it (set in
  // one frame, read in the next).
  std::optional<Quantity> hovered;
  std::optional<Quantity> hovered_next;  // gathered during this frame
  // The wheel scrolled a panel since the mouse last moved: the numbers passing under a resting pointer
  // get no tooltips (each covered the next ones), until the pointer moves.
  bool wheel_under_resting_pointer = false;
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
