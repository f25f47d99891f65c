// fontshade-cli notebook: the lines the app's "Check it in your notebook" copies, for a step of a run
// (core/files/notebook_lines.hpp), so a teacher can prepare them and the tests can run them.
#include <cstdio>

#include "cli/command.hpp"
#include "cli/training_setup.hpp"
#include "core/files/notebook_lines.hpp"
#include "core/network/run.hpp"

namespace fontshade::cli {
namespace {

const std::string kHelpText = std::string(
    "usage: fontshade-cli notebook --step K [options] [--trainer chapter|sklearn]\n"
    "\n"
    "Prints a few lines of Python that, pasted into the chapter's notebook after its cells, print the\n"
    "numbers fontshade shows at step K of the run (scikit-learn's trainer: at the end of the last epoch\n"
    "batch K ended). With --rng numpy the lines start from np.random.seed(N) and run the notebook's own\n"
    "loop; with fontshade's generator they take step K alone, from the weights before it.\n"
    "\n"
    "  --step K           the step (or batch) on screen, 0 or more\n") +
    training_flags_help() +
    "\n"
    "Exit status: 0 printed; 1 bad file; 2 bad arguments, or a step a notebook cannot check (the reason).\n";

}  // namespace

int run_notebook(const std::vector<std::string>& words) {
  int code = 0;
  auto flags = training_flags();
  flags.push_back({"step"});
  auto args = parse_command("notebook", words, flags, kHelpText.c_str(), &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("notebook", "unexpected argument \"" + args->positional()[0] + "\"", kUsage);
  std::string error;
  auto setup = training_setup(*args, &error, &code, true);
  if (!setup) return fail("notebook", error, code);
  const auto step_text = args->value("step");
  if (!step_text) return fail("notebook", "--step K is required", kUsage);
  const auto step = parse_whole("step", *step_text, 0, setup->options.steps, &error);
  if (!step) return fail("notebook", error, kUsage);

  Run run(setup->data, setup->options);
  run.advance(*step);
  NotebookQuestion q;
  q.options = setup->options;
  q.data = setup->data.origin;
  q.data_file = setup->data.source;
  q.step = run.cursor();
  q.record = run.record();
  if (const MlpRun* mlp = run.mlp()) {
    q.epochs_done = mlp->trainer().n_iter();
    q.batches_per_epoch = mlp->trainer().batches_per_epoch();
  }
  const NotebookLines lines = notebook_lines(q);
  if (lines.python.empty()) return fail("notebook", std::string("step ") + *step_text + ": " + problem_text(lines.problem), kUsage);
  std::fputs(lines.python.c_str(), stdout);
  return kOk;
}

}  // namespace fontshade::cli
