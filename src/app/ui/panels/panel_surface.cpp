// 6. Decision surface: the network's A2 over R x G at one B, drawn per pixel by a fragment shader from
// the current weights; the 0.5 boundary (in the shader), the luma rule's boundary, the data's colours
// near the slice (surface_dots.hpp: training rows filled, test rows as rings, white for light text and
// black for dark text, a red cross where the network is wrong) and the picked colour drawn over it.
// Clicking picks that colour. The square on the left, its controls beside it.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "core/colour/colour_rules.hpp"
#include "app/text/format.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/layout/surface_dots.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

float dot_radius(float line) { return std::fmax(2.5f, line * 0.24f); }

// The data's rows near the slice: filled (training) or a ring (test), in the shade of text their label
// asks for, outlined in the other; a red cross on those the network gets wrong.
void draw_dots(ImDrawList* list, const SurfaceDots& dots, ImVec2 p, float side, float line) {
  const float r = dot_radius(line);
  for (const SurfaceDot& d : dots.dots) {
    const ImVec2 c(p.x + static_cast<float>(d.colour.r / 255.0) * side, p.y + side - static_cast<float>(d.colour.g / 255.0) * side);
    const ImU32 ink = d.label == 1 ? palette::dark_text : palette::light_text;
    const ImU32 edge = d.label == 1 ? palette::light_text : palette::dark_text;
    if (d.test) {
      list->AddCircle(c, r, edge, 12, 3.5f);
      list->AddCircle(c, r, ink, 12, 1.6f);
    } else {
      list->AddCircleFilled(c, r + 1.0f, edge, 12);
      list->AddCircleFilled(c, r, ink, 12);
    }
    if (d.wrong) {
      const float k = r * 1.25f;
      for (const auto& [colour, width] : {std::pair{IM_COL32(0, 0, 0, 255), 3.5f}, std::pair{IM_COL32(255, 45, 45, 255), 1.8f}}) {
        list->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), colour, width);
        list->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), colour, width);
      }
    }
  }
}

void controls(AppState& state, float width, const SurfaceDots& dots) {
  ImGui::BeginGroup();
  ImGui::PushItemWidth(width);
  ImGui::TextUnformatted(tr("B of the slice"));
  View& v = state.view;
  if (ImGui::SliderInt("##blue", &v.slice_blue, 0, 255)) v.slice_follows_picked = false;
  tooltip(tr("The square shows every red (across) and green (up) at this one blue value."));
  ImGui::Checkbox(tr("follow the picked colour"), &v.slice_follows_picked);
  ImGui::Checkbox(tr("the data"), &v.surface_dots);
  remember_item(state, "surface_dots");
  tooltip(tr("The data's colours whose B is near the slice's: filled for training rows, rings for test rows; white where the label says light text, black where it says dark text; a red cross where the network is wrong."));
  ImGui::PopItemWidth();
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_text(tr("blue: light text   orange: dark text   black: A2 = 0.5   dashed: luma rule"), width);
  if (v.surface_dots) {
    const int blue = v.slice_blue;
    char text[256];
    std::snprintf(text, sizeof text, tr("data with B %d to %d: %s rows, %s wrong"), blue - kSurfaceDotReach < 0 ? 0 : blue - kSurfaceDotReach,
                  blue + kSurfaceDotReach > 255 ? 255 : blue + kSurfaceDotReach, thousands(dots.near).c_str(), thousands(dots.wrong).c_str());
    wrapped_text(text, width);
    remember_item(state, "surface_dots_text");
  }
  ImGui::PopStyleColor();
  ImGui::EndGroup();
}

}  // namespace

void surface_panel(AppState& state, DecisionSurface& surface) {
  View& v = state.view;
  if (v.slice_follows_picked) v.slice_blue = v.picked.b;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float line = ImGui::GetFontSize();
  // The square leaves its controls the room of their widest label (a checkbox's cannot wrap).
  const float controls_width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                               std::fmax(ImGui::CalcTextSize(tr("follow the picked colour")).x, ImGui::CalcTextSize(tr("the data")).x);
  const float side = std::fmax(line * 4, std::fmin(avail.y - line * 1.4f, std::fmin(avail.x * 0.58f, avail.x - line * 2.2f - controls_width)));
  const ImVec2 p(ImGui::GetCursorScreenPos().x + line * 1.2f, ImGui::GetCursorScreenPos().y);
  const ImVec2 controls_at(p.x + side + line * 0.8f, p.y);
  ImGui::SetCursorScreenPos(p);
  ImGui::InvisibleButton("surface", ImVec2(side, side));
  remember_item(state, "surface");
  ImDrawList* list = ImGui::GetWindowDrawList();
  if (surface.ready()) {
    // The run's parameters at the cursor: the chapter's trainer's, or scikit-learn's (coefs_) with its trainer.
    surface.draw(list, p, side, state.run.parameters(), state.run.options().activation, v.slice_blue / 255.0);
  } else {
    list->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(50, 50, 50, 255));
    list->AddText(ImVec2(p.x + line, p.y + line), IM_COL32(255, 255, 255, 255), tr("(the GPU could not compile the shader)"));
  }
  if (ImGui::IsItemClicked()) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    const int r = static_cast<int>(std::lround(255.0 * (m.x - p.x) / side));
    const int g = static_cast<int>(std::lround(255.0 * (p.y + side - m.y) / side));
    state.view.picked = Rgb{r < 0 ? 0 : (r > 255 ? 255 : r), g < 0 ? 0 : (g > 255 ? 255 : g), v.slice_blue};
  }
  tooltip(tr("The network's answer for every colour of this slice: blue where it chooses light text, orange where it chooses dark text, black along A2 = 0.5. The white dashed line is where the luma rule switches. Click to pick a colour."));

  // The luma rule's boundary, G as a function of R at this B, dashed.
  list->PushClipRect(p, ImVec2(p.x + side, p.y + side), true);
  const auto to_screen = [&](double r, double g) {
    return ImVec2(p.x + static_cast<float>(r / 255.0) * side, p.y + side - static_cast<float>(g / 255.0) * side);
  };
  const int dashes = 24;
  for (int k = 0; k < dashes; ++k) {
    const double r0 = 255.0 * k / dashes, r1 = 255.0 * (k + 0.55) / dashes;
    list->AddLine(to_screen(r0, luma_boundary_green(r0, v.slice_blue)), to_screen(r1, luma_boundary_green(r1, v.slice_blue)),
                  IM_COL32(255, 255, 255, 255), 2.0f);
  }
  // One dot a cell a dot wide (and kind): a data set of any size draws a few thousand at most.
  const int cells = std::clamp(static_cast<int>(side / (2 * dot_radius(line))), 1, 256);
  const SurfaceDots dots = v.surface_dots ? surface_dots(state.run, v.slice_blue, kSurfaceDotReach, cells) : SurfaceDots{};
  draw_dots(list, dots, p, side, line);
  // The picked colour: a filled ring on the slice, a hollow one when its B is elsewhere.
  const ImVec2 at = to_screen(state.view.picked.r, state.view.picked.g);
  const ImU32 fill = IM_COL32(state.view.picked.r, state.view.picked.g, state.view.picked.b, 255);
  if (state.view.picked.b == v.slice_blue) list->AddCircleFilled(at, line * 0.45f, fill);
  list->AddCircle(at, line * 0.45f, IM_COL32(0, 0, 0, 255), 0, 3.0f);
  list->AddCircle(at, line * 0.45f, IM_COL32(255, 255, 255, 255), 0, 1.5f);
  list->PopClipRect();

  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  list->AddText(ImVec2(p.x, p.y + side + 2), text, tr("R \xE2\x86\x92"));
  list->AddText(ImVec2(p.x - line * 1.2f, p.y), text, "G");
  ImGui::SetCursorScreenPos(controls_at);
  controls(state, std::fmax(line * 4, ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - controls_at.x), dots);
}

}  // namespace fontshade::app
