#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "command.hpp"
#include "json_writer.hpp"
#include "sweep.hpp"
#include "trainer.hpp"
#include "training_setup.hpp"

namespace fontshade::cli {
namespace {

const char* const kHelpText =
    "usage: fontshade-cli bench [--data FILE] [--repeats N] [--json]\n"
    "\n"
    "Measures the seed network (the chapter's 3-3-1): nanoseconds per SGD step (median of the repeats,\n"
    "each a full 100,000-step run), the 100,000-step run time, and the time of a 20-seed sweep.\n"
    "A benchmark, not a test: it prints figures and asserts nothing.\n"
    "\n"
    "  --data DATA    book (default), synthetic or a CSV file\n"
    "  --repeats N    100,000-step runs to time, 1 to 1000 (default 21)\n"
    "  --json         one JSON object: ns_per_step, run_100k_ms, sweep_20_ms, repeats\n";

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int run_bench(const std::vector<std::string>& words) {
  int code = 0;
  auto args = parse_command("bench", words, {{"data"}, {"repeats"}, {"json", false}}, kHelpText, &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("bench", "unexpected argument \"" + args->positional()[0] + "\"", kUsage);
  std::string error;
  long long repeats = 21;
  if (auto v = args->value("repeats")) {
    auto r = parse_whole("repeats", *v, 1, 1000, &error);
    if (!r) return fail("bench", error, kUsage);
    repeats = *r;
  }
  auto setup = training_setup(*args, &error, &code);
  if (!setup) return fail("bench", error, code);
  const Options options = preset_seed();

  std::vector<double> runs;
  double checksum = 0;  // keeps the optimiser from dropping the work
  for (long long k = 0; k < repeats; ++k) {
    Options o = options;
    o.seed = static_cast<std::uint64_t>(k + 1);
    Trainer trainer(setup->data, o);
    const auto t0 = std::chrono::steady_clock::now();
    trainer.train_to_end();
    runs.push_back(seconds_since(t0));
    checksum += trainer.parameters().b_output;
  }
  const double run_s = median(runs);
  const double ns_per_step = run_s / static_cast<double>(options.steps) * 1e9;

  const auto t0 = std::chrono::steady_clock::now();
  const SweepSummary sweep = sweep_seeds(setup->data, options, 1, 20);
  const double sweep_s = seconds_since(t0);

  if (args->has("json")) {
    JsonWriter out;
    out.begin_object().key("ns_per_step").number(ns_per_step).key("run_100k_ms").number(run_s * 1e3)
        .key("sweep_20_ms").number(sweep_s * 1e3).key("repeats").integer(repeats)
        .key("sweep_median_test_accuracy").number(sweep.median).key("checksum").number(checksum).end_object();
    std::printf("%s\n", out.str().c_str());
    return kOk;
  }
  std::printf("seed network (3-3-1, relu, squared_error, L 0.05), %lld runs of 100,000 steps:\n", repeats);
  std::printf("  SGD step:          %8.1f ns (median)\n", ns_per_step);
  std::printf("  100,000 steps:     %8.3f ms\n", run_s * 1e3);
  std::printf("  20-seed sweep:     %8.1f ms (median test accuracy %.2f %%)\n", sweep_s * 1e3, sweep.median * 100);
  return kOk;
}

}  // namespace fontshade::cli
