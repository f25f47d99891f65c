#pragma once
#include <cstddef>

#include "core/data/dataset.hpp"
#include "core/network/options.hpp"

namespace fontshade::cli {

// How a seekable run (core run.hpp) costs: random seeks in a 100,000-step run, timed one by one, and
// the memory a run of 100,000 and of 1,000,000 steps keeps to be seekable.
struct SeekFigures {
  long long seeks = 0;
  double seek_us_median = 0;
  double seek_us_worst = 0;
  std::size_t run_memory_bytes_100k = 0;
  std::size_t snapshot_bytes_100k = 0;
  std::size_t run_memory_bytes_1m = 0;
  std::size_t snapshot_bytes_1m = 0;
  double run_1m_ms = 0;  // computing the 1,000,000-step run with its snapshots and checkpoints
};
SeekFigures measure_seeks(const DataSet& data, Options options);

}  // namespace fontshade::cli
