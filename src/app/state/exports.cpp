#include "app/state/exports.hpp"

#include "app/text/format.hpp"
#include "core/files/json_writer.hpp"
#include "core/files/record_json.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {

std::string export_current_step(const AppState& state, StepFormat format) {
  const StepRecord* r = state.run.record();
  if (!r) return {};
  StepExportWords words;
  words.step = tr("SGD step");
  words.sample = tr("sample");
  words.forward = tr("Forward pass");
  words.backward = tr("Backward pass: the chain rule");
  words.update = tr("Update");
  words.parameter = tr("parameter");
  words.after = tr("after");
  std::string text = export_step(*r, state.run.options(), format, state.view.settings.digits, words);
  if (format == StepFormat::json) text += "\n";
  return text;
}

std::string export_step_range(AppState& state, long long first, long long last, std::string* problem) {
  Run& run = state.run;
  const long long done = run.steps_done();
  if (done == 0) {
    *problem = "no step has been computed yet";
    return {};
  }
  if (first < 1 || last < first || last > done) {
    *problem = "the steps must run from 1 to " + std::to_string(done) + " (the steps computed so far), first <= last; not " +
               std::to_string(first) + " to " + std::to_string(last);
    return {};
  }
  if (last - first + 1 > kMaxExportedSteps) {
    *problem = "at most " + std::to_string(kMaxExportedSteps) + " steps at once, not " + std::to_string(last - first + 1);
    return {};
  }
  const long long cursor = run.cursor();
  std::string lines;
  run.seek(first);
  for (;;) {
    if (const StepRecord* r = run.record()) lines += step_record_json(*r) + "\n";
    if (run.cursor() >= last || run.advance(1) == 0) break;
  }
  run.seek(cursor);
  return lines;
}

std::string curves_csv(const AppState& state) {
  std::string out = "step,recent_mean_cost,train_accuracy,test_accuracy\n";
  for (const HistoryPoint& p : state.run.history())
    out += std::to_string(p.step) + "," + format_double(p.recent_mean_cost) + "," + format_double(p.train_accuracy) + "," +
           format_double(p.test_accuracy) + "\n";
  return out;
}

std::string export_file_name(const AppState& state, const std::string& what, const std::string& extension) {
  return "fontshade-seed" + std::to_string(state.run.options().seed) + "-step" + std::to_string(state.run.cursor()) + "-" +
         what + "." + extension;
}

NotebookLines notebook_lines_of(const AppState& state) {
  const Run& run = state.run;
  NotebookQuestion q;
  q.options = run.options();
  q.data = run.data().origin;
  q.data_file = run.data().source;
  q.step = run.cursor();
  q.record = run.record();
  if (const MlpRun* mlp = run.mlp()) {
    q.epochs_done = mlp->trainer().n_iter();
    q.batches_per_epoch = mlp->trainer().batches_per_epoch();
  }
  return notebook_lines(q);
}

const char* notebook_problem_text(NotebookProblem p) {
  switch (p) {
    case NotebookProblem::none: return "";
    case NotebookProblem::data: return tr("A notebook has the book's data or a CSV file, not the synthetic set or labelled colours.");
    case NotebookProblem::network: return tr("The notebook's forward_prop and backward_prop are the chapter's network: relu and the squared error.");
    case NotebookProblem::start: return tr("With NumPy's generator the notebook starts with rand (init uniform01) and a constant L.");
    case NotebookProblem::no_step: return tr("There is no step yet: take a step first.");
    case NotebookProblem::no_epoch: return tr("fit's max_iter counts whole epochs: step to the end of the first epoch.");
  }
  return "";
}

}  // namespace fontshade::app
