#pragma once
#include "app_state.hpp"
#include "decision_surface.hpp"

namespace fontshade::app {

// Each panel draws into the current ImGui window from the state's records; none computes maths.
void colour_panel(AppState& state);          // picker, preview card, A2 bar, designer rules, network now
void step_controls_panel(AppState& state);   // reset, step, run, speed, progress, current sample
void forward_panel(AppState& state);         // Z1, A1, Z2, A2, C of the current step, as matrices
void backward_panel(AppState& state);        // chain-rule factors, products, parameter updates
void diagram_panel(AppState& state);         // the network: nodes, weighted edges, hover values
void surface_panel(AppState& state, DecisionSurface& surface);  // A2 over R x G at a fixed B
void training_panel(AppState& state);        // cost and accuracy curves, confusion matrix, data facts

}  // namespace fontshade::app
