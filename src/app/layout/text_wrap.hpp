#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace fontshade::app {

// Measures a piece of text: pixels in the app (ImGui::CalcTextSize), anything in the tests.
using TextWidth = std::function<float(std::string_view)>;

// `text` broken into lines no wider than max_width at spaces only, so a number is never split: the
// spaces at a break become a line break, and the text's own line breaks stay. Pixel-free, so the
// tests can check where lines break.
std::string wrap_text(std::string_view text, float max_width, const TextWidth& width);

}  // namespace fontshade::app
