#pragma once
#include <string>

#include "imgui.h"
#include "core/network/options.hpp"
#include "core/network/parameters.hpp"

namespace fontshade::app {

// Draws the network's A2 over the R x G square at a fixed B, computed per pixel by a fragment
// shader from the current weights. It draws from inside Dear ImGui's render pass (a draw-list
// callback), so it sits in a panel like any widget and needs no framebuffer object.
class DecisionSurface {
 public:
  // Compiles the shaders; on failure `error` says why and draw() shows nothing.
  bool init(std::string* error);
  bool ready() const { return program_ != 0; }
  // Queues the square at `top_left`, `side` pixels wide, into the current window's draw list.
  void draw(ImDrawList* list, ImVec2 top_left, float side, const Parameters& p, Activation a, double blue);

 private:
  static void render_callback(const ImDrawList* list, const ImDrawCmd* cmd);
  void render(const ImDrawCmd* cmd) const;

  unsigned program_ = 0;
  unsigned vertex_array_ = 0;
  unsigned vertex_buffer_ = 0;
  unsigned index_buffer_ = 0;
  unsigned weights_texture_ = 0;
  int uniform_weights_ = -1;
  int uniform_hidden_ = -1;
  int uniform_activation_ = -1;
  int hidden_ = 0;
  int activation_ = 0;
  ImVec2 top_left_;
  float side_ = 0;
};

}  // namespace fontshade::app
