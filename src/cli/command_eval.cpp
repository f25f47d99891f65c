#include <cstdio>

#include "cli/command.hpp"
#include "core/base/quoted.hpp"
#include "core/data/csv.hpp"
#include "core/network/metrics.hpp"
#include "core/files/model_file.hpp"
#include "cli/report.hpp"

namespace fontshade::cli {
namespace {

const char* const kHelpText =
    "usage: fontshade-cli eval --model FILE --data FILE [--json]\n"
    "\n"
    "Runs a saved model over every row of a CSV (the book's format) and reports accuracy, mean cost and\n"
    "the confusion matrix.\n"
    "\n"
    "  --model FILE   a model saved by `fontshade-cli train --save`\n"
    "  --data FILE    CSV: RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND (1 = dark text)\n"
    "  --json         one JSON object with accuracy, mean_cost, rows and confusion\n";

}  // namespace

int run_eval(const std::vector<std::string>& words) {
  int code = 0;
  auto args = parse_command("eval", words, {{"model"}, {"data"}, {"json", false}}, kHelpText, &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("eval", "unexpected argument " + quoted(args->positional()[0]), kUsage);
  if (!args->has("model")) return fail("eval", "--model FILE is required", kUsage);
  if (!args->has("data")) return fail("eval", "--data FILE is required", kUsage);
  Result<Model> model = load_model_file(*args->value("model"));
  if (!ok(model)) return fail("eval", std::get<Error>(model).text(), kBadInput);
  DataSet data;
  if (auto e = load_csv_file(*args->value("data"), data)) return fail("eval", e->text(), kBadInput);
  const Model& m = std::get<Model>(model);
  const Evaluation e = evaluate_all(m.parameters, m.options, data);
  if (args->has("json")) {
    JsonWriter out;
    out.begin_object().key("rows").integer(e.rows).key("accuracy").number(e.accuracy).key("mean_cost").number(e.mean_cost);
    out.key("confusion");
    write_confusion(out, e.confusion);
    out.end_object();
    std::printf("%s\n", out.str().c_str());
    return kOk;
  }
  std::printf("data:      %s\n", describe(data).c_str());
  std::printf("accuracy:  %s of %lld rows   mean cost %.6g\n", percent(e.accuracy).c_str(), e.rows, e.mean_cost);
  std::printf("confusion matrix:\n%s", confusion_table(e.confusion).c_str());
  return kOk;
}

}  // namespace fontshade::cli
