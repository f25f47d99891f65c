#pragma once
#include "core/data/dataset.hpp"

namespace fontshade::cli {

// What the chapter's notebook programs cost here: the run with NumPy's generator (rng numpy, whose
// every step draws a whole permutation of the training rows, as np.random.choice(n, 1,
// replace=False) does), and `mlp`, the scikit-learn cell's fit. bench/sklearn_chapter.py times
// the same two in Python; scripts/bench.sh prints them side by side.
struct NotebookFigures {
  long long runs = 0;                 // timed runs of each
  double numpy_ns_per_step = 0;       // the chapter's run with rng numpy, 100,000 steps (median)
  double numpy_best_ns_per_step = 0;
  double numpy_choice_ns = 0;         // np.random.choice(n_train, 1, replace=False) alone (median)
  double numpy_seek_us = 0;           // median of 201 random seeks in a 100,000-step rng numpy run
  double numpy_run_memory_bytes = 0;  // what that run keeps to be seekable
  double mlp_fit_ms = 0;              // the scikit-learn cell's fit, seed 1 (median)
  double mlp_best_fit_ms = 0;
  long long mlp_n_iter = 0;
  double mlp_test_score = 0;
};
NotebookFigures measure_notebook(const DataSet& data, long long runs);

}  // namespace fontshade::cli
