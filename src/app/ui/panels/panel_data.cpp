// The data tab (issue 7): which data set trains the network (the book's, the synthetic one, or a CSV
// file: the page's picker or a file dropped on the page; on the desktop a typed path or a file dropped
// on the window), the last refused file's message in the UI language (the data before it stays), and
// the data's facts: rows, distinct colours, the dark/light balance and the train/test split.
#include <cstdio>
#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#endif

#include "app/state/data_loading.hpp"
#include "app/text/format.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/layout/surface_dots.hpp"
#include "app/ui/widgets.hpp"
#include "core/network/option_table.hpp"

namespace fontshade::app {
namespace {

#ifdef __EMSCRIPTEN__
constexpr bool kPicker = true;
#else
constexpr bool kPicker = false;
#endif

void builtin(AppState& state, std::string_view name) {
  state.use_builtin_data(name);
  state.data_load.error.reset();
}

void source_choice(AppState& state) {
  const DataSet& data = state.run.data();
  heading(tr("Source"));
  if (ImGui::RadioButton(tr("the book's"), data.origin == DataOrigin::book)) builtin(state, kBookDataName);
  remember_item(state, "data_book");
  tooltip(tr("The chapter's own 1,345 colours, built into fontshade. Changing the data starts a new run."));
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("synthetic"), data.origin == DataOrigin::synthetic)) builtin(state, kSyntheticDataName);
  remember_item(state, "data_synthetic");
  tooltip(tr("1,345 random colours labelled by the luma rule, made by fontshade. Changing the data starts a new run."));
  if (data.origin == DataOrigin::file || data.origin == DataOrigin::labels) {
    ImGui::SameLine();
    ImGui::RadioButton(data.origin == DataOrigin::file ? tr("a file") : tr("the labelled colours"), true);
  }

  if (kPicker) {
    if (ImGui::Button(tr("Open a CSV file..."))) open_data_picker();
    remember_item(state, "data_open");
    tooltip(tr("A CSV in the book's format: RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND, then R,G,B,label rows (0-255, label 1 = dark text). You can also drop the file anywhere on the page. (Key: O)"));
    ImGui::SameLine();
    ImGui::TextColored(palette::muted, "%s", tr("or drop one on the page"));
  } else {
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(tr("Load")).x - ImGui::GetFontSize() * 1.5f);
    const bool entered = ImGui::InputTextWithHint("##data_path", tr("path of a CSV file"), state.view.data_path.data(), state.view.data_path.size(),
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    remember_item(state, "data_path");
    tooltip(tr("A CSV in the book's format: RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND, then R,G,B,label rows (0-255, label 1 = dark text). You can also drop the file on the window."));
    ImGui::SameLine();
    if ((ImGui::Button(tr("Load")) || entered) && state.view.data_path[0] != '\0') load_data_named(state, state.view.data_path.data());
    remember_item(state, "data_load");
    ImGui::TextColored(palette::muted, "%s", tr("or drop a CSV file on the window"));
  }
}

void load_result(AppState& state) {
  const DataLoad& load = state.data_load;
  if (load.error) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_text(error_text(*load.error));
    ImGui::PopStyleColor();
    remember_item(state, "data_error");
    wrapped_textf(tr("The data loaded before stays: %s."), state.run.data().source.c_str());
  } else if (!load.loaded.empty() && state.run.data().origin == DataOrigin::file && state.run.data().source == load.loaded) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
    wrapped_textf(tr("Loaded %s: %s rows. A new run starts from step 0."), load.loaded.c_str(), thousands(state.run.facts().rows).c_str());
    ImGui::PopStyleColor();
    remember_item(state, "data_loaded");
  }
}

// Dark and light rows as one bar: orange for dark text, blue for light text (the surface's colours).
void balance_bar(AppState& state, const DataFacts& f) {
  const float width = ImGui::GetContentRegionAvail().x, height = ImGui::GetFontSize() * 0.8f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  remember_item(state, "data_balance");
  tooltip(tr("The share of rows labelled dark text (orange) and light text (blue). A network that always says the larger one is right that often."));
  const float dark = f.rows > 0 ? width * static_cast<float>(f.dark) / static_cast<float>(f.rows) : 0;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(p, ImVec2(p.x + dark, p.y + height), palette::chose_dark);
  list->AddRectFilled(ImVec2(p.x + dark, p.y), ImVec2(p.x + width, p.y + height), palette::chose_light);
}

void facts(AppState& state) {
  const Run& run = state.run;
  const DataFacts& f = run.facts();
  ImGui::Spacing();
  heading(tr("The data"));
  if (run.data().origin == DataOrigin::book)
    wrapped_text(tr("The chapter's data set: light_dark_font_training_set.csv (Nield, Essential Math for Data Science, ch. 7)."));
  else if (run.data().synthetic())
    wrapped_textf(tr("Synthetic: %s random colours labelled by the luma rule (made by fontshade, not the book's file)."),
                  thousands(f.rows).c_str());
  else
    wrapped_textf(tr("File: %s"), run.data().source.c_str());
  remember_item(state, "data_source");
  wrapped_textf(tr("%s rows, %s distinct colours"), thousands(f.rows).c_str(), thousands(f.distinct_colours).c_str());
  tooltip(tr("Repeated colours can land in both the training and the test rows, which flatters the test accuracy."));
  remember_item(state, "data_rows");
  const double dark_share = f.rows > 0 ? 100.0 * static_cast<double>(f.dark) / static_cast<double>(f.rows) : 0;
  wrapped_textf(tr("%s dark text (%.1f %%), %s light text (%.1f %%)"), thousands(f.dark).c_str(), dark_share,
                thousands(f.light).c_str(), f.rows > 0 ? 100.0 - dark_share : 0.0);
  balance_bar(state, f);
  const std::string train = thousands(static_cast<long long>(run.split().train.size()));
  const std::string test = thousands(static_cast<long long>(run.split().test.size()));
  if (run.options().split == SplitRule::random) {
    wrapped_textf(tr("Split by the seed: %s rows train the network, %s only test it."), train.c_str(), test.c_str());
    tooltip(tr("Two thirds of the rows train the network; the other third only tests it."));
  } else {
    const OptionSpec& spec = option_spec("split");
    const OptionChoice& rule = spec.choices[static_cast<std::size_t>(run.options().split)];
    wrapped_textf(tr("Split by region (%s): %s rows train the network, %s only test it."), tr(rule.shown), train.c_str(), test.c_str());
    tooltip(tr("The training rows are one region of the colour cube, the test rows the rest: like a model trained at one hospital and used at another."));
  }
  remember_item(state, "data_split");
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_textf(tr("On the decision surface: the rows whose B is within %d of the slice's, filled dots for training rows, rings for test rows, a red cross where the network is wrong."),
                kSurfaceDotReach);
  ImGui::PopStyleColor();
}

}  // namespace

void data_panel(AppState& state) {
  source_choice(state);
  load_result(state);
  facts(state);
}

void data_facts_panel(AppState& state) { facts(state); }

void open_data_picker() {
#ifdef __EMSCRIPTEN__
  // The page's file input (web/teacher.js); the click or the key that led here lets the browser open it.
  EM_ASM({ if (Module.openFilePicker) Module.openFilePicker(); });
#endif
}

void data_files(AppState& state) {
  if (!state.data_load.dragging) return;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ImDrawList* list = ImGui::GetForegroundDrawList();
  const float line = ImGui::GetFontSize();
  list->AddRectFilled(ImVec2(0, 0), size, IM_COL32(0, 0, 0, 150));
  const char* text = tr("Drop the CSV file to train on it");
  const ImVec2 t = ImGui::CalcTextSize(text);
  const float scale = 1.6f;
  const ImVec2 box(t.x * scale + line * 2, t.y * scale + line * 1.4f);
  const ImVec2 at((size.x - box.x) * 0.5f, (size.y - box.y) * 0.5f);
  list->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), IM_COL32(30, 31, 36, 255), line * 0.4f);
  list->AddRect(at, ImVec2(at.x + box.x, at.y + box.y), IM_COL32(240, 200, 80, 255), line * 0.4f, 0, 3.0f);
  list->AddText(ImGui::GetFont(), ImGui::GetFontSize() * scale, ImVec2(at.x + line, at.y + line * 0.7f), IM_COL32(255, 255, 255, 255), text);
  state.layout["drop_banner"] = Rect{at.x, at.y, box.x, box.y};
}

}  // namespace fontshade::app
