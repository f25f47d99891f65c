#pragma once
#include "app/state/app_state.hpp"
#include "app/state/cube_view.hpp"
#include "app/ui/decision_surface.hpp"
#include "core/files/lesson_file.hpp"  // ScenePart
#include "app/ui/platform.hpp"

namespace fontshade::app {

// Each panel draws into the current ImGui window from the state's records; none computes maths.
void colour_panel(AppState& state);          // picker, preview card, A2 bar, designer rules, network now
void step_controls_panel(AppState& state);   // reset, step, run, speed, progress, current sample
void sample_panel(AppState& state);          // the step's sample: its colour, X, Y and the label convention
void forward_panel(AppState& state);         // Z1, A1, Z2, A2, C of the current step, as matrices
void backward_panel(AppState& state);        // chain-rule factors, products, parameter updates
void batch_panel(AppState& state);
void code_panel(AppState& state, Platform& platform);  // the program beside the step; "Check it in your notebook"           // scikit-learn's trainer: the mini-batch, loss, momentum, epochs, coefs_
void diagram_panel(AppState& state);         // the network: nodes, weighted edges, hover values
void surface_panel(AppState& state, DecisionSurface& surface);  // A2 over R x G at a fixed B
void cube_panel(AppState& state, CubeModelCache& cache);  // the colour cube and the hidden space in 3-D (issue 18)
void training_panel(AppState& state);        // cost and accuracy curves, confusion matrix
// The teacher steers (issue 7), each in its tab:
void chapter_colours_panel(AppState& state);  // the chapter's named colours (and any CSS name): network and rules
void labels_panel(AppState& state);           // students label colours; their set, its CSV, its agreement with the rules
void options_panel(AppState& state);          // every training option, a new run on change, undo
void data_panel(AppState& state);             // the data: built-in sets, a CSV file, its facts and split
void data_files(AppState& state);             // every frame: a banner while a file is over the page
void open_data_picker();                      // the page's file picker for a CSV (the desktop has none)
void sweep_panel(AppState& state);            // how much the start matters: test accuracy over many seeds
void gradient_check_panel(AppState& state);   // backprop against finite differences for the step in view
// The guided lesson's parts (issue 17):
void colour_parts(AppState& state, const std::vector<ScenePart>& parts);  // picker, swatch, preview, rules, in that order
void data_facts_panel(AppState& state);       // the data's facts: rows, labels, the split (no choice of data)
void weights_panel(AppState& state);          // W1..W12, B1..B4 beside w_hidden, ..., at the step in view
void activations_panel(AppState& state);      // the chapter's activation functions with their slopes, Z1 marked
// Over the panels, under the menu bar at `top`: a far link's or model's progress and Cancel (ui/reach_progress.cpp).
void reach_progress(AppState& state, float top);

}  // namespace fontshade::app
