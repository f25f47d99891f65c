// The 3-D view (issue 18): the colour cube with the data's colours, the hidden nodes' planes and the
// decision boundary, or the hidden layer's space with the output's plane. Drag to turn, wheel or
// pinch to zoom. The picture comes from layout/cube_scene.hpp,
// already projected and sorted; this file only draws it and turns input into camera moves.
#include <cmath>
#include <cstdio>

#include "app/layout/camera3d.hpp"
#include "app/state/cube_view.hpp"
#include "app/text/strings.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/widgets.hpp"
#include "imgui_internal.h"  // SetItemUsingMouseWheel: the wheel zooms the view instead of scrolling the panel

namespace fontshade::app {
namespace {

ImU32 colour_of(Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }
ImVec2 at(const Projected& p) { return ImVec2(p.x, p.y); }

void draw_scene(ImDrawList* list, const CubeScene& scene, float line) {
  const ImDrawListFlags flags = list->Flags;
  for (const Shape2& s : scene.shapes) {
    switch (s.kind) {
      case Shape3::Kind::polygon: {
        // Without anti-aliased fill: the small triangles of a translucent plane would show their seams.
        list->Flags = flags & ~ImDrawListFlags_AntiAliasedFill;
        ImVec2 points[3];
        for (int k = 0; k < s.count; ++k) points[k] = at(s.points[k]);
        list->AddConvexPolyFilled(points, s.count, colour_of(s.fill));
        list->Flags = flags;
        break;
      }
      case Shape3::Kind::line:
        list->AddLine(at(s.points[0]), at(s.points[1]), colour_of(s.edge), std::fmax(1.0f, s.size));
        break;
      case Shape3::Kind::point: {
        const ImVec2 c = at(s.points[0]);
        const float r = std::fmax(2.0f, s.size);
        if (s.ring) {
          list->AddCircle(c, r, colour_of(s.edge), 12, 3.5f);
          list->AddCircle(c, r, colour_of(s.fill), 12, 2.0f);
        } else if (s.fill.a == 0) {  // a highlight: a ring around what it marks
          list->AddCircle(c, r, IM_COL32(0, 0, 0, s.edge.a), 0, 4.0f);
          list->AddCircle(c, r, colour_of(s.edge), 0, 2.2f);
        } else {
          list->AddCircleFilled(c, r + 0.8f, colour_of(s.edge), 12);
          list->AddCircleFilled(c, r, colour_of(s.fill), 12);
        }
        if (s.cross) {
          const float k = r * 1.3f;
          list->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), IM_COL32(255, 45, 45, s.edge.a), 1.8f);
          list->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), IM_COL32(255, 45, 45, s.edge.a), 1.8f);
        }
        break;
      }
      case Shape3::Kind::label: {
        const char* text = scene.texts[static_cast<std::size_t>(s.text)].c_str();
        const ImVec2 size = ImGui::CalcTextSize(text);
        const ImVec2 p(s.points[0].x - size.x * 0.5f, s.points[0].y - size.y * 0.5f);
        list->AddRectFilled(ImVec2(p.x - line * 0.15f, p.y), ImVec2(p.x + size.x + line * 0.15f, p.y + size.y), IM_COL32(16, 17, 22, s.fill.a * 3 / 4), 3);
        list->AddText(p, colour_of(s.fill), text);
        break;
      }
    }
  }
}

// Drag to turn, the wheel to zoom.
void handle_input(AppState& state, float side) {
  View3d& v = state.view.view3d;
  ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemHovered()) {
    ImGui::SetItemUsingMouseWheel();
    if (io.MouseWheel != 0) zoom_by_notches(v.camera, io.MouseWheel);
  }
  if (ImGui::IsItemActive() && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) turn(v.camera, io.MouseDelta.x, io.MouseDelta.y, side);
}

void space_buttons(AppState& state, float width) {
  View3d& v = state.view.view3d;
  const auto choice = [&](const char* label, const char* name, Space3d space, const char* tip) {
    const bool chosen = v.space == space;
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(label, ImVec2(width, 0)) && !chosen) toggle_space(v);
    if (chosen) ImGui::PopStyleColor();
    remember_item(state, name);
    tooltip(tip);
  };
  choice(tr("Colour cube"), "view3d_space_cube", Space3d::cube,
         tr("Every colour at its place (R, G, B): the hidden nodes' planes cut the cube, the boundary bends. (Key: H)"));
  choice(tr("Hidden space"), "view3d_space_hidden", Space3d::hidden,
         tr("Every colour at its A1 = ReLU(w_hidden X + b_hidden): the hidden layer folds the cube, and one flat plane, the output node's, separates light from dark. (Key: H)"));
}

void legend(AppState& state, const CubeModel& model, float width) {
  const float line = ImGui::GetFontSize();
  ImDrawList* list = ImGui::GetWindowDrawList();
  for (const NodeNote& n : model.nodes) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    list->AddRectFilled(ImVec2(p.x, p.y + line * 0.2f), ImVec2(p.x + line * 0.8f, p.y + line), IM_COL32(n.hue.r, n.hue.g, n.hue.b, 255), 2);
    ImGui::SetCursorScreenPos(ImVec2(p.x + line * 1.1f, p.y));
    const char* what = n.reach == NodeReach::dead ? tr("node %d: dead for every colour")
                       : n.reach == NodeReach::everywhere ? tr("node %d: active for every colour")
                                                          : tr("node %d: its plane cuts the cube");
    char text[160];
    std::snprintf(text, sizeof text, what, n.node + 1);
    ImGui::PushStyleColor(ImGuiCol_Text, n.reach == NodeReach::dead ? palette::problem : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    wrapped_text(text, width - line * 1.1f);
    ImGui::PopStyleColor();
    tooltip(n.reach == NodeReach::dead ? tr("Z1 <= 0 for every colour of the cube: ReLU gives 0 and passes no gradient back, so this node never learns again.")
            : n.reach == NodeReach::everywhere ? tr("Z1 > 0 for every colour of the cube: its plane lies outside it, and the node passes Z1 on unchanged.")
                                               : tr("Z1 = 0 on this plane; the node is active (Z1 > 0) on the side its arrow points to."));
    if (n.node < 3) remember_item(state, n.node == 0 ? "view3d_node_1" : (n.node == 1 ? "view3d_node_2" : "view3d_node_3"));
    ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
  }
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  if (!model.boundary_in_cube) wrapped_text(tr("No boundary in the cube: the network gives every colour the same answer."), width);
  else if (!model.boundary_exact) wrapped_text(tr("The boundary is traced on a grid (exact for ReLU networks of up to 8 nodes)."), width);
  if (!model.hidden_drawable) wrapped_text(tr("More than three hidden nodes: the hidden space has too many axes to draw."), width);
  char points[160];
  std::snprintf(points, sizeof points, tr("%zu colours of the data, %zu wrong (red cross)"), model.points, model.points_wrong);
  wrapped_text(points, width);
  if (state.view.phase && *state.view.phase == Phase::update) wrapped_text(tr("White outlines: the planes after this step's update."), width);
  wrapped_text(tr("Drag to turn, wheel or pinch to zoom."), width);
  ImGui::PopStyleColor();
}

void controls(AppState& state, const CubeModel& model, float width) {
  View3d& v = state.view.view3d;
  ImGui::BeginGroup();
  space_buttons(state, width);
  if (ImGui::Button(tr("Reset view"), ImVec2(width, 0))) reset_camera(v);
  remember_item(state, "view3d_reset");
  tooltip(tr("Back to the first angle and size."));
  ImGui::Checkbox(tr("planes"), &v.planes);
  remember_item(state, "view3d_planes");
  tooltip(tr("Each hidden node's plane Z1 = 0 in its own colour; the arrow and the shaded faces are the side where the node is active."));
  ImGui::Checkbox(tr("boundary"), &v.boundary);
  remember_item(state, "view3d_boundary_toggle");
  tooltip(tr("Where A2 = 0.5: dark text on one side, light text on the other. In the hidden space it is the output node's plane."));
  ImGui::Checkbox(tr("data"), &v.dots);
  tooltip(tr("The data's colours: filled for training rows, rings for test rows, a red cross where the network is wrong."));
  ImGui::Checkbox(tr("by label"), &v.label_colours);
  tooltip(tr("Show the data's colours white (light text) or black (dark text), as their labels say."));
  legend(state, model, width);
  ImGui::EndGroup();
}

}  // namespace

void cube_panel(AppState& state, CubeModelCache& cache) {
  View3d& v = state.view.view3d;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float line = ImGui::GetFontSize();
  const float column = line * 9.5f;               // the controls' column
  // Controls beside the picture, else under it (the space buttons in view, the rest scrolls).
  const bool beside = avail.x >= avail.y * 1.25f;
  const float side = std::fmax(line * 6, beside ? std::fmin(avail.y, avail.x - column - line * 0.8f)
                                                          : std::fmin(avail.x, avail.y - ImGui::GetFrameHeightWithSpacing() * 2));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("view3d", ImVec2(side, side));
  remember_item(state, "view3d");
  const Rect region{p.x, p.y, side, side};
  const CubeModel& model = cache.model(state);
  const CubeScene scene = project_cube_model(model, v.camera, region, eased_blend(v), line);
  handle_input(state, side);
  for (const auto& [name, r] : scene.regions) state.layout[name] = r;

  ImDrawList* list = ImGui::GetWindowDrawList();
  list->PushClipRect(p, ImVec2(p.x + side, p.y + side), true);
  list->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(24, 25, 31, 255));
  draw_scene(list, scene, line);
  list->PopClipRect();
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
    show_tooltip(v.space == Space3d::cube ? tr("The colour cube: drag to turn it, the wheel (or two fingers) to zoom.")
                                          : tr("The hidden space: each colour at its A1. Drag to turn, the wheel (or two fingers) to zoom."));

  if (beside) ImGui::SetCursorScreenPos(ImVec2(p.x + side + line * 0.8f, p.y));
  const float width = beside ? std::fmax(line * 6, ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - (p.x + side + line * 0.8f))
                             : ImGui::GetContentRegionAvail().x;
  controls(state, model, width);
}

}  // namespace fontshade::app
