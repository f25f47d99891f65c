#include "app/ui/shader_sources.hpp"

#include <cstddef>

extern const unsigned char fontshade_shader_header[];
extern const unsigned char fontshade_shader_surface_vert[];
extern const unsigned char fontshade_shader_surface_frag[];

namespace fontshade::app {
namespace {
std::string text(const unsigned char* bytes) { return reinterpret_cast<const char*>(bytes); }
}  // namespace

std::string decision_surface_vertex_shader() {
  return text(fontshade_shader_header) + text(fontshade_shader_surface_vert);
}
std::string decision_surface_fragment_shader() {
  return text(fontshade_shader_header) + text(fontshade_shader_surface_frag);
}

}  // namespace fontshade::app
