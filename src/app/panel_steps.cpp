// 2. Step-through: reset with a seed, step by 1/10/100/1000, run and pause at a chosen speed, train to
// the end; where the run stands; the sample of the current step.
#include <cstdio>

#include "fonts.hpp"
#include "format.hpp"
#include "panels.hpp"
#include "strings.hpp"
#include "widgets.hpp"

namespace fontshade::app {
namespace {

void controls(AppState& state) {
  const bool stopped = state.run.finished();  // diverged, or all steps done
  if (ImGui::Button(tr("Reset"))) state.reset(static_cast<std::uint64_t>(state.seed_field));
  remember_item(state, "button_reset");
  tooltip(tr("Start again: new random weights, split and sample order from this seed. (Key: R)"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  ImGui::InputScalar(tr("seed"), ImGuiDataType_S64, &state.seed_field);
  if (state.seed_field < 0) state.seed_field = 0;
  tooltip(tr("The same seed always gives the same run, here and in fontshade-cli."));

  ImGui::BeginDisabled(stopped);
  if (ImGui::Button(tr("Step"))) state.step(1);
  remember_item(state, "button_step");
  tooltip(tr("One SGD step: draw one training colour, forward pass, backward pass, update every weight. (Key: Space)"));
  const long long counts[] = {10, 100, 1000};
  const char* names[] = {"button_step10", "button_step100", "button_step1000"};
  for (int k = 0; k < 3; ++k) {
    ImGui::SameLine();
    char label[32];
    std::snprintf(label, sizeof label, "\xC3\x97%lld", counts[k]);  // ×10
    if (ImGui::Button(label)) state.step(counts[k]);
    remember_item(state, names[k]);
    tooltip(k == 0 ? tr("Ten steps; the panels show the last one. (Keys: arrows)") : tr("Many steps at once; the panels show the last one."));
  }
  if (ImGui::Button(state.player.running() ? tr("Pause") : tr("Run"))) state.player.toggle();
  remember_item(state, "button_run");
  tooltip(tr("Keep stepping at the chosen speed. (Key: Enter)"));
  ImGui::EndDisabled();
  ImGui::SameLine();
  int speed = state.player.speed_index();
  const int sps = state.player.steps_per_second();
  char speed_label[64];
  if (sps == 0)
    std::snprintf(speed_label, sizeof speed_label, "%s", tr("as fast as possible"));
  else
    std::snprintf(speed_label, sizeof speed_label, tr("%d steps/s"), sps);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
  if (ImGui::SliderInt("##speed", &speed, 0, RunController::kSpeedCount - 1, speed_label, ImGuiSliderFlags_NoInput))
    state.player.set_speed_index(speed);
  tooltip(tr("Steps per second while running, from 1 to as fast as the computer can."));
  ImGui::SameLine();
  ImGui::BeginDisabled(stopped);
  if (ImGui::Button(tr("Train to the end"))) state.player.train_to_end();
  remember_item(state, "button_train_to_end");
  tooltip(tr("Run every remaining step as fast as possible; the window stays responsive."));
  ImGui::EndDisabled();
}

void progress(AppState& state) {
  const Trainer& t = state.run.trainer();
  const long long total = state.run.options().steps;
  char text[96];
  std::snprintf(text, sizeof text, tr("Step %s of %s"), thousands(t.steps_done()).c_str(), thousands(total).c_str());
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  remember_item(state, "step_counter");
  tooltip(tr("SGD steps done so far, out of the run's total (100,000 in the chapter)."));
  ImGui::SameLine();
  ImGui::ProgressBar(total > 0 ? static_cast<float>(t.steps_done()) / static_cast<float>(total) : 0.0f, ImVec2(-1, 0), "");
  const std::string_view preset = preset_name_of(state.run.options());
  ImGui::TextColored(palette::muted, tr("L = %s   preset: %s"), number(t.options().learning_rate_at(t.steps_done() + 1)).c_str(),
                     preset == "seed" ? tr("the chapter's") : (preset == "tuned" ? tr("tuned") : tr("custom")));
  tooltip(tr("L is the learning rate: how far each step moves the weights against the gradient."));

  if (const auto& d = t.divergence()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_textf(tr("Training diverged at step %s: %s is %s. The parameters are those before that step. Reset with a smaller learning rate."),
                       thousands(d->step).c_str(),
                       (d->quantity + (d->after_update ? std::string(" ") + tr("after the update") : std::string())).c_str(),
                       d->value.c_str());
    ImGui::PopStyleColor();
  }
  if (const auto& dead = t.dead_network()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_textf(tr("Every hidden node died at step %s: ReLU gives 0 for every colour, so only b_output still learns and the network answers the same for everything."),
                       thousands(dead->step).c_str());
    ImGui::PopStyleColor();
  }
}

void current_sample(AppState& state) {
  const Trainer& t = state.run.trainer();
  const auto& r = t.last_record();
  if (!r) {
    ImGui::TextColored(palette::muted, "%s", tr("No step yet: press Step to draw the first training colour."));
    return;
  }
  const Sample& s = state.run.data().samples[static_cast<std::size_t>(r->sample)];
  const float side = ImGui::GetFontSize() * 3.2f;
  colour_swatch(state, "sample_swatch", s.colour, side, tr("The training colour this step drew at random."));
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::Text(tr("Sample %d: %s"), r->sample, hex_of(s.colour).c_str());
  tooltip(tr("Which row of the data set this step trained on, counted from 0, as the field sample of fontshade-cli trace."));
  ImGui::PushFont(fonts().mono);
  wrapped_textf("X = [%s, %s, %s]", number(r->X(0)).c_str(), number(r->X(1)).c_str(), number(r->X(2)).c_str());
  ImGui::PopFont();
  tooltip(tr("X, the network's input: the colour's R, G and B divided by 255."));
  ImGui::Text("Y = %s  (%s)", number(r->Y).c_str(), r->Y == 1 ? tr("dark text") : tr("light text"));
  tooltip(tr("Y, the label: 1 if dark text reads better on this colour, 0 if light text does."));
  ImGui::EndGroup();
}

}  // namespace

void step_controls_panel(AppState& state) {
  controls(state);
  progress(state);
  ImGui::Separator();
  current_sample(state);
}

}  // namespace fontshade::app
