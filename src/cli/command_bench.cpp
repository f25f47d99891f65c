#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/colour/colour.hpp"
#include "cli/command.hpp"
#include "cli/notebook_bench.hpp"
#include "core/base/quoted.hpp"
#include "cli/fused_floor.hpp"
#include "cli/seek_bench.hpp"
#include "core/files/json_writer.hpp"
#include "core/base/random_streams.hpp"
#include "core/network/sweep.hpp"
#include "core/network/trainer.hpp"
#include "cli/training_setup.hpp"

namespace fontshade::cli {
namespace {

const char* const kHelpText =
    "usage: fontshade-cli bench [--data FILE] [--repeats N] [--json]\n"
    "\n"
    "Measures the seed network (the chapter's 3-3-1): nanoseconds per SGD step (median of the repeats,\n"
    "each a full 100,000-step run), the 100,000-step run time, the time of a 20-seed sweep, and the\n"
    "seekable run: the median time of 1,001 random seeks in a 100,000-step run, and the memory a run of\n"
    "100,000 and of 1,000,000 steps keeps to be seekable (snapshots and curve checkpoints).\n"
    "Next to the real step it times the fused floor: the same arithmetic in one bare loop (no records,\n"
    "no checks), which must end on the same parameters, bit for bit; step / floor is the overhead.\n"
    "Then the chapter's notebook programs (up to 5 runs each): the run with NumPy's generator (rng numpy,\n"
    "whose every step draws a permutation of the training rows), its seeks and memory, and `mlp`'s fit.\n"
    "A benchmark, not a test: it prints figures and asserts nothing (but says if the floor disagrees).\n"
    "\n"
    "  --data DATA    book (default), synthetic or a CSV file\n"
    "  --repeats N    100,000-step runs to time, 1 to 1000 (default 21)\n"
    "  --json         one JSON object: ns_per_step, floor_ns_per_step, step_over_floor,\n"
    "                 floor_matches_trainer, best_ns_per_step, best_floor_ns_per_step,\n"
    "                 run_100k_ms, sweep_20_ms, repeats, seek_us (median), seek_us_worst,\n"
    "                 run_memory_bytes (100,000 steps), run_memory_bytes_1m, run_1m_ms,\n"
    "                 numpy_ns_per_step, numpy_best_ns_per_step, numpy_choice_ns, numpy_seek_us,\n"
    "                 numpy_run_memory_bytes, mlp_fit_ms, mlp_best_fit_ms, mlp_n_iter, mlp_test_score\n";

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The Trainer's training rows, in its order, for the fused floor.
FloorRows rows_of(const Trainer& trainer) {
  FloorRows rows;
  for (int row : trainer.split().train) {
    const Sample& s = trainer.data().samples[static_cast<std::size_t>(row)];
    rows.X.push_back(input_of(s.colour));
    rows.Y.push_back(s.label);
  }
  return rows;
}

// The SGD step against the fused floor, timed over `repeats` 100,000-step runs (seeds 1, 2, ...).
struct StepTimes {
  double run_s = 0;  // a 100,000-step run, the median
  double ns_per_step = 0, floor_ns_per_step = 0, step_over_floor = 0;
  double best_ns_per_step = 0, best_floor_ns_per_step = 0;  // the fastest run of each
  bool floor_matches = true;
  double checksum = 0;  // keeps the optimiser from dropping the work
};

StepTimes time_steps(const DataSet& data, const Options& options, long long repeats) {
  // Each repeat times the real run and the floor back to back, so both see the same machine load.
  std::vector<double> runs, floor_runs;
  StepTimes t;
  for (long long k = 0; k < repeats; ++k) {
    Options o = options;
    o.seed = static_cast<std::uint64_t>(k + 1);
    Trainer trainer(data, o);
    const FloorRows rows = rows_of(trainer);
    const Parameters start = trainer.parameters();
    const Random sampler(o.seed, kStreamSamples);

    auto t0 = std::chrono::steady_clock::now();
    trainer.train_to_end();
    runs.push_back(seconds_since(t0));

    // Called through a volatile pointer: binaryen would otherwise inline the floor into this long
    // function, which V8 compiles with its simpler register allocator (as it does any huge function),
    // and the WebAssembly floor would measure that allocator rather than the arithmetic.
    Parameters (*volatile floor_loop)(const FloorRows&, Random, const Parameters&, double, long long) = fused_floor;
    t0 = std::chrono::steady_clock::now();
    const Parameters floor = floor_loop(rows, sampler, start, o.learning_rate, o.steps);
    floor_runs.push_back(seconds_since(t0));

    t.floor_matches = t.floor_matches && floor == trainer.parameters() && !trainer.divergence();
    t.checksum += trainer.parameters().b_output + floor.b_output;
  }
  t.run_s = median(runs);
  const double ns = 1e9 / static_cast<double>(options.steps);
  t.ns_per_step = t.run_s * ns;
  t.floor_ns_per_step = median(floor_runs) * ns;
  t.step_over_floor = t.ns_per_step / t.floor_ns_per_step;
  // The fastest run of each: on a loaded machine the median carries the other processes' share.
  t.best_ns_per_step = *std::min_element(runs.begin(), runs.end()) * ns;
  t.best_floor_ns_per_step = *std::min_element(floor_runs.begin(), floor_runs.end()) * ns;
  return t;
}

void print_json(const StepTimes& t, double sweep_s, const SweepSummary& sweep, const SeekFigures& seeks,
                const NotebookFigures& notebook, long long repeats) {
  JsonWriter out;
  out.begin_object().key("ns_per_step").number(t.ns_per_step).key("floor_ns_per_step").number(t.floor_ns_per_step)
      .key("step_over_floor").number(t.step_over_floor).key("floor_matches_trainer").boolean(t.floor_matches)
      .key("best_ns_per_step").number(t.best_ns_per_step).key("best_floor_ns_per_step").number(t.best_floor_ns_per_step)
      .key("run_100k_ms").number(t.run_s * 1e3)
      .key("sweep_20_ms").number(sweep_s * 1e3).key("repeats").integer(repeats)
      .key("sweep_median_test_accuracy").number(sweep.median).key("checksum").number(t.checksum)
      .key("seek_us").number(seeks.seek_us_median).key("seek_us_worst").number(seeks.seek_us_worst)
      .key("run_memory_bytes").unsigned_integer(seeks.run_memory_bytes_100k)
      .key("snapshot_bytes").unsigned_integer(seeks.snapshot_bytes_100k)
      .key("run_memory_bytes_1m").unsigned_integer(seeks.run_memory_bytes_1m)
      .key("snapshot_bytes_1m").unsigned_integer(seeks.snapshot_bytes_1m).key("run_1m_ms").number(seeks.run_1m_ms)
      .key("numpy_ns_per_step").number(notebook.numpy_ns_per_step)
      .key("numpy_best_ns_per_step").number(notebook.numpy_best_ns_per_step)
      .key("numpy_choice_ns").number(notebook.numpy_choice_ns).key("numpy_seek_us").number(notebook.numpy_seek_us)
      .key("numpy_run_memory_bytes").number(notebook.numpy_run_memory_bytes)
      .key("mlp_fit_ms").number(notebook.mlp_fit_ms).key("mlp_best_fit_ms").number(notebook.mlp_best_fit_ms)
      .key("mlp_n_iter").integer(notebook.mlp_n_iter).key("mlp_test_score").number(notebook.mlp_test_score)
      .key("notebook_runs").integer(notebook.runs)
      .end_object();
  std::printf("%s\n", out.str().c_str());
}

void print_figures(const StepTimes& t, double sweep_s, const SweepSummary& sweep, const SeekFigures& seeks,
                const NotebookFigures& notebook, long long repeats) {
  std::printf("seed network (3-3-1, relu, squared_error, L 0.05), %lld runs of 100,000 steps:\n", repeats);
  std::printf("  SGD step:          %8.1f ns (median; best run %.1f ns)\n", t.ns_per_step, t.best_ns_per_step);
  std::printf("  fused floor:       %8.1f ns (median; best run %.1f ns)\n", t.floor_ns_per_step, t.best_floor_ns_per_step);
  std::printf("  step / floor:      %8.2f    (the floor: the arithmetic alone; %s)\n", t.step_over_floor,
              t.floor_matches ? "same final parameters, bit for bit" : "DIFFERENT final parameters");
  std::printf("  100,000 steps:     %8.3f ms\n", t.run_s * 1e3);
  std::printf("  20-seed sweep:     %8.1f ms (median test accuracy %.2f %%)\n", sweep_s * 1e3, sweep.median * 100);
  std::printf("seekable run:\n");
  std::printf("  seek:              %8.1f us (median of %lld random seeks in 100,000 steps; worst %.1f us)\n",
              seeks.seek_us_median, seeks.seeks, seeks.seek_us_worst);
  std::printf("  memory, 100,000:   %8.3f MB (snapshots %.3f MB, the rest the curves' checkpoints)\n",
              seeks.run_memory_bytes_100k / 1e6, seeks.snapshot_bytes_100k / 1e6);
  std::printf("  memory, 1,000,000: %8.3f MB (snapshots %.3f MB), computed in %.0f ms\n", seeks.run_memory_bytes_1m / 1e6,
              seeks.snapshot_bytes_1m / 1e6, seeks.run_1m_ms);
  std::printf("the chapter's notebook (%lld runs each):\n", notebook.runs);
  std::printf("  rng numpy step:    %8.1f ns (median of 100,000-step runs; best run %.1f ns)\n", notebook.numpy_ns_per_step,
              notebook.numpy_best_ns_per_step);
  std::printf("  of which choice:   %8.1f ns (np.random.choice(n, 1, replace=False): a permutation of the rows)\n",
              notebook.numpy_choice_ns);
  std::printf("  seek, rng numpy:   %8.1f us (median of 201 random seeks; the run keeps %.3f MB)\n", notebook.numpy_seek_us,
              notebook.numpy_run_memory_bytes / 1e6);
  std::printf("  mlp fit:           %8.2f ms (the scikit-learn cell, seed 1: %lld epochs, test score %.4f; best %.2f ms)\n",
              notebook.mlp_fit_ms, notebook.mlp_n_iter, notebook.mlp_test_score, notebook.mlp_best_fit_ms);
}

}  // namespace

int run_bench(const std::vector<std::string>& words) {
  int code = 0;
  auto args = parse_command("bench", words, {{"data"}, {"repeats"}, {"json", false}}, kHelpText, &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("bench", "unexpected argument " + quoted(args->positional()[0]), kUsage);
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

  const StepTimes times = time_steps(setup->data, options, repeats);
  if (!times.floor_matches)
    std::fprintf(stderr, "fontshade-cli bench: warning: the fused floor did not end on the Trainer's parameters\n");

  const auto t0 = std::chrono::steady_clock::now();
  const SweepSummary sweep = sweep_seeds(setup->data, options, 1, 20);
  const double sweep_s = seconds_since(t0);
  const SeekFigures seeks = measure_seeks(setup->data, options);
  const NotebookFigures notebook = measure_notebook(setup->data, std::min(repeats, 5LL));

  if (args->has("json")) print_json(times, sweep_s, sweep, seeks, notebook, repeats);
  else print_figures(times, sweep_s, sweep, seeks, notebook, repeats);
  return kOk;
}

}  // namespace fontshade::cli
