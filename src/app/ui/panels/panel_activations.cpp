// The chapter's table of activation functions (the lesson's scene on the network's shape): linear,
// logistic, tanh, ReLU, leaky ReLU and softmax, each drawn with its slope, the hidden nodes' Z1 for the
// picked colour marked on the run's own activation (ReLU in the chapter). Points from layout/.
#include <cstdio>
#include <string>
#include <string_view>

#include "app/layout/activation_plot.hpp"
#include "app/text/format.hpp"
#include "app/text/strings.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

constexpr ImU32 kFunction = IM_COL32(120, 200, 255, 255);
constexpr ImU32 kSlope = IM_COL32(240, 200, 80, 255);
constexpr ImU32 kMark = IM_COL32(230, 133, 31, 255);  // palette::chose_dark

// A function's name in the interface's language (tanh, ReLU and softmax read the same in Spanish).
std::string shown_name(std::string_view name) {
  if (name == "linear") return tr("linear");
  if (name == "logistic") return tr("logistic");
  if (name == "leaky ReLU") return tr("leaky ReLU");
  return std::string(name);
}

// Where each function is used, as the chapter's table says (English through tr()).
const char* use_of(std::string_view name) {
  if (name == "linear") return tr("output of a regression: the sum as it is");
  if (name == "logistic") return tr("output of a yes/no answer: 0 to 1 (this network's output)");
  if (name == "tanh") return tr("hidden layers: -1 to 1, centred on 0");
  if (name == "ReLU") return tr("hidden layers: 0 below 0 (this network's hidden nodes)");
  if (name == "leaky ReLU") return tr("hidden layers: a small slope below 0, so a node never stops learning");
  return tr("output of several classes: probabilities that add up to 1 (drawn for two)");
}

void plot(AppState& state, const ActivationInfo& a, const HiddenVector& Z1, float width, float height) {
  const bool own = a.option && *a.option == state.run.options().activation;
  std::vector<double> marks;
  if (own)
    for (int i = 0; i < Z1.size(); ++i) marks.push_back(Z1(i));
  const ActivationPlot p = activation_plot(a, 97, marks);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList* list = ImGui::GetWindowDrawList();
  const auto to_screen = [&](double x, double y) {
    return ImVec2(at.x + static_cast<float>((x - p.x_min) / (p.x_max - p.x_min)) * width,
                  at.y + height - static_cast<float>((y - p.y_min) / (p.y_max - p.y_min)) * height);
  };
  list->AddRectFilled(at, ImVec2(at.x + width, at.y + height), IM_COL32(24, 25, 30, 255));
  list->AddLine(to_screen(p.x_min, 0), to_screen(p.x_max, 0), IM_COL32(110, 110, 120, 255));  // the axes
  list->AddLine(to_screen(0, p.y_min), to_screen(0, p.y_max), IM_COL32(110, 110, 120, 255));
  const float thick = ImGui::GetFontSize() * 0.14f;
  for (std::size_t i = 1; i < p.slope.size(); ++i)
    list->AddLine(to_screen(p.slope[i - 1].x, p.slope[i - 1].y), to_screen(p.slope[i].x, p.slope[i].y), kSlope, thick * 0.7f);
  for (std::size_t i = 1; i < p.function.size(); ++i)
    list->AddLine(to_screen(p.function[i - 1].x, p.function[i - 1].y), to_screen(p.function[i].x, p.function[i].y), kFunction, thick);
  for (const PlotPoint& m : p.marks) list->AddCircleFilled(to_screen(m.x, m.y), ImGui::GetFontSize() * 0.3f, kMark);
  if (ImGui::IsItemHovered()) {
    std::string tip = std::string(a.name) + " = " + std::string(a.formula) + "\n" + use_of(a.name);
    if (own) tip += "\n" + std::string(tr("Dots: the hidden nodes' Z1 for the picked colour, and what the function makes of each (A1)."));
    for (std::size_t i = 0; i < p.marks.size(); ++i)
      tip += "\nZ1[" + std::to_string(i) + "] = " + number(p.marks[i].x) + " \xE2\x86\x92 A1[" + std::to_string(i) + "] = " + number(p.marks[i].y);
    show_tooltip(tip.c_str());
  }
}

}  // namespace

void activations_panel(AppState& state) {
  heading(tr("Activation functions"));
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kFunction), "\xE2\x97\x8F %s", tr("the function"));
  ImGui::SameLine();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kSlope), "\xE2\x97\x8F %s", tr("its slope"));
  ImGui::SameLine();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kMark), "\xE2\x97\x8F %s", tr("Z1 of the hidden nodes"));
  const HiddenVector Z1 = state.picked_forward().Z1;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const int columns = avail > ImGui::GetFontSize() * 30 ? 3 : 2;
  const float width = (avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float height = width * 0.62f;
  const auto table = chapter_activations();
  if (!ImGui::BeginTable("activations", columns)) return;
  for (const ActivationInfo& a : table) {
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(shown_name(a.name).c_str());
    ImGui::PopFont();
    ImGui::PushFont(fonts().mono);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(a.formula, width);  // tanh's is longer than a narrow column
    ImGui::PopStyleColor();
    ImGui::PopFont();
    plot(state, a, Z1, width, height);
    std::string key = "activation_" + std::string(a.name);
    for (char& c : key) c = c == ' ' ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    remember_item(state, key.c_str());
  }
  ImGui::EndTable();
}

}  // namespace fontshade::app
