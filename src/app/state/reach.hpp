#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/network/run.hpp"

namespace fontshade::app {

struct AppState;

// Going far into a run without freezing the screen: a link's step, a model file's. The run is rebuilt
// beside the one on the screen, a frame's worth of work at a time (the player's frame budget), while
// the screen shows a progress bar and Cancel; when it gets there it takes the screen (`arrive`).
// Steps past the one replay budget (kMaxReplaySteps, core) are refused before any of this. A short
// reach (little work by a fixed count, not by the clock, so the same call behaves the same on every
// machine) is done at once, within the call that asked for it.
struct Reach {
  enum class Kind { link, model, scene };  // scene: a lesson scene's screen (or its answer's)
  Kind kind = Kind::link;
  std::unique_ptr<Run> run;  // being rebuilt
  long long target = 0;
  // Puts the rebuilt run on the screen: "" or why not (a model file that is not its run's).
  std::function<std::string(AppState&, Run&)> arrive;
  // Says how it ended when that came after a wait (the caller of start_reach said nothing then).
  std::function<void(AppState&, const std::string& problem)> tell;
  // What goes back as it was when the reach is cancelled (a lesson's scene whose screen never came).
  std::function<void(AppState&)> cancelled;
  double seconds = 0;  // of work so far
};

// Work, in forward passes of one row, that a reach is done at once within: about 10 ms in a browser.
constexpr long long kReachAtOnceWork = 400000;
// The work of advancing `run` from its frontier to `target`: three passes a step, one per row at each
// curve checkpoint (the accuracy is measured there), in proportion to the hidden layer's width.
long long reach_work(const Run& run, long long target);

// Starts going to `reach.target`: the first part now, the rest in later frames. Done at once: the
// problem arrive() gave ("" when on screen), pending false. Else pending true, and a reach that was
// under way is dropped for this one.
struct ReachStart {
  std::string problem;
  bool pending = false;
};
ReachStart start_reach(AppState& state, Reach reach);
// A frame's work on the reach under way (AppState::tick calls it); arrives when it gets there.
void work_on_reach(AppState& state, double budget_seconds);
// Cancel: the reach is dropped and the screen stays as it was (with what `cancelled` puts back).
void cancel_reach(AppState& state);
// The reach under way to its end, now (the desktop app's scripted runs, which draw a fixed count of
// frames, and the tests).
void finish_reach(AppState& state);

}  // namespace fontshade::app
