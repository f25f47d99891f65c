#include <cstdio>

#include "cli/command.hpp"
#include "core/base/quoted.hpp"
#include "core/data/data_source.hpp"
#include "core/files/model_file.hpp"
#include "core/network/option_reader.hpp"
#include "cli/report.hpp"
#include "core/network/trainer.hpp"
#include "cli/training_setup.hpp"

namespace fontshade::cli {
namespace {

const std::string kHelpText = std::string(
    "usage: fontshade-cli train [options] [--stop-at K] [--save MODEL.json] [--json]\n"
    "       fontshade-cli train --resume MODEL.json [--steps N] [--data DATA] [--stop-at K] [--save OUT.json] [--json]\n"
    "\n"
    "Trains the network by stochastic gradient descent (one random training row a step) on 2/3 of the\n"
    "rows and reports accuracy, mean cost and the confusion matrix on the training and the test third.\n"
    "\n") + training_flags_help() +
    "  --stop-at K        stop after step K of the run's --steps (a run saved mid-way: --resume goes on)\n"
    "  --save FILE        write the model as JSON (format fontshade-model, version 2: the options, the\n"
    "                     parameters, and the run's state, so --resume can go on exactly)\n"
    "  --resume FILE      go on with the run a version 2 model file saved: its options, its data, its\n"
    "                     sample order; the steps taken are those the run would have taken without a\n"
    "                     stop. Only --steps may change (the total, not less than the steps done; with a\n"
    "                     constant schedule only, since a linear one's L depends on the total). The data\n"
    "                     is the model's built-in set, or --data for a file: its rows must be the same\n"
    "                     (count and fingerprint). Version 1 files cannot go on (no sampler state). The\n"
    "                     run is replayed from step 0 and must reach the file bit for bit (an edited file\n"
    "                     is refused), so resuming takes as long as training to the file's step took.\n"
    "  --json             one JSON object: train_accuracy, test_accuracy, costs, confusion matrices\n"
    "\n"
    "Exit status: 0 trained; 1 bad file (or a model that cannot go on on this data); 2 bad arguments;\n"
    "3 training diverged (a value became NaN or infinite: the step is named and no result is reported).\n"
    "If every ReLU node dies (a learning rate far too large), a warning names the step and --json gives\n"
    "dead_at_step; the results still print.\n";

// The trainer for `train --resume MODEL`: the saved run, restored where it stopped.
struct Resumed {
  TrainingSetup setup;
  Model model;
};

std::optional<Resumed> resume_setup(const Arguments& args, const std::string& path, std::string* error, int* code) {
  *code = kUsage;
  for (const auto& [name, value] : args.values())
    if ((is_option_name(name) && name != "steps") || name == "preset") {
      *error = "--" + name + ": with --resume the options are the model's (only --steps, the total, may change)";
      return std::nullopt;
    }
  Result<Model> loaded = load_model_file(path);
  if (!ok(loaded)) {
    *code = kBadInput;
    *error = std::get<Error>(loaded).text();
    return std::nullopt;
  }
  Resumed r{{}, std::get<Model>(loaded)};
  const Model& m = r.model;
  r.setup.options = m.options;
  r.setup.preset = std::string(preset_name_of(m.options));
  if (auto steps = args.value("steps")) {
    auto read = read_options(m.options, {{"steps", *steps}}, OptionNames::cli);
    if (auto* problem = std::get_if<std::string>(&read)) {
      *error = *problem;
      return std::nullopt;
    }
    const Options o = std::get<Options>(read);
    if (o.steps < m.steps_done) {
      *error = "--steps " + *steps + ": " + path + " has done " + std::to_string(m.steps_done) + " steps already";
      return std::nullopt;
    }
    if (o.schedule == Schedule::linear && o.steps != m.options.steps) {
      *error = "--steps " + *steps + ": with a linear schedule L depends on the total steps (" + std::to_string(m.options.steps) +
               " in " + path + "), so the run cannot be lengthened or shortened";
      return std::nullopt;
    }
    r.setup.options = o;
  }
  *code = kBadInput;
  if (auto name = args.value("data")) {
    if (auto e = load_data(*name, r.setup.data)) {
      *error = e->text();
      return std::nullopt;
    }
  } else if (m.run && (m.run->data.origin == DataOrigin::book || m.run->data.origin == DataOrigin::synthetic)) {
    r.setup.data = *builtin_dataset(origin_name(m.run->data.origin));
  } else if (m.run) {
    *error = path + ": the run trained on " + describe_identity(m.run->data) + ": give that data with --data FILE";
    return std::nullopt;
  } else {
    r.setup.data = default_dataset();
  }
  if (std::string problem = continuation_problem(m, r.setup.data); !problem.empty()) {
    *error = path + ": " + problem;
    return std::nullopt;
  }
  *code = kOk;
  return r;
}

// What a training run reports: its setup, where it ended, its accuracy and costs on both parts.
struct TrainReport {
  const TrainingSetup& setup;
  const Trainer& trainer;
  const Evaluation& train;
  const Evaluation& test;
  bool resumed;
  long long done_before;  // the steps the resumed model had taken
};

void print_json(const TrainReport& r) {
  JsonWriter out;
  out.begin_object();
  out.key("preset").string(r.setup.preset);
  out.key("options");
  write_options(out, r.setup.options);
  out.key("data");
  write_facts(out, r.setup.data);
  out.key("train_rows").integer(r.train.rows).key("test_rows").integer(r.test.rows);
  if (r.resumed) out.key("resumed_from_step").integer(r.done_before);
  out.key("steps_done").integer(r.trainer.steps_done());
  if (const auto& dead = r.trainer.dead_network())
    out.key("dead_at_step").integer(dead->step).key("saturated").boolean(dead->saturated());
  out.key("train_accuracy").number(r.train.accuracy).key("test_accuracy").number(r.test.accuracy);
  out.key("train_mean_cost").number(r.train.mean_cost).key("test_mean_cost").number(r.test.mean_cost);
  out.key("train_confusion");
  write_confusion(out, r.train.confusion);
  out.key("test_confusion");
  write_confusion(out, r.test.confusion);
  out.end_object();
  std::printf("%s\n", out.str().c_str());
}

void print_report(const TrainReport& r) {
  const TrainingSetup& setup = r.setup;
  std::printf("data:     %s\n", describe(setup.data).c_str());
  std::printf("network:  preset %s: %s\n", setup.preset.c_str(), describe(setup.options).c_str());
  std::printf("split:    %lld rows to train on, %lld to test\n", r.train.rows, r.test.rows);
  if (r.resumed || r.trainer.steps_done() < setup.options.steps)
    std::printf("steps:    %lld of %lld%s\n", r.trainer.steps_done(), setup.options.steps,
                r.resumed ? (", resumed from step " + std::to_string(r.done_before)).c_str() : "");
  std::printf("\n");
  std::printf("train:    accuracy %s   mean cost %.6g\n", percent(r.train.accuracy).c_str(), r.train.mean_cost);
  std::printf("test:     accuracy %s   mean cost %.6g\n\n", percent(r.test.accuracy).c_str(), r.test.mean_cost);
  std::printf("test confusion matrix (%lld rows):\n%s", r.test.rows, confusion_table(r.test.confusion).c_str());
  std::printf("train confusion matrix (%lld rows):\n%s", r.train.rows, confusion_table(r.train.confusion).c_str());
}

}  // namespace

int run_train(const std::vector<std::string>& words) {
  int code = 0;
  auto flags = training_flags();
  for (const char* name : {"save", "stop-at", "resume"}) flags.push_back({name});
  flags.push_back({"json", false});
  auto args = parse_command("train", words, flags, kHelpText.c_str(), &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("train", "unexpected argument " + quoted(args->positional()[0]), kUsage);
  std::string error;
  std::optional<TrainingSetup> setup;
  std::optional<Model> resumed;
  if (auto path = args->value("resume")) {
    auto r = resume_setup(*args, *path, &error, &code);
    if (!r) return fail("train", error, code);
    setup = r->setup;
    resumed = r->model;
  } else {
    setup = training_setup(*args, &error, &code);
    if (!setup) return fail("train", error, code);
  }
  const long long done_before = resumed ? resumed->steps_done : 0;
  long long stop = setup->options.steps;
  if (auto k = args->value("stop-at")) {
    const auto n = parse_whole("stop-at", *k, done_before, setup->options.steps, &error);
    if (!n) return fail("train", error, kUsage);
    stop = *n;
  }

  Trainer trainer(setup->data, setup->options);
  if (resumed) {
    // The file is checked as the page checks it: its run replayed from step 0 must reach it bit for
    // bit (an edited sampler, death step or parameter does not), and then goes on from there.
    trainer.advance(resumed->steps_done);
    if (std::string problem = replay_mismatch(*resumed, trainer); !problem.empty())
      return fail("train", *args->value("resume") + ": " + problem, kBadInput);
  }
  trainer.advance(stop - trainer.steps_done());
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
    if (auto e = save_model_file(*path, model_of(trainer))) return fail("train", e->text(), kBadInput);
  }
  const TrainReport report{*setup, trainer, train, test, resumed.has_value(), done_before};
  if (json) print_json(report);
  else print_report(report);
  return kOk;
}

}  // namespace fontshade::cli
