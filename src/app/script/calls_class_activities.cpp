// window.fontshade calls for the class activities (issue 7): labels, the chapter's colours, seed
// sweeps, the gradient check. Each shows its tab, so a script (or a native --call) sees what it did.
//   label(r, g, b, y)   labels a colour: y 1 dark text, 0 light text; the entry's index
//   labels()            [{r, g, b, y}] in the order first labelled
//   labelAgreement()    {labels, yiq, wcag2, apca}, each rule {agree, percent}
//   exportCSV()         the labels in the book's CSV format (header, "\n" line ends)
//   chapterColours()    [{name, color, typed, A2, network, yiq, wcag2, apca}] ("dark"/"light") at the cursor
//   sweep(n)            starts a sweep of seeds 1..n (1-200) with the run's options and data; {id}
//                       (web/activities.js turns it into a Promise of the runs)
//   sweepStatus()       null, or {id, count, seeds_done, running, stopped, done, runs, timing}; runs as
//                       `fontshade-cli sweep --json` writes them
//   gradientCheck()     checks the step at the cursor: {step, max_rel_error, C, rows: [{name, backprop,
//                       numeric, rel_error}]}; refused at step 0
#include "app/script/script_calls.hpp"

#include "core/files/json_writer.hpp"
#include "core/files/record_json.hpp"

namespace fontshade::app {
namespace {

const char* shade(bool dark) { return dark ? "dark" : "light"; }

void show_left(AppState& s, LeftTab tab) {
  s.view.left_tab = tab;
  s.view.tabs_requested = true;
}
void show_right(AppState& s, RightTab tab) {
  s.view.right_tab = tab;
  s.view.tabs_requested = true;
}

std::string call_label(AppState& s, Call& c) {
  if (c.a.size() != 4) c.refuse("label takes r, g, b, y: whole numbers 0-255 and y 1 (dark text) or 0 (light text)");
  const Rgb colour{static_cast<int>(c.whole(0, "r", 0, 255, 0)), static_cast<int>(c.whole(1, "g", 0, 255, 0)),
                   static_cast<int>(c.whole(2, "b", 0, 255, 0))};
  const int y = static_cast<int>(c.whole(3, "y", 0, 1, 0));
  if (c.refused()) return "null";
  show_left(s, LeftTab::labels);
  return std::to_string(s.activities.labelling.set.label(colour, y));
}

std::string call_labels(AppState& s, Call&) {
  JsonWriter out;
  out.begin_array();
  for (const Sample& e : s.activities.labelling.set.entries())
    out.begin_object().key("r").integer(e.colour.r).key("g").integer(e.colour.g).key("b").integer(e.colour.b).key("y").integer(e.label).end_object();
  out.end_array();
  return out.str();
}

std::string call_label_agreement(AppState& s, Call&) {
  const LabelledSet& set = s.activities.labelling.set;
  const LabelAgreement a = set.agreement();
  JsonWriter out;
  out.begin_object().key("labels").integer(set.size());
  const auto rule = [&](const char* name, const RuleAgreement& r) {
    out.key(name).begin_object().key("agree").integer(r.agree).key("percent").number(100 * r.fraction).end_object();
  };
  rule("yiq", a.yiq);
  rule("wcag2", a.wcag2);
  rule("apca", a.apca);
  out.end_object();
  return out.str();
}

std::string call_export_csv(AppState& s, Call&) { return json_text(s.activities.labelling.set.csv_text()); }

std::string call_chapter_colours(AppState& s, Call&) {
  show_left(s, LeftTab::chapter_colours);
  JsonWriter out;
  out.begin_array();
  for (const NamedColourRow& row : s.activities.named_colours.rows(s.run.parameters(), s.run.options().activation)) {
    const ColourReport& r = row.report;
    out.begin_object().key("name").string(row.name).key("color").string(hex_of(r.colour)).key("typed").boolean(row.typed);
    out.key("A2").number(r.forward.A2).key("network").string(shade(r.network_dark));
    out.key("yiq").string(shade(r.yiq.dark)).key("wcag2").string(shade(r.wcag2.dark)).key("apca").string(shade(r.apca.dark));
    out.end_object();
  }
  out.end_array();
  return out.str();
}

std::string call_sweep(AppState& s, Call& c) {
  if (c.a.size() != 1) c.refuse("sweep takes n, the number of seeds: a whole number from 1 to 200");
  const long long n = c.whole(0, "n", 1, SweepRunner::kMaxSeeds, 10);
  if (c.refused()) return "null";
  start_sweep(s, static_cast<int>(n));
  show_right(s, RightTab::seeds);
  JsonWriter out;
  out.begin_object().key("id").integer(s.activities.sweep.id()).end_object();
  return out.str();
}

std::string call_sweep_status(AppState& s, Call&) {
  const SweepRunner& runner = s.activities.sweep;
  if (!runner.has_sweep()) return "null";
  const SeedSweep& sweep = runner.sweep();
  JsonWriter out;
  out.begin_object().key("id").integer(runner.id()).key("count").integer(sweep.count()).key("seeds_done").integer(sweep.seeds_done());
  out.key("running").boolean(runner.running()).key("stopped").boolean(runner.stopped()).key("done").boolean(sweep.done());
  out.key("runs").begin_array();
  for (const SeedResult& r : sweep.results()) write_seed_result(out, r);  // as fontshade-cli sweep --json
  out.end_array();
  const SweepRunner::Timing t = runner.timing();
  out.key("timing").begin_object().key("frames").integer(t.frames).key("busy_seconds").number(t.busy_seconds);
  out.key("longest_frame_seconds").number(t.longest_frame_seconds).key("wall_seconds").number(t.wall_seconds).end_object();
  out.end_object();
  return out.str();
}

std::string call_gradient_check(AppState& s, Call& c) {
  if (!check_step(s)) {
    c.refuse("there is no step to check at step 0: take a step first");
    return "null";
  }
  show_right(s, RightTab::check);
  const CheckedStep& checked = *s.activities.checked;
  JsonWriter out;
  out.begin_object().key("step").integer(checked.step).key("gradient").string(name_of(checked.options.gradient));
  out.key("max_rel_error").number(checked.check.max_rel_error).key("C").number(checked.check.C);
  out.key("rows").begin_array();
  for (const GradientRow& r : checked.check.rows)
    out.begin_object().key("name").string(r.name).key("backprop").number(r.backprop).key("numeric").number(r.numeric)
        .key("rel_error").number(r.rel_error).end_object();
  out.end_array().end_object();
  return out.str();
}

}  // namespace

void add_activity_calls(ScriptCalls& calls) {
  calls.insert({{"label", {call_label}},
                {"labels", {call_labels}},
                {"labelAgreement", {call_label_agreement}},
                {"exportCSV", {call_export_csv}},
                {"chapterColours", {call_chapter_colours}},
                {"sweep", {call_sweep, CallBy::page}},  // the page's Promise, polling sweepStatus
                {"sweepStatus", {call_sweep_status}},
                {"gradientCheck", {call_gradient_check}}});
}

}  // namespace fontshade::app
