#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/layout/rect.hpp"
#include "app/state/activities.hpp"
#include "core/colour/colour.hpp"
#include "app/state/data_loading.hpp"
#include "app/state/lesson_mode.hpp"
#include "core/network/records.hpp"
#include "core/network/run.hpp"
#include "app/state/reach.hpp"
#include "app/state/run_controller.hpp"
#include "app/state/view.hpp"

namespace fontshade::app {

// Everything the app knows besides pixels: the run (core, seekable), the view (what is shown: the
// phase, the picked colour, ...), and the player (run/pause at a speed). The app is a cursor over the
// run: panels draw the run's record at its cursor; they never compute network maths.
struct AppState {
  AppState();

  Run run;
  View view;
  RunController player;
  long long seed_field = 1;  // the seed typed next to Reset
  Activities activities;     // issue 7's class activities: labels, named colours, the seed sweep, the gradient check
  LessonMode lesson;         // issue 17's guided lesson: the lesson in use, the scene in view, the answers counted
  std::optional<Reach> reach;  // a far link's or model file's run, being rebuilt beside this one (reach.hpp)

  // The network's forward pass for the picked colour with the parameters at the cursor (a core record).
  ForwardRecord picked_forward() const;

  void reset(std::uint64_t seed);
  // A new run with other options (the same data, from step 0). The options it replaces stay one click
  // away: undo_options() goes back to them (a new run again, the same as the earlier one, step 0).
  // Options that fail Options::validate() change nothing; the reason is returned.
  std::string set_options(const Options& options);
  bool can_undo_options() const { return !options_undo.empty(); }
  void undo_options();
  std::vector<Options> options_undo;  // the options of earlier runs, newest last
  // The last change of options, for the sentence that says a new run started and what changed.
  struct OptionsChange {
    Options before, after;
  };
  std::optional<OptionsChange> last_change;
  // Trains on a built-in data set ("book", "synthetic") from step 0, keeping the options and seed.
  void use_builtin_data(std::string_view name);
  DataLoad data_load;  // files loaded or refused (data_loading.hpp)

  // Moving the cursor. Steps forward compute new steps past the run's frontier; steps back and seeks
  // rebuild computed ones. In phase mode the phase is kept, so the same part of another step shows.
  void step(long long n);
  void back(long long n);
  void seek(long long step);
  void home() { seek(0); }
  void end() { seek(run.steps_done()); }
  // → and ←: a phase in phase mode (crossing into the next or the previous step), else a step.
  void next();
  void previous();
  // Phase mode on (at the first phase of the step in view, taking the first step if there is none)
  // or off. Not with scikit-learn's trainer (its step is a mini-batch): on does nothing there.
  void set_phase_mode(bool on);
  bool phase_mode() const { return view.phase.has_value(); }
  void set_phase(Phase p);
  // The cursor can go no further: the run's last step, or a divergence.
  bool at_end() const;

  // Called once a frame with the wall time since the last frame.
  void tick(double seconds);

  // Screen regions the last frame drew, by name ("preview_card", "preview_text", "sample_swatch",
  // ...), for the scripting API and the tests.
  std::map<std::string, Rect> layout;
  // Scroll positions of scrolling panels ("passes_scroll"), reported by layout() beside the rectangles.
  std::map<std::string, Scroll> scrolls;
  int controls_drawn = 0;  // the controls counted so far this frame (ui/control_census.cpp)
};

// The step at the cursor in the trace format (`fontshade-cli trace`), plus "picked" (the colour, the
// network's A2 for it and its shade) and "phase" (its name in phase mode, else null). Before the first
// step: {"step": 0, parameters, "picked", "phase"}.
std::string state_json(const AppState& state);
std::string layout_json(const AppState& state);

}  // namespace fontshade::app
