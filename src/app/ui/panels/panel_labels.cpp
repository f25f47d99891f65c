// Students label their own colours (issue 7, part 3): a colour with sample text in both shades, the
// student clicks the one they read (or presses L / D); the labelled colours as swatches to relabel or
// remove; how the labels agree with YIQ, WCAG 2 and APCA; the labels as the book's CSV; training on them.
#include <algorithm>
#include <cstdio>
#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#else
#include "core/base/text_file.hpp"
#endif

#include "core/data/csv.hpp"
#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "app/state/notice.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

constexpr const char* kCsvName = "fontshade-labels.csv";

void source_choice(AppState& state) {
  Labelling& l = state.activities.labelling;
  const bool sequence = l.source == Labelling::Source::sequence;
  if (ImGui::RadioButton(tr("Colours from a sequence"), sequence)) l.source = Labelling::Source::sequence;
  remember_item(state, "label_source_sequence");
  tooltip(tr("Random colours in an order fixed by the seed: a class that uses the same seed labels the same colours."));
  ImGui::Indent();
  ImGui::BeginDisabled(!sequence);
  long long seed = static_cast<long long>(l.seed());
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
  ImGui::PushID("labels");  // not the step panel's seed
  if (ImGui::InputScalar(tr("seed"), ImGuiDataType_S64, &seed, nullptr, nullptr, nullptr, ImGuiInputTextFlags_EnterReturnsTrue))
    l.restart(static_cast<std::uint64_t>(seed < 0 ? 0 : seed));
  ImGui::PopID();
  remember_item(state, "label_seed");
  tooltip(tr("Type a seed and press Enter: the sequence starts again from its first colour."));
  ImGui::SameLine();
  ImGui::TextColored(palette::muted, tr("colour %lld"), l.position() + 1);
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Skip"))) l.next();
  remember_item(state, "label_skip");
  tooltip(tr("Leave this colour unlabelled and show the next one."));
  ImGui::EndDisabled();
  ImGui::Unindent();
  if (ImGui::RadioButton(tr("The picked colour"), !sequence)) l.source = Labelling::Source::picked;
  remember_item(state, "label_source_picked");
  tooltip(tr("Label the colour picked in the Colour tab (or in the chapter's colours)."));
}

// The colour twice, side by side: light text on the left, dark text on the right. A click on a half
// labels the colour with that shade.
void choice_card(AppState& state) {
  const Rgb c = state.activities.labelling.colour(state.view.picked);
  const float line = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = line * 0.4f;
  const float half = (width - gap) * 0.5f;
  const float height = line * 5.2f;
  ImFont* big = fonts().preview;
  const char* sample = tr("Readable?");
  struct Side {
    const char* id;
    const char* label;
    const char* tip;
    ImU32 ink;
    int y;
  };
  const Side sides[2] = {
      {"label_light", tr("light text (L)"), tr("Click if the light text reads better on this colour. (Key: L)"), palette::light_text, 0},
      {"label_dark", tr("dark text (D)"), tr("Click if the dark text reads better on this colour. (Key: D)"), palette::dark_text, 1},
  };
  ImDrawList* list = ImGui::GetWindowDrawList();
  for (int k = 0; k < 2; ++k) {
    if (k == 1) ImGui::SameLine(0, gap);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton(sides[k].id, ImVec2(half, height))) {
      answer_label(state, sides[k].y);
    }
    remember_item(state, sides[k].id);
    const bool hovered = ImGui::IsItemHovered();
    list->AddRectFilled(p, ImVec2(p.x + half, p.y + height), IM_COL32(c.r, c.g, c.b, 255), line * 0.3f);
    if (hovered)
      list->AddRect(ImVec2(p.x - 2, p.y - 2), ImVec2(p.x + half + 2, p.y + height + 2), IM_COL32(240, 200, 80, 255), line * 0.3f, 0, 3.0f);
    float size = big->FontSize;
    ImVec2 s = big->CalcTextSizeA(size, FLT_MAX, 0, sample);
    if (s.x > half * 0.92f) {  // a narrow column: the sample shrinks to fit
      size *= half * 0.92f / s.x;
      s = big->CalcTextSizeA(size, FLT_MAX, 0, sample);
    }
    list->AddText(big, size, ImVec2(p.x + (half - s.x) * 0.5f, p.y + line * 0.9f), sides[k].ink, sample);
    const ImVec2 t = ImGui::CalcTextSize(sides[k].label);
    list->AddText(ImVec2(p.x + (half - t.x) * 0.5f, p.y + height - line * 1.7f), sides[k].ink, sides[k].label);
    tooltip(sides[k].tip);
  }
  ImGui::TextColored(palette::muted, "%s", hex_of(c).c_str());
}

// How the labels agree with each rule, in %, with a bar.
void agreement(const LabelledSet& set) {
  const LabelAgreement a = set.agreement();
  struct Row {
    const char* name;
    const char* tip;
    const RuleAgreement* r;
  };
  const Row rows[3] = {
      {tr("YIQ luma"), tr("Dark text when Y = 0.299 R + 0.587 G + 0.114 B is at least 127.5: the rule the book's labels follow."), &a.yiq},
      {tr("WCAG 2"), tr("Dark text when black's contrast ratio beats white's."), &a.wcag2},
      {tr("APCA"), tr("Dark text when black text's |Lc| beats white text's."), &a.apca},
  };
  if (!ImGui::BeginTable("label_agreement", 3, ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn("rule");
  ImGui::TableSetupColumn("percent");
  ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch);
  const float line = ImGui::GetFontSize();
  for (const Row& row : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_with_tooltip(row.name, row.tip);
    ImGui::TableNextColumn();
    char text[64];
    std::snprintf(text, sizeof text, "%.0f %%", 100 * row.r->fraction);
    ImGui::TextUnformatted(text);
    char tip[160];
    std::snprintf(tip, sizeof tip, tr("%d of %d labels pick the shade this rule picks."), row.r->agree, row.r->total);
    tooltip(tip);
    ImGui::TableNextColumn();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(w, line));
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(ImVec2(p.x, p.y + line * 0.2f), ImVec2(p.x + w, p.y + line * 0.8f), IM_COL32(60, 62, 70, 255));
    list->AddRectFilled(ImVec2(p.x, p.y + line * 0.2f), ImVec2(p.x + w * static_cast<float>(row.r->fraction), p.y + line * 0.8f),
                        palette::positive);
    tooltip(tip);
  }
  ImGui::EndTable();
}

void export_csv(AppState& state) {
  const LabelledSet& set = state.activities.labelling.set;
  const std::string text = set.csv_text();
#ifdef __EMSCRIPTEN__
  EM_ASM({ Module.fontshadeDownload(UTF8ToString($0), UTF8ToString($1)); }, kCsvName, text.c_str());
  char message[160];
  std::snprintf(message, sizeof message, tr("Downloaded %s: %d rows in the book's format."), kCsvName, set.size());
  tell(state.view, message, false);
#else
  // The desktop app writes the file in the folder it was started from.
  if (const auto error = write_file_atomically(kCsvName, text)) {
    tell(state.view, std::string(tr("Could not save the labels: ")) + error->text(), true);
  } else {
    char message[160];
    std::snprintf(message, sizeof message, tr("Saved %s in the folder fontshade started from: %d rows in the book's format."), kCsvName,
                  set.size());
    tell(state.view, message, false);
  }
#endif
}

// The next button on this line if it fits, else on the next one (Spanish labels are longer; the left
// column is narrow at 1024 x 768).
void same_line_if_fits(const char* label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

void buttons(AppState& state) {
  LabelledSet& set = state.activities.labelling.set;
  const bool enough = set.size() >= kMinCsvRows;
  ImGui::BeginDisabled(!enough);
  if (ImGui::Button(tr("Train on my labels"))) {
    if (train_on_labels(state)) {
      char message[200];
      std::snprintf(message, sizeof message, tr("A new run on your %d labels, from step 0: press Run or Train to the end."), set.size());
      tell(state.view, message, false);
    }
  }
  ImGui::EndDisabled();
  remember_item(state, "button_train_labels");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    show_tooltip(enough ? tr("Train the network on your labels instead of the book's (the same options, from step 0).")
                        : tr("Label at least 3 colours to train on them: 2 to train on and 1 to test."));
  same_line_if_fits(tr("Export CSV"));
  ImGui::BeginDisabled(set.empty());
  if (ImGui::Button(tr("Export CSV"))) export_csv(state);
  remember_item(state, "button_export_csv");
  tooltip(tr("Your labels as a CSV file in the book's format (RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND), to open in a spreadsheet or train on with fontshade-cli --data."));
  same_line_if_fits(tr("Clear"));
  if (ImGui::Button(tr("Clear"))) ImGui::OpenPopup("clear_labels");
  remember_item(state, "button_clear_labels");
  tooltip(tr("Remove every label (asks first)."));
  ImGui::EndDisabled();
  if (ImGui::BeginPopup("clear_labels")) {
    ImGui::Text(tr("Remove all %d labels?"), set.size());
    if (ImGui::Button(tr("Remove all"))) {
      set.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Keep them"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (!enough) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    ImGui::TextWrapped("%s", tr("Label at least 3 colours to train on them."));
    ImGui::PopStyleColor();
  }
}

// The labelled colours as swatches, each with "Aa" in the shade it was given. A click flips the
// label; the × in the corner removes the colour.
void swatches(AppState& state) {
  LabelledSet& set = state.activities.labelling.set;
  const float line = ImGui::GetFontSize();
  const float side = line * 2.6f, gap = line * 0.35f;
  const float width = ImGui::GetContentRegionAvail().x;
  const int per_row = width > side ? static_cast<int>((width + gap) / (side + gap)) : 1;
  ImDrawList* list = ImGui::GetWindowDrawList();
  int flip = -1, remove = -1;
  // Only the rows in view are laid out and drawn: ten thousand labels cost what a screenful does.
  const int rows = (set.size() + per_row - 1) / per_row;
  ImGuiListClipper clipper;
  clipper.Begin(rows, side + ImGui::GetStyle().ItemSpacing.y);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart * per_row; i < std::min(set.size(), clipper.DisplayEnd * per_row); ++i) {
      const Sample& e = set.entries()[static_cast<std::size_t>(i)];
      if (i % per_row != 0) ImGui::SameLine(0, gap);
      const ImVec2 p = ImGui::GetCursorScreenPos();
      ImGui::PushID(i);
      const bool clicked = ImGui::InvisibleButton("swatch", ImVec2(side, side));
      ImGui::PopID();
      const std::string name = "label_swatch_" + std::to_string(i);
      remember_item(state, name.c_str());
      const float corner = line * 0.95f;
      const ImVec2 x0(p.x + side - corner, p.y), x1(p.x + side, p.y + corner);
      state.layout["label_remove_" + std::to_string(i)] = Rect{x0.x, x0.y, corner, corner};
      const ImVec2 mouse = ImGui::GetIO().MousePos;
      const bool on_corner = mouse.x >= x0.x && mouse.x <= x1.x && mouse.y >= x0.y && mouse.y <= x1.y;
      if (clicked) (on_corner ? remove : flip) = i;
      const ImU32 ink = e.label == 1 ? palette::dark_text : palette::light_text;
      list->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(e.colour.r, e.colour.g, e.colour.b, 255), line * 0.2f);
      const ImVec2 t = ImGui::CalcTextSize("Aa");
      list->AddText(ImVec2(p.x + (side - t.x) * 0.5f, p.y + (side - t.y) * 0.5f + line * 0.2f), ink, "Aa");
      // The × on a small plate of its own, readable on any colour.
      const bool hovered = ImGui::IsItemHovered();
      list->AddRectFilled(x0, x1, hovered && on_corner ? IM_COL32(204, 60, 60, 255) : IM_COL32(40, 42, 48, 220), line * 0.2f);
      const ImVec2 xs = ImGui::CalcTextSize("\xC3\x97");
      list->AddText(ImVec2(x0.x + (corner - xs.x) * 0.5f, x0.y + (corner - xs.y) * 0.5f), IM_COL32(255, 255, 255, 255), "\xC3\x97");
      if (hovered) {
        list->AddRect(ImVec2(p.x - 1, p.y - 1), ImVec2(p.x + side + 1, p.y + side + 1), IM_COL32(240, 200, 80, 255), line * 0.2f, 0, 2.0f);
        char tip[256];
        std::snprintf(tip, sizeof tip, on_corner ? tr("%s: remove this colour from your labels.")
                                                 : (e.label == 1 ? tr("%s: dark text. Click to change it to light text; the corner removes it.")
                                                                 : tr("%s: light text. Click to change it to dark text; the corner removes it.")),
                      hex_of(e.colour).c_str());
        show_tooltip(tip);
      }
    }
  }
  if (flip >= 0) set.relabel(flip, 1 - set.entries()[static_cast<std::size_t>(flip)].label);
  if (remove >= 0) set.remove(remove);
}

}  // namespace

void labels_panel(AppState& state) {
  heading(tr("Which text reads better?"));
  wrapped_text(tr("Click the half you read more easily, or press L (light) or D (dark). Your labels make a data set."));
  source_choice(state);
  choice_card(state);
  ImGui::Spacing();
  const LabelledSet& set = state.activities.labelling.set;
  int dark = 0;
  for (const Sample& e : set.entries()) dark += e.label;
  heading(tr("Your labels"));
  ImGui::Text(tr("%d colours: %d dark text, %d light text"), set.size(), dark, set.size() - dark);
  remember_item(state, "label_count");
  if (!set.empty()) {
    ImGui::TextUnformatted(tr("They agree with each rule:"));
    agreement(set);
  }
  buttons(state);
  ImGui::Spacing();
  swatches(state);
}

}  // namespace fontshade::app
