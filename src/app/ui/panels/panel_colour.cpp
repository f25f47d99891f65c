// 1. Colour (picker, preview card, A2 bar, what the designer rules say) and 8. what the network says
// now for the picked colour.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/colour/colour_rules.hpp"
#include "app/ui/cut_measure.hpp"
#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "core/network/network.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

void channel_fields(AppState& state);
void hex_field(AppState& state);

// The picker; `full` (the workbench): also the wheel switch and R, G, B; the lesson: the picker and the
// colour's code only.
void picker(AppState& state, bool full) {
  ColourTabView& tab = state.view.colour_tab;
  float rgb[3] = {state.view.picked.r / 255.0f, state.view.picked.g / 255.0f, state.view.picked.b / 255.0f};
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::SetNextItemWidth(width * 0.92f > ImGui::GetFontSize() * 16 ? ImGui::GetFontSize() * 16 : width * 0.92f);
  const ImGuiColorEditFlags flags = ImGuiColorEditFlags_NoAlpha | ImGuiColorEditFlags_NoSidePreview |
                                    ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel |
                                    (tab.wheel ? ImGuiColorEditFlags_PickerHueWheel : ImGuiColorEditFlags_PickerHueBar);
  if (ImGui::ColorPicker3("##picker", rgb, flags)) {
    state.view.picked = Rgb{static_cast<int>(rgb[0] * 255 + 0.5f), static_cast<int>(rgb[1] * 255 + 0.5f),
                       static_cast<int>(rgb[2] * 255 + 0.5f)};
  }
  remember_item(state, "colour_picker");
  note_control(state, "colour_picker");
  tooltip(tr("Pick a background colour: hue on the bar (or wheel), lightness and saturation in the square."));
  if (full) {
    ImGui::Checkbox(tr("Wheel"), &tab.wheel);
    tooltip(tr("Show the hue as a wheel instead of a bar."));
    channel_fields(state);
  }
  hex_field(state);
}

// R, G, B as whole numbers 0-255.
void channel_fields(AppState& state) {
  int channels[3] = {state.view.picked.r, state.view.picked.g, state.view.picked.b};
  const char* names[3] = {"R", "G", "B"};
  const char* tips[3] = {tr("Red channel of the background, 0 to 255. The network sees it as R / 255."),
                         tr("Green channel of the background, 0 to 255. The network sees it as G / 255."),
                         tr("Blue channel of the background, 0 to 255. The network sees it as B / 255.")};
  const float field = ImGui::GetFontSize() * 3.2f;
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::PushID(i);
    if (ImGui::DragInt(names[i], &channels[i], 1.0f, 0, 255, "%d", ImGuiSliderFlags_AlwaysClamp))
      state.view.picked = Rgb{channels[0], channels[1], channels[2]};
    tooltip(tips[i]);
    ImGui::PopID();
  }
}

// The colour's code: #rrggbb, R,G,B or a CSS name, typed.
void hex_field(AppState& state) {
  ColourTabView& tab = state.view.colour_tab;
  const float field = ImGui::GetFontSize() * 3.2f;
  char* hex = tab.hex.data();
  if (!tab.editing) std::snprintf(hex, tab.hex.size(), "%s", hex_of(state.view.picked).c_str());
  ImGui::SetNextItemWidth(field * 3.2f);
  // Applied on Enter, and when the field is left after typing (a click elsewhere, Tab): what was typed
  // is never dropped silently.
  const bool entered = ImGui::InputText(tr("Hex"), hex, tab.hex.size(), ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  if (entered || ImGui::IsItemDeactivatedAfterEdit()) {
    std::string why;  // the core's reason is English; the panel says it in the current language
    if (auto c = parse_colour(hex, &why)) {
      state.view.picked = *c;
      tab.problem.clear();
      tab.typed_name = state.activities.named_colours.note_typed(hex) ? css_name_of(hex) : "";
    } else {
      tab.typed_name.clear();
      tab.problem = tr("Not a colour: type #rrggbb, rrggbb, R,G,B (0 to 255) or a CSS name such as crimson.");
    }
  }
  remember_item(state, "colour_hex");
  tab.editing = ImGui::IsItemActive();
  tooltip(tr("The colour as #rrggbb, R,G,B or a CSS colour name (aliceblue, crimson, rebeccapurple, ...). Type one, then press Enter or click elsewhere."));
  if (!tab.problem.empty()) ImGui::TextColored(palette::problem, "%s", tab.problem.c_str());
  if (!tab.typed_name.empty()) ImGui::TextColored(palette::muted, tr("%s: in the table of the chapter's colours too."), tab.typed_name.c_str());
}

// Where the card's two shades go: side by side where both fit in half the card, else one under the
// other (projector mode in a narrow column: "✓ texto oscuro" is wider than half the card).
struct ShadeLabels {
  std::string text[2];  // light, dark; the network's choice ticked
  ImVec2 size[2];
  bool stacked = false;
  float height = 0;  // of the labels' part of the card
};
ShadeLabels shade_labels(bool dark, float width, float line) {
  ShadeLabels s;
  ImFont* font = fonts().text;
  const float frame = line * 0.8f;  // the tick's frame on both sides
  for (int k = 0; k < 2; ++k) {
    s.text[k] = k == 1 ? tr("dark text") : tr("light text");
    if ((k == 1) == dark) s.text[k] = "\xE2\x9C\x93 " + s.text[k];  // ✓
    s.size[k] = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.text[k].c_str());
    s.stacked = s.stacked || s.size[k].x + frame > width * 0.5f;
  }
  s.height = s.stacked ? line * 3.8f : line * 2.4f;
  return s;
}

// The picked colour with a sentence in the shade the network chose, then both shades.
void preview_card(AppState& state, const ForwardRecord& now) {
  const bool dark = is_dark(now.A2);
  const Rgb c = state.view.picked;
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetFontSize();
  const ShadeLabels labels = shade_labels(dark, width, line);
  // Projector mode: the card as short as its lines, so the answer below it is in view too.
  const float height = line * (state.view.projector ? 3.2f : 5.2f) + labels.height;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImGui::Dummy(ImVec2(width, height));
  remember_item(state, "preview_card");
  const ImVec2 card_max(p.x + width, p.y + height);
  list->AddRectFilled(p, card_max, IM_COL32(c.r, c.g, c.b, 255), line * 0.3f);

  const ImU32 chosen = dark ? palette::dark_text : palette::light_text;
  ImFont* big = fonts().preview;
  const char* sentence = tr("Readable text");
  const ImVec2 size = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, sentence);
  const ImVec2 at(p.x + (width - size.x) * 0.5f, p.y + line * 0.8f);
  list->AddText(big, big->FontSize, at, chosen, sentence);
  state.layout["preview_text"] = Rect{at.x, at.y, size.x, size.y};
  note_drawn_text(state, "preview_text", at, ImVec2(at.x + size.x, at.y + size.y), p, card_max);

  // Both shades, the network's choice ticked and framed.
  ImFont* font = fonts().text;
  const float top = p.y + height - labels.height + line * 0.4f;
  for (int k = 0; k < 2; ++k) {
    const bool is_dark_sample = k == 1;
    const ImVec2 s = labels.size[k];
    const ImVec2 q = labels.stacked ? ImVec2(p.x + (width - s.x) * 0.5f, top + line * 1.5f * k)
                                    : ImVec2(p.x + width * 0.5f * k + (width * 0.5f - s.x) * 0.5f, top + line * 0.1f);
    list->AddText(font, font->FontSize, q, is_dark_sample ? palette::dark_text : palette::light_text, labels.text[k].c_str());
    ImVec2 a(q.x, q.y), b(q.x + s.x, q.y + s.y);
    if (is_dark_sample == dark) {
      a = ImVec2(q.x - line * 0.4f, q.y - line * 0.2f);
      b = ImVec2(q.x + s.x + line * 0.4f, q.y + s.y + line * 0.2f);
      list->AddRect(a, b, chosen, line * 0.25f, 0, 1.5f);
    }
    note_drawn_text(state, is_dark_sample ? "preview_dark_label" : "preview_light_label", a, b, p, card_max);
  }
  tooltip(tr("The picked background with text in the shade the network chooses now. Below: both shades, the network's choice ticked."));
}

// A2 as a probability bar from 0 (light text) to 1 (dark text), the 0.5 threshold marked.
void probability_bar(AppState& state, const ForwardRecord& now) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetFontSize();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = line * 1.1f;
  ImGui::Dummy(ImVec2(width, h + line * 1.2f));
  remember_item(state, "probability_bar");
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(p, ImVec2(p.x + width, p.y + h), IM_COL32(60, 62, 70, 255));
  const double a2 = is_finite(now.A2) ? now.A2 : 0.0;
  list->AddRectFilled(p, ImVec2(p.x + static_cast<float>(width * a2), p.y + h),
                      is_dark(now.A2) ? palette::chose_dark : palette::chose_light);
  const float mid = p.x + width * 0.5f;
  list->AddLine(ImVec2(mid, p.y - line * 0.2f), ImVec2(mid, p.y + h + line * 0.2f), IM_COL32(255, 255, 255, 255), 2.0f);
  // The ends and the middle; where the three do not fit on one line, the middle goes.
  const float y = p.y + h + line * 0.1f;
  const char* left = tr("0 light");
  const char* right = tr("dark 1");
  const ImVec2 left_size = ImGui::CalcTextSize(left), right_size = ImGui::CalcTextSize(right), mid_size = ImGui::CalcTextSize("0.5");
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  list->AddText(ImVec2(p.x, y), text, left);
  list->AddText(ImVec2(p.x + width - right_size.x, y), text, right);
  if (mid - mid_size.x * 0.5f > p.x + left_size.x + line * 0.5f && mid + mid_size.x * 0.5f < p.x + width - right_size.x - line * 0.5f)
    list->AddText(ImVec2(mid - mid_size.x * 0.5f, y), text, "0.5");
  const ImVec2 bar_max(p.x + width, p.y + h + line * 1.2f);
  note_drawn_text(state, "probability_bar_left", ImVec2(p.x, y), ImVec2(p.x + left_size.x, y + left_size.y), p, bar_max);
  note_drawn_text(state, "probability_bar_right", ImVec2(p.x + width - right_size.x, y), ImVec2(p.x + width, y + right_size.y), p, bar_max);
  if (left_size.x + right_size.x > width) note_drawn_text(state, "probability_bar_ends", p, ImVec2(p.x + left_size.x + right_size.x, y), p, bar_max);
  tooltip(tr("A2, the network's output: how sure it is that dark text reads better. At 0.5 or more it chooses dark text, below 0.5 light text."));
}

// The picked colour with light text on one half and dark text on the other: the question itself,
// before any network answers it.
void swatch_card(AppState& state) {
  const Rgb c = state.view.picked;
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetFontSize();
  const float height = line * 4.5f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  remember_item(state, "swatch_card");
  tooltip(tr("The picked background with light text and with dark text: which reads better?"));
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(p, ImVec2(p.x + width, p.y + height), IM_COL32(c.r, c.g, c.b, 255), line * 0.3f);
  ImFont* big = fonts().preview;
  const char* words[2] = {tr("Light text"), tr("Dark text")};
  const ImU32 shades[2] = {palette::light_text, palette::dark_text};
  for (int k = 0; k < 2; ++k) {
    const ImVec2 size = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, words[k]);
    const float half = width * 0.5f;
    const ImVec2 at(p.x + half * static_cast<float>(k) + (half - size.x) * 0.5f, p.y + (height - size.y) * 0.5f);
    list->AddText(big, big->FontSize, at, shades[k], words[k]);
    state.layout[k == 0 ? "swatch_light" : "swatch_dark"] = Rect{at.x, at.y, size.x, size.y};
  }
}

// The picked colour's A2, said so (the forward pass shows the sample's, from before its update): a
// swatch of the colour, then "A2 for #2277d3 after step 10 = 0.9438 → dark text", wrapped.
void picked_answer(AppState& state, const ForwardRecord& now) {
  const float side = ImGui::GetFontSize();
  ImGui::BeginGroup();
  colour_swatch(state, "preview_A2_swatch", state.view.picked, side, tr("The picked colour: this A2 is the network's answer for it now."));
  ImGui::SameLine();
  char text[256];
  std::snprintf(text, sizeof text, tr("A2 for %s after step %s = %s \xE2\x86\x92 %s"), hex_of(state.view.picked).c_str(),
                thousands(state.run.cursor()).c_str(), number(now.A2).c_str(), is_dark(now.A2) ? tr("dark text") : tr("light text"));
  wrapped_text(text);
  ImGui::EndGroup();
  remember_item(state, "preview_answer");
  tooltip(tr("The network's answer for the picked colour with the weights after the step in view. The forward pass shows another A2: the training sample's, before the step's update."));
}

// One rule's verdict for the picked colour: its name, its choice, and the figure it decided by.
struct RuleRow {
  const char* name;
  const char* tip;
  bool dark;
  std::string figure;
  const char* figure_tip;
};

// `with_network`: the network's row first (not before the lesson has shown it).
std::vector<RuleRow> rule_rows(const Rgb& c, const ForwardRecord& now, bool with_network) {
  const YiqVerdict yiq = yiq_rule(c);
  const WcagVerdict wcag = wcag2_rule(c);
  const ApcaVerdict apca = apca_rule(c);
  // Short figures: the left column is narrow; the tooltips say what each figure is.
  char buf[96];
  std::vector<RuleRow> rows;
  if (with_network)
    rows.push_back({tr("Network"), tr("This network, with the weights it has now."), is_dark(now.A2), "A2 " + number(now.A2, 3),
                    tr("Dark text when A2 >= 0.5.")});
  std::snprintf(buf, sizeof buf, "Y %.3f %s 127.5", yiq.Y, yiq.dark ? "\xE2\x89\xA5" : "<");
  rows.push_back({tr("YIQ luma"), tr("Brightness as old colour TV measured it: Y = 0.299 R + 0.587 G + 0.114 B. The book's labels follow this rule exactly."),
                  yiq.dark, buf, tr("Dark text when Y is at least 127.5, half of 255.")});
  std::snprintf(buf, sizeof buf, "%.2f %s %.2f", wcag.contrast_black, wcag.dark ? ">" : "\xE2\x89\xA4", wcag.contrast_white);
  rows.push_back({tr("WCAG 2"), tr("The web's accessibility standard: contrast ratio (L1 + 0.05) / (L2 + 0.05) from relative luminance."),
                  wcag.dark, buf, tr("Contrast of black text, then of white text. Dark text when black's contrast beats white's.")});
  std::snprintf(buf, sizeof buf, "%.1f / %.1f", apca.Lc_black, apca.Lc_white);
  rows.push_back({tr("APCA"), tr("APCA 0.0.98G-4g, the perceptual contrast proposed for WCAG 3. Lc runs from about -108 to 106."),
                  apca.dark, buf, tr("Lightness contrast of black text, then of white text. The larger |Lc| wins.")});
  return rows;
}

// Whether the three columns fit the panel's width.
bool rules_fit(const std::vector<RuleRow>& rows) {
  float name = ImGui::CalcTextSize(tr("Rule")).x, choice = ImGui::CalcTextSize(tr("Chooses")).x, figure = ImGui::CalcTextSize(tr("Because")).x;
  for (const RuleRow& r : rows) {
    name = std::fmax(name, ImGui::CalcTextSize(r.name).x);
    choice = std::fmax(choice, ImGui::CalcTextSize(r.dark ? tr("dark") : tr("light")).x);
    ImGui::PushFont(fonts().mono);
    figure = std::fmax(figure, ImGui::CalcTextSize(r.figure.c_str()).x);
    ImGui::PopFont();
  }
  return name + choice + figure + 3 * (ImGui::GetStyle().CellPadding.x * 2 + 1) <= ImGui::GetContentRegionAvail().x;
}

// The rules as a table where it fits, else a rule a line with its figure under it (projector mode).
void rules_table(const Rgb& c, const ForwardRecord& now, bool with_network) {
  const std::vector<RuleRow> rows = rule_rows(c, now, with_network);
  if (!rules_fit(rows)) {
    for (const RuleRow& r : rows) {
      wrapped_text(std::string(r.name) + ": " + (r.dark ? tr("dark") : tr("light")));
      tooltip(r.tip);
      ImGui::Indent();
      ImGui::PushFont(fonts().mono);
      wrapped_text(r.figure);
      ImGui::PopFont();
      tooltip(r.figure_tip);
      ImGui::Unindent();
    }
    return;
  }
  if (!ImGui::BeginTable("rules", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit))
    return;
  ImGui::TableSetupColumn(tr("Rule"));
  ImGui::TableSetupColumn(tr("Chooses"));
  ImGui::TableSetupColumn(tr("Because"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (const RuleRow& r : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_with_tooltip(r.name, r.tip);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.dark ? tr("dark") : tr("light"));
    tooltip(r.tip);
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().mono);
    ImGui::TextUnformatted(r.figure.c_str());
    ImGui::PopFont();
    tooltip(r.figure_tip);
  }
  ImGui::EndTable();
}

void network_now(AppState& state, const ForwardRecord& now) {
  heading(tr("What the network says now"));
  wrapped_textf(tr("After step %s, for %s:"), thousands(state.run.cursor()).c_str(), hex_of(state.view.picked).c_str());
  ImGui::PushFont(fonts().mono);
  wrapped_textf("Z1 = %s", vector_text(now.Z1).c_str());
  tooltip(tr("Z1 = w_hidden X + b_hidden for the picked colour: each hidden node's weighted sum."));
  wrapped_textf("A1 = %s", vector_text(now.A1).c_str());
  tooltip(tr("A1: the hidden nodes' outputs after the activation (ReLU turns negatives into 0)."));
  wrapped_textf("Z2 = %s   A2 = %s", number(now.Z2).c_str(), number(now.A2).c_str());
  tooltip(tr("Z2 = w_output A1 + b_output, and A2 = logistic(Z2), the output for the picked colour."));
  ImGui::PopFont();
}

}  // namespace

void colour_panel(AppState& state) {
  heading(tr("Background colour"));
  const ForwardRecord now = state.picked_forward();
  // Where the panel is short (projector mode, a portrait screen), the network's answer comes before
  // the picker, so it is in view.
  if (state.view.projector || ImGui::GetContentRegionAvail().y < ImGui::GetFontSize() * 32) {
    preview_card(state, now);
    ImGui::Spacing();
    probability_bar(state, now);
    picked_answer(state, now);
    ImGui::Spacing();
    picker(state, true);
  } else {
    picker(state, true);
    ImGui::Spacing();
    preview_card(state, now);
    ImGui::Spacing();
    probability_bar(state, now);
    picked_answer(state, now);
  }
  ImGui::Spacing();
  heading(tr("What each rule would choose"));
  rules_table(state.view.picked, now, true);
  ImGui::Spacing();
  network_now(state, now);
}

void colour_parts(AppState& state, const std::vector<ScenePart>& parts) {
  const ForwardRecord now = state.picked_forward();
  const bool with_network = std::find(parts.begin(), parts.end(), ScenePart::preview) != parts.end();
  for (ScenePart part : parts) {
    switch (part) {
      case ScenePart::picker: picker(state, false); break;
      case ScenePart::swatch: swatch_card(state); break;
      case ScenePart::preview:
        preview_card(state, now);
        ImGui::Spacing();
        probability_bar(state, now);
        break;
      case ScenePart::rules:
        heading(tr("What each rule would choose"));
        rules_table(state.view.picked, now, with_network);
        break;
      default: break;
    }
    ImGui::Spacing();
  }
}

}  // namespace fontshade::app
