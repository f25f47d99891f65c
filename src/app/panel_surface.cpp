// 6. Decision surface: the network's A2 over R x G at one B, drawn per pixel by a fragment shader from
// the current weights; the 0.5 boundary (in the shader), the luma rule's boundary and the picked
// colour drawn over it. Clicking picks that colour. The square on the left, its controls beside it.
#include <cmath>

#include "colour_rules.hpp"
#include "format.hpp"
#include "panels.hpp"
#include "strings.hpp"
#include "widgets.hpp"

namespace fontshade::app {
namespace {

bool g_follow_picked = true;
int g_blue = 128;

void controls(AppState& state, float width) {
  ImGui::BeginGroup();
  ImGui::PushItemWidth(width);
  ImGui::TextUnformatted(tr("B of the slice"));
  if (ImGui::SliderInt("##blue", &g_blue, 0, 255)) g_follow_picked = false;
  tooltip(tr("The square shows every red (across) and green (up) at this one blue value."));
  ImGui::Checkbox(tr("follow the picked colour"), &g_follow_picked);
  ImGui::PopItemWidth();
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_text(tr("blue: light text   orange: dark text   black: A2 = 0.5   dashed: luma rule"), width);
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  (void)state;
}

}  // namespace

void surface_panel(AppState& state, DecisionSurface& surface) {
  if (g_follow_picked) g_blue = state.view.picked.b;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float line = ImGui::GetFontSize();
  const float side = std::fmax(line * 4, std::fmin(avail.y - line * 1.4f, avail.x * 0.58f));
  const ImVec2 p(ImGui::GetCursorScreenPos().x + line * 1.2f, ImGui::GetCursorScreenPos().y);
  const ImVec2 controls_at(p.x + side + line * 0.8f, p.y);
  ImGui::SetCursorScreenPos(p);
  ImGui::InvisibleButton("surface", ImVec2(side, side));
  remember_item(state, "surface");
  ImDrawList* list = ImGui::GetWindowDrawList();
  const Trainer& t = state.run.trainer();
  if (surface.ready()) {
    surface.draw(list, p, side, t.parameters(), t.options().activation, g_blue / 255.0);
  } else {
    list->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(50, 50, 50, 255));
    list->AddText(ImVec2(p.x + line, p.y + line), IM_COL32(255, 255, 255, 255), tr("(the GPU could not compile the shader)"));
  }
  if (ImGui::IsItemClicked()) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    const int r = static_cast<int>(std::lround(255.0 * (m.x - p.x) / side));
    const int g = static_cast<int>(std::lround(255.0 * (p.y + side - m.y) / side));
    state.view.picked = Rgb{r < 0 ? 0 : (r > 255 ? 255 : r), g < 0 ? 0 : (g > 255 ? 255 : g), g_blue};
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
    list->AddLine(to_screen(r0, luma_boundary_green(r0, g_blue)), to_screen(r1, luma_boundary_green(r1, g_blue)),
                  IM_COL32(255, 255, 255, 255), 2.0f);
  }
  // The picked colour: a filled ring on the slice, a hollow one when its B is elsewhere.
  const ImVec2 at = to_screen(state.view.picked.r, state.view.picked.g);
  const ImU32 fill = IM_COL32(state.view.picked.r, state.view.picked.g, state.view.picked.b, 255);
  if (state.view.picked.b == g_blue) list->AddCircleFilled(at, line * 0.45f, fill);
  list->AddCircle(at, line * 0.45f, IM_COL32(0, 0, 0, 255), 0, 3.0f);
  list->AddCircle(at, line * 0.45f, IM_COL32(255, 255, 255, 255), 0, 1.5f);
  list->PopClipRect();

  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  list->AddText(ImVec2(p.x, p.y + side + 2), text, tr("R \xE2\x86\x92"));
  list->AddText(ImVec2(p.x - line * 1.2f, p.y), text, "G");
  ImGui::SetCursorScreenPos(controls_at);
  controls(state, std::fmax(line * 4, ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - controls_at.x));
}

}  // namespace fontshade::app
