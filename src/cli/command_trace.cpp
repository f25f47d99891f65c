#include <algorithm>
#include <cstdio>

#include "cli/command.hpp"
#include "core/base/quoted.hpp"
#include "core/files/record_json.hpp"
#include "core/network/trainer.hpp"
#include "cli/training_setup.hpp"

namespace fontshade::cli {
namespace {

const std::string kHelpText = std::string(
    "usage: fontshade-cli trace [--from K] [options]\n"
    "\n"
    "Trains as `train` does and prints every SGD step as one JSON object a line, with the chapter's names:\n"
    "step, sample (0-based row of the data set), X, Y, L, w_hidden, b_hidden, w_output, b_output (before\n"
    "the step), Z1, A1, Z2, A2, C, dC_dA2, dA2_dZ2, dZ2_dA1, dZ2_dW2, dZ2_dB2, dA1_dZ1, dZ1_dW1, dZ1_dB1,\n"
    "dC_dW2, dC_dB2, dC_dA1, dC_dW1, dC_dB1, and after (the parameters after the update).\n"
    "Matrices are arrays of rows (w_hidden: one row a hidden node); doubles have 17 significant digits.\n"
    "\n"
    "  --from K           print steps K..N only (1 <= K <= N): the same bytes as those lines of the whole trace\n") +
    training_flags_help() +
    "\n"
    "Exit status: 0 done; 1 bad file; 2 bad arguments; 3 training diverged (the steps before it are printed).\n";

}  // namespace

int run_trace(const std::vector<std::string>& words) {
  int code = 0;
  auto flags = training_flags();
  flags.push_back({"from"});
  auto args = parse_command("trace", words, flags, kHelpText.c_str(), &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("trace", "unexpected argument " + quoted(args->positional()[0]), kUsage);
  std::string error;
  auto setup = training_setup(*args, &error, &code);
  if (!setup) return fail("trace", error, code);

  long long from = 1;
  if (auto v = args->value("from")) {
    // A K past the run's end would print nothing and look like success.
    auto k = parse_whole("from", *v, 1, std::max(1LL, setup->options.steps), &error);
    if (!k) return fail("trace", error + " (the run has " + std::to_string(setup->options.steps) + " steps)", kUsage);
    from = *k;
  }

  Trainer trainer(setup->data, setup->options);
  // The steps before K on the fast path: the same arithmetic, so the same bits from K on.
  if (from > 1) trainer.advance(from - 1);
  std::string line;
  while (trainer.steps_done() < setup->options.steps) {
    const StepRecord* r = trainer.step();
    if (trainer.divergence()) break;
    line = step_record_json(*r);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  std::fflush(stdout);
  if (const auto& d = trainer.divergence()) return fail("trace", d->text() + " (try a smaller --lr)", kDiverged);
  if (const auto& dead = trainer.dead_network()) std::fprintf(stderr, "fontshade-cli trace: warning: %s\n", dead->text().c_str());
  return kOk;
}

}  // namespace fontshade::cli
