#include <cstdio>

#include "cli/command.hpp"
#include "core/base/quoted.hpp"
#include "core/files/record_json.hpp"
#include "cli/report.hpp"
#include "core/network/sweep.hpp"
#include "cli/training_setup.hpp"

namespace fontshade::cli {
namespace {

const std::string kHelpText = std::string(
    "usage: fontshade-cli sweep --seeds N [--seed S] [options] [--json]\n"
    "\n"
    "Trains the same network from N seeds (S, S+1, ...; S is --seed, default 1) and reports the test\n"
    "accuracy of each and their median, worst and best, and how many collapsed to one shade for every\n"
    "test row: how much the random start (split, weights, sample order) matters. A run that diverges\n"
    "counts as 0 % in the median and the worst. A run whose ReLU nodes all died (a learning rate far\n"
    "too large) is marked dead: it answers one shade from then on.\n"
    "\n"
    "  --seeds N          how many seeds, 1 to 10000\n") + training_flags_help() +
    "  --json             one JSON object: median, worst, best, collapses, dead, diverged, runs\n";

}  // namespace

int run_sweep(const std::vector<std::string>& words) {
  int code = 0;
  auto flags = training_flags();
  flags.push_back({"seeds"});
  flags.push_back({"json", false});
  auto args = parse_command("sweep", words, flags, kHelpText.c_str(), &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("sweep", "unexpected argument " + quoted(args->positional()[0]), kUsage);
  if (!args->has("seeds")) return fail("sweep", "--seeds N is required", kUsage);
  std::string error;
  const auto seeds = parse_whole("seeds", *args->value("seeds"), 1, 10000, &error);
  if (!seeds) return fail("sweep", error, kUsage);
  auto setup = training_setup(*args, &error, &code);
  if (!setup) return fail("sweep", error, code);

  const SweepSummary s = sweep_seeds(setup->data, setup->options, setup->options.seed, static_cast<int>(*seeds));
  if (args->has("json")) {
    JsonWriter out;
    out.begin_object().key("preset").string(setup->preset).key("options");
    write_options(out, setup->options);
    out.key("data");
    write_facts(out, setup->data);
    out.key("seeds").integer(*seeds).key("finished").integer(s.finished).key("diverged").integer(s.diverged);
    out.key("collapses").integer(s.collapses).key("dead").integer(s.dead);
    out.key("median").number(s.median).key("worst").number(s.worst).key("best").number(s.best);
    out.key("runs").begin_array();
    for (const SeedResult& r : s.runs) write_seed_result(out, r);
    out.end_array().end_object();
    std::printf("%s\n", out.str().c_str());
    return kOk;
  }
  std::printf("data:     %s\n", describe(setup->data).c_str());
  std::printf("network:  preset %s: %s (seed varies)\n\n", setup->preset.c_str(), describe(setup->options).c_str());
  std::printf("  seed   test accuracy\n");
  for (const SeedResult& r : s.runs) {
    const std::string dead = r.dead ? "   dead: every ReLU node died at step " + std::to_string(r.dead_at_step) : "";
    if (r.diverged)
      std::printf("  %4llu   diverged at step %lld%s\n", static_cast<unsigned long long>(r.seed), r.diverged_at_step,
                  dead.c_str());
    else
      std::printf("  %4llu   %s%s%s\n", static_cast<unsigned long long>(r.seed), percent(r.test.accuracy).c_str(),
                  r.collapsed() ? "   collapsed: one shade for every row" : "", dead.c_str());
  }
  std::printf("\n%lld seeds: ", *seeds);
  std::printf("median %s, worst %s, best %s%s; ", percent(s.median).c_str(), percent(s.worst).c_str(),
              percent(s.best).c_str(), s.diverged ? " (a diverged run counts as 0 %)" : "");
  std::printf("%d collapsed, %d dead, %d diverged\n", s.collapses, s.dead, s.diverged);
  return kOk;
}

}  // namespace fontshade::cli
