#pragma once
#include <string>

#include "app/state/app_state.hpp"
#include "core/files/notebook_lines.hpp"
#include "core/files/step_export.hpp"

namespace fontshade::app {

// What the page and the desktop app hand out for notes and slides, built from the core's records.

// The step in view: its trace line (json, as `fontshade-cli trace` prints it), or its worked
// arithmetic (markdown, latex) with the digits shown on screen and the interface language's words.
// Empty before the first step.
std::string export_current_step(const AppState& state, StepFormat format);

// Steps first..last of the run as JSON lines (the trace's), rebuilt exactly; the cursor comes back
// to where it was. Only steps computed so far, at most kMaxExportedSteps at once (about 2.5 KB each).
// On a range it refuses, *problem says why (English, for the script call's RangeError) and the
// result is empty.
constexpr long long kMaxExportedSteps = 10000;
std::string export_step_range(AppState& state, long long first, long long last, std::string* problem);

// The training curves as CSV: step, recent_mean_cost, train_accuracy, test_accuracy at every
// checkpoint up to the frontier (the run's history), 17 significant digits.
std::string curves_csv(const AppState& state);

// "Check it in your notebook": the lines that make the chapter's notebook print the numbers of the
// step in view (core notebook_lines.hpp), or the problem that keeps a notebook from checking it.
NotebookLines notebook_lines_of(const AppState& state);
// The problem in the interface's language.
const char* notebook_problem_text(NotebookProblem p);

// A file name for something saved from this run: "fontshade-seed1-step500-model.json".
std::string export_file_name(const AppState& state, const std::string& what, const std::string& extension);

}  // namespace fontshade::app
