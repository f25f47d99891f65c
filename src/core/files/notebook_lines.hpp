#pragma once
#include <string>

#include "core/data/dataset.hpp"
#include "core/network/options.hpp"
#include "core/network/records.hpp"

namespace fontshade {

// "Check it in your notebook": a few lines of Python that, pasted into the chapter's notebook after
// its own cells, print the numbers fontshade shows at a step. They use the notebook's names: its
// data (all_inputs, all_outputs), its forward_prop and backward_prop (and d_logistic, d_relu), its L.
// - The chapter's trainer with rng numpy: np.random.seed(S), the split, rand for the weights, then the
//   loop with np.random.choice up to step k, printing that step's sample, Z1 .. A2, the gradients and
//   the parameters after it. With the true gradient the lines replace the notebook's dW1 and dB1 by
//   the node-by-node ones (the chapter's backward_prop sums over the hidden nodes).
// - The chapter's trainer with fontshade's generator (which NumPy cannot draw): step k alone, from
//   the weights, the sample and L fontshade shows before it.
// - scikit-learn's trainer: np.random.seed(S), the split, then fit with max_iter = the epochs ended by
//   batch k (the fit's first epochs, exactly: max_iter changes nothing else), printing coefs_,
//   intercepts_ and loss_. (partial_fit would not do: each call shuffles arange(n) afresh, where fit
//   shuffles the previous epoch's order.)
// Printed numbers are Python's floats (tolist()): the shortest text that reads back to the same bits.
struct NotebookQuestion {
  Options options;
  DataOrigin data = DataOrigin::book;
  std::string data_file;               // a file's name, for DataOrigin::file
  long long step = 0;                  // the step (or, scikit-learn's, the batch) on screen
  const StepRecord* record = nullptr;  // that step's record (the chapter's trainer, step >= 1)
  long long epochs_done = 0;           // scikit-learn's: epochs ended by that batch
  int batches_per_epoch = 0;
};
// Why a step cannot be checked in a notebook.
enum class NotebookProblem {
  none,
  data,     // the synthetic set or a student's labels: a notebook does not have them
  network,  // not the chapter's network: the notebook's forward_prop and backward_prop are relu and (A2 - Y)^2
  start,    // rng numpy, but not the chapter's start (uniform01) or a constant L: rand and L would differ
  no_step,  // fontshade's generator at step 0: there is no step to check yet
  no_epoch, // scikit-learn's trainer before its first epoch ends: fit's max_iter counts whole epochs
};
struct NotebookLines {
  std::string python;  // empty when the step cannot be checked in a notebook
  NotebookProblem problem = NotebookProblem::none;
};
NotebookLines notebook_lines(const NotebookQuestion& q);
// The problem in English (the CLI's words; the app says its own, translated).
const char* problem_text(NotebookProblem p);

}  // namespace fontshade
