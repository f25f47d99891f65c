#pragma once
#include <string>

namespace fontshade::app {

// Reads the current framebuffer (the app's own pixels) and writes it as a PNG. Returns false and
// sets *error when it cannot.
bool write_screenshot(const std::string& path, int width, int height, std::string* error);

}  // namespace fontshade::app
