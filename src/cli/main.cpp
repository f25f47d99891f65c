// fontshade-cli: the command-line face of src/core. The browser build and outside checks rely on its
// output, so its formats are a contract (see README.md).
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/base/quoted.hpp"

namespace {

const char* const kUsageText =
    "usage: fontshade-cli COMMAND [options]      (fontshade-cli COMMAND --help for each)\n"
    "\n"
    "A 3-3-1 neural network learns whether text on a background colour should be dark or light\n"
    "(label 1 = dark text), trained by SGD exactly as in the chapter.\n"
    "\n"
    "commands:\n"
    "  train     train and report accuracy, mean cost, confusion matrix (--json, --save MODEL.json)\n"
    "  trace     every SGD step as one JSON line: Z1, A1, Z2, A2, C and every chain-rule partial\n"
    "  predict   dark or light text for a colour: the network, YIQ, WCAG 2 and APCA\n"
    "  eval      a saved model's accuracy on a CSV\n"
    "  sweep     test accuracy over many seeds: median, worst, best, collapses\n"
    "  bench     nanoseconds per SGD step and run times\n"
    "  mlp       the chapter's scikit-learn cell (MLPClassifier, solver sgd) with NumPy's generator\n"
    "  notebook  Python lines that make the chapter's notebook print a step's numbers\n"
    "  lesson    check a guided lesson's file: it reads, every scene opens, texts in both languages\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace fontshade::cli;
#ifdef SIGXFSZ
  // Past a file-size limit a write then fails with EFBIG, and the save says so and removes its
  // temporary file, instead of the program being killed half-way with the file left behind.
  std::signal(SIGXFSZ, SIG_IGN);
#endif
  if (argc < 2) {
    std::fputs("fontshade-cli: no command given (commands: train, trace, predict, eval, sweep, bench, mlp, notebook, lesson; "
               "see fontshade-cli --help)\n",
               stderr);
    return kUsage;
  }
  if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::fputs(kUsageText, stdout);
    return kOk;
  }
  const std::string command = argv[1];
  const std::vector<std::string> words(argv + 2, argv + argc);
  if (command == "train") return run_train(words);
  if (command == "trace") return run_trace(words);
  if (command == "predict") return run_predict(words);
  if (command == "eval") return run_eval(words);
  if (command == "sweep") return run_sweep(words);
  if (command == "bench") return run_bench(words);
  if (command == "mlp") return run_mlp(words);
  if (command == "notebook") return run_notebook(words);
  if (command == "lesson") return run_lesson(words);
  std::fprintf(stderr, "fontshade-cli: unknown command %s (commands: train, trace, predict, eval, sweep, bench, mlp, notebook, lesson)\n",
               fontshade::quoted(command).c_str());
  return kUsage;
}
