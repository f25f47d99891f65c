#include "cli/seek_bench.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

#include "core/network/metrics.hpp"  // median
#include "core/base/random.hpp"
#include "core/network/run.hpp"

namespace fontshade::cli {

SeekFigures measure_seeks(const DataSet& data, Options options) {
  using clock = std::chrono::steady_clock;
  SeekFigures f;
  options.steps = 100000;
  Run run(data, options);
  run.advance(options.steps);
  f.run_memory_bytes_100k = run.memory_bytes();
  f.snapshot_bytes_100k = run.snapshot_bytes();
  // Steps drawn by the project's own generator, so every machine times the same seeks.
  Random pick(20240607, 99);
  std::vector<double> times;
  double checksum = 0;
  for (int k = 0; k < 1001; ++k) {
    const long long step = pick.index(static_cast<std::uint32_t>(options.steps + 1));
    const auto t0 = clock::now();
    run.seek(step);
    times.push_back(std::chrono::duration<double, std::micro>(clock::now() - t0).count());
    checksum += run.parameters().b_output;
  }
  f.seeks = static_cast<long long>(times.size());
  f.seek_us_median = median(times);
  f.seek_us_worst = *std::max_element(times.begin(), times.end());

  options.steps = 1000000;
  Run big(data, options);
  const auto t0 = clock::now();
  big.advance(options.steps);
  f.run_1m_ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
  f.run_memory_bytes_1m = big.memory_bytes();
  f.snapshot_bytes_1m = big.snapshot_bytes();
  if (checksum != checksum) f.seeks = -1;  // keeps the seeks from being optimised away
  return f;
}

}  // namespace fontshade::cli
