#include "app/state/live_text.hpp"

#include <cstdio>

#include "app/text/format.hpp"
#include "core/network/network.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {
namespace {

std::string printed(const char* format, const std::string& a, const std::string& b = {}, const std::string& c = {}) {
  char text[512];
  std::snprintf(text, sizeof text, format, a.c_str(), b.c_str(), c.c_str());
  return text;
}

const char* shade(double a2) { return is_dark(a2) ? tr("dark text") : tr("light text"); }

}  // namespace

std::string live_text(const AppState& state) {
  const Run& run = state.run;
  std::string out = printed(tr("Step %s of %s."), thousands(run.cursor()), thousands(run.options().steps));
  const StepRecord* r = run.record();
  if (r) {
    if (state.view.phase) {
      const Phase p = *state.view.phase;
      const std::string name = p == Phase::sample ? tr("sample") : (p == Phase::update ? tr("update") : std::string(info_of(p).name));
      out += " " + printed(tr("Phase: %s."), name);
    }
    const Sample& s = run.data().samples[static_cast<std::size_t>(r->sample)];
    out += " " + printed(tr("Sample %s: %s, label %s."), std::to_string(r->sample), hex_of(s.colour), std::to_string(s.label));
    if (reveal_of(state.view, Quantity::A2) != Reveal::hidden)
      out += " " + printed(tr("A2 = %s: the network chooses %s for it."), number(r->forward.A2), shade(r->forward.A2));
  } else {
    out += " " + std::string(tr("No step yet."));
  }
  const ForwardRecord picked = state.picked_forward();
  out += " " + printed(tr("For the picked colour %s: A2 = %s, %s."), hex_of(state.view.picked), number(picked.A2), shade(picked.A2));
  return out;
}

}  // namespace fontshade::app
