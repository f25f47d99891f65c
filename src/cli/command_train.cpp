#include <cstdio>

#include "command.hpp"
#include "model_file.hpp"
#include "report.hpp"
#include "trainer.hpp"
#include "training_setup.hpp"

namespace fontshade::cli {
namespace {

const std::string kHelpText = std::string(
    "usage: fontshade-cli train [options] [--save MODEL.json] [--json]\n"
    "\n"
    "Trains the network by stochastic gradient descent (one random training row a step) on 2/3 of the\n"
    "rows and reports accuracy, mean cost and the confusion matrix on the training and the test third.\n"
    "\n") + kTrainingFlagsHelp +
    "  --save FILE        write the trained model as JSON (format fontshade-model, version 1)\n"
    "  --json             one JSON object: train_accuracy, test_accuracy, costs, confusion matrices\n"
    "\n"
    "Exit status: 0 trained; 1 bad file; 2 bad arguments; 3 training diverged (a value became NaN or\n"
    "infinite: the step is named and no result is reported). If every ReLU node dies (a learning rate\n"
    "far too large), a warning names the step and --json gives dead_at_step; the results still print.\n";

}  // namespace

int run_train(const std::vector<std::string>& words) {
  int code = 0;
  auto flags = training_flags();
  flags.push_back({"save"});
  flags.push_back({"json", false});
  auto args = parse_command("train", words, flags, kHelpText.c_str(), &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("train", "unexpected argument \"" + args->positional()[0] + "\"", kUsage);
  std::string error;
  auto setup = training_setup(*args, &error, &code);
  if (!setup) return fail("train", error, code);

  Trainer trainer(setup->data, setup->options);
  trainer.train_to_end();
  const bool json = args->has("json");
  if (const auto& d = trainer.divergence()) {
    if (json) {
      JsonWriter out;
      out.begin_object().key("diverged").boolean(true).key("diverged_at_step").integer(d->step)
          .key("reason").string(d->what()).end_object();
      std::printf("%s\n", out.str().c_str());
    }
    return fail("train", d->text() + " (try a smaller --lr)", kDiverged);
  }
  if (const auto& dead = trainer.dead_network()) std::fprintf(stderr, "fontshade-cli train: warning: %s\n", dead->text().c_str());
  const Evaluation train = trainer.evaluate_train();
  const Evaluation test = trainer.evaluate_test();
  if (auto path = args->value("save")) {
    if (auto e = save_model_file(*path, Model{setup->options, trainer.parameters(), trainer.steps_done()}))
      return fail("train", e->text(), kBadInput);
  }
  if (json) {
    JsonWriter out;
    out.begin_object();
    out.key("preset").string(setup->preset);
    out.key("options");
    write_options(out, setup->options);
    out.key("data");
    write_facts(out, setup->data);
    out.key("train_rows").integer(train.rows).key("test_rows").integer(test.rows);
    out.key("steps_done").integer(trainer.steps_done());
    if (const auto& dead = trainer.dead_network())
      out.key("dead_at_step").integer(dead->step).key("saturated").boolean(dead->saturated());
    out.key("train_accuracy").number(train.accuracy).key("test_accuracy").number(test.accuracy);
    out.key("train_mean_cost").number(train.mean_cost).key("test_mean_cost").number(test.mean_cost);
    out.key("train_confusion");
    write_confusion(out, train.confusion);
    out.key("test_confusion");
    write_confusion(out, test.confusion);
    out.end_object();
    std::printf("%s\n", out.str().c_str());
    return kOk;
  }
  std::printf("data:     %s\n", describe(setup->data).c_str());
  std::printf("network:  preset %s: %s\n", setup->preset.c_str(), describe(setup->options).c_str());
  std::printf("split:    %lld rows to train on, %lld to test\n\n", train.rows, test.rows);
  std::printf("train:    accuracy %s   mean cost %.6g\n", percent(train.accuracy).c_str(), train.mean_cost);
  std::printf("test:     accuracy %s   mean cost %.6g\n\n", percent(test.accuracy).c_str(), test.mean_cost);
  std::printf("test confusion matrix (%lld rows):\n%s", test.rows, confusion_table(test.confusion).c_str());
  std::printf("train confusion matrix (%lld rows):\n%s", train.rows, confusion_table(train.confusion).c_str());
  return kOk;
}

}  // namespace fontshade::cli
