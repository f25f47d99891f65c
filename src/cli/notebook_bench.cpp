#include "cli/notebook_bench.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

#include "core/base/numpy_random.hpp"
#include "core/base/random.hpp"
#include "core/network/metrics.hpp"  // median
#include "core/network/mlp.hpp"
#include "core/network/run.hpp"

namespace fontshade::cli {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

}  // namespace

NotebookFigures measure_notebook(const DataSet& data, long long runs) {
  NotebookFigures f;
  f.runs = runs;
  Options o;
  o.rng = Rng::numpy;
  double checksum = 0;  // keeps the optimiser from dropping the work
  std::vector<double> step_s, choice_s, fit_s;
  for (long long k = 0; k < runs; ++k) {
    o.seed = static_cast<std::uint64_t>(k + 1);
    Trainer trainer(data, o);
    auto t0 = Clock::now();
    trainer.train_to_end();
    step_s.push_back(seconds_since(t0) / static_cast<double>(o.steps));
    checksum += trainer.parameters().b_output;

    NumpyRandom numpy(static_cast<std::uint32_t>(k + 1));
    const auto n = static_cast<std::uint32_t>(trainer.split().train.size());
    constexpr int kChoices = 20000;
    t0 = Clock::now();
    for (int c = 0; c < kChoices; ++c) checksum += numpy.choice_one(n);
    choice_s.push_back(seconds_since(t0) / kChoices);

    MlpTrainer mlp(data, MlpOptions{});
    t0 = Clock::now();
    mlp.train_to_end();
    fit_s.push_back(seconds_since(t0));
    f.mlp_n_iter = mlp.n_iter();
    f.mlp_test_score = mlp.test_score();
  }
  f.numpy_ns_per_step = median(step_s) * 1e9;
  f.numpy_best_ns_per_step = *std::min_element(step_s.begin(), step_s.end()) * 1e9;
  f.numpy_choice_ns = median(choice_s) * 1e9;
  f.mlp_fit_ms = median(fit_s) * 1e3;
  f.mlp_best_fit_ms = *std::min_element(fit_s.begin(), fit_s.end()) * 1e3;

  o.seed = 1;
  Run run(data, o);
  run.advance(o.steps);
  f.numpy_run_memory_bytes = static_cast<double>(run.memory_bytes());
  Random pick(20240607, 98);
  std::vector<double> seeks;
  for (int k = 0; k < 201; ++k) {
    const long long step = pick.index(static_cast<std::uint32_t>(o.steps + 1));
    const auto t0 = Clock::now();
    run.seek(step);
    seeks.push_back(seconds_since(t0) * 1e6);
    checksum += run.parameters().b_output;
  }
  f.numpy_seek_us = median(seeks);
  if (checksum != checksum) f.runs = -1;
  return f;
}

}  // namespace fontshade::cli
