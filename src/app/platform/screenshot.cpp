#include "app/platform/screenshot.hpp"

#include <vector>

#include "app/ui/gl_api.hpp"

// Debian's libstb-dev: the single-header PNG writer (a system header, not a copy in the project).
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO_OVERRIDE
#include <stb/stb_image_write.h>

namespace fontshade::app {

bool write_screenshot(const std::string& path, int width, int height, std::string* error) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);  // GL's rows start at the bottom
  if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4)) {
    *error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace fontshade::app
