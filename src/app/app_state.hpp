#pragma once
#include <map>
#include <optional>
#include <string>

#include "colour.hpp"
#include "records.hpp"
#include "run_controller.hpp"
#include "session.hpp"

namespace fontshade::app {

// A rectangle on screen, in the app's window coordinates: canvas pixels on the web (the page converts
// them to CSS pixels), window pixels on the desktop (framebuffer pixels unless the desktop scales).
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};
// A window's scroll position and how far it can scroll, in the same pixels as Rect.
struct Scroll {
  float x = 0, y = 0, max_x = 0, max_y = 0;
};

// Everything the app knows besides pixels: the training session (core), the picked colour, the run
// controls. Panels read it and change it through these members; they never compute network maths.
struct AppState {
  AppState();

  Session session;
  Rgb picked{0x22, 0x77, 0xd3};
  long long seed_field = 1;  // the seed typed next to Reset
  RunController run;

  // The network's forward pass for the picked colour with the current parameters (a core record).
  ForwardRecord picked_forward() const;

  void reset(std::uint64_t seed);
  // Trains on a built-in data set ("book", "synthetic") from step 0, keeping the options and seed.
  void use_builtin_data(std::string_view name);
  // n steps now (stops the run if training diverged or reached its end).
  void step(long long n);
  // Called once a frame with the wall time since the last frame.
  void tick(double seconds);

  // Screen regions the last frame drew, by name ("preview_card", "preview_text", "sample_swatch",
  // ...), for the scripting API and the tests.
  std::map<std::string, Rect> layout;
  // Scroll positions of scrolling panels ("passes_scroll"), reported by layout() beside the rectangles.
  std::map<std::string, Scroll> scrolls;
};

// The current step in the trace format (`fontshade-cli trace`), plus "picked": the colour, the
// network's A2 for it and its shade. Before the first step: {"step": 0, parameters, "picked"}.
std::string state_json(const AppState& state);
std::string layout_json(const AppState& state);

}  // namespace fontshade::app
