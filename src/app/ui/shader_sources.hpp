#pragma once
#include <string>

namespace fontshade::app {

// The GLSL bodies in shaders/, each behind the header of this platform (web: #version 300 es with
// precision; desktop: #version 330 core). Embedded at build time: the page loads no other file.
std::string decision_surface_vertex_shader();
std::string decision_surface_fragment_shader();

}  // namespace fontshade::app
