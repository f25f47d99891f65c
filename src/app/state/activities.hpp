#pragma once
#include <optional>
#include <string>

#include "core/network/gradient_check.hpp"
#include "app/state/labelling.hpp"
#include "app/state/named_colours.hpp"
#include "core/network/options.hpp"
#include "app/state/program_comparison.hpp"
#include "app/state/sweep_runner.hpp"

namespace fontshade::app {

struct AppState;

// A gradient check of one step, as the Gradient check tab shows it (core check_gradients).
struct CheckedStep {
  long long step = 0;
  Options options;  // of the run checked: a check of another run (other options) is old
  GradientCheck check;
};

// What the class activities of issue 7 keep between frames: the students' labels, the colour names
// typed, the seed sweep, the last gradient check. Part of AppState; pixel-free.
struct Activities {
  Labelling labelling;
  NamedColours named_colours;
  SweepRunner sweep;
  std::optional<CheckedStep> checked;
  bool check_follows = false;  // check again whenever the step in view changes
  ProgramComparison comparison;  // the chapter's two programs' test accuracy, side by side
};

// The sweep's share of a frame: the same budget as "as fast as possible" training (10 ms), so a frame
// stays far under 50 ms even with both at work.
constexpr double kSweepBudgetSeconds = 0.010;
// Once a frame, from AppState::tick: the sweep's slice, and the gradient check when it follows the step.
void tick_activities(AppState& state);

// Labels the colour on show (the Label tab's, or the picked one) with y (1 dark text, 0 light text);
// the L and D keys and the two sample halves. Returns the entry's index.
int answer_label(AppState& state, int y);
// Trains on the labels from step 0 (the options kept): false, and nothing changes, with fewer than 3.
bool train_on_labels(AppState& state);
// What train_on_labels calls its data: "labelled by hand: N colours".
std::string labels_source(int count);

// Starts a sweep of seeds 1 .. count with the run's options and data; the Seeds tab's field shows count.
void start_sweep(AppState& state, int count);
// Loads seed `seed` of the sweep: its data and options with that seed, a new run trained to the end
// without blocking (Train to the end), so its test accuracy is the one the sweep shows. False when
// the sweep has no such seed.
bool load_sweep_seed(AppState& state, std::uint64_t seed);
// The run's options and data are still the sweep's (apart from the seed).
bool sweep_matches_run(const AppState& state);

// Checks the step at the cursor (core check_gradients) and keeps it for the tab. False at step 0.
bool check_step(AppState& state);
// The kept check is of the step in view, in this run.
bool check_is_current(const AppState& state);

}  // namespace fontshade::app
