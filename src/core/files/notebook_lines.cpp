#include "core/files/notebook_lines.hpp"

#include <cmath>

#include "core/base/number_text.hpp"

namespace fontshade {
namespace {

// Python reads the shortest text back to the same double.
std::string num(double v) { return shortest_double(v); }

// A NumPy array literal of a grid of numbers, 17 digits each (the same doubles in the notebook).
template <typename At>
std::string array_literal(int rows, int cols, At at) {
  std::string s = "np.array([";
  for (int i = 0; i < rows; ++i) {
    s += i ? ", [" : "[";
    for (int j = 0; j < cols; ++j) s += (j ? ", " : "") + num(at(i, j));
    s += "]";
  }
  return s + "])";
}

// The notebook's data: its own all_inputs and all_outputs for the book; a file read the same way.
std::string data_lines(const NotebookQuestion& q) {
  if (q.data != DataOrigin::file) return "";
  std::string name;
  for (char c : q.data_file) name += (c == '\\' || c == '"') ? std::string("\\") + c : std::string(1, c);
  return "all_data = pd.read_csv(\"" + name + "\")\n"
         "all_inputs = all_data.iloc[:, 0:3].values / 255.0\n"
         "all_outputs = all_data.iloc[:, -1].values\n";
}

// The body of one step: the notebook's functions, then, for the true gradient, dW1 and dB1 node by node.
std::string step_body(const Options& o, const std::string& indent) {
  std::string s = indent + "Z1, A1, Z2, A2 = forward_prop(X_sample)\n" + indent +
                  "dW1, dB1, dW2, dB2 = backward_prop(Z1, A1, Z2, A2, X_sample, Y_sample)\n";
  if (o.gradient == GradientMode::true_gradient)
    s += indent + "dC_dZ1 = ((2 * A2 - 2 * Y_sample) * d_logistic(Z2) * w_output).T * d_relu(Z1)  # node by node\n" +
         indent + "dW1, dB1 = dC_dZ1 @ X_sample.T, dC_dZ1\n";
  return s + indent + "w_hidden -= L * dW1\n" + indent + "b_hidden -= L * dB1\n" + indent + "w_output -= L * dW2\n" +
         indent + "b_output -= L * dB2\n";
}

std::string step_prints(long long step) {
  return "print(\"step " + std::to_string(step) + ": sample\", (X_sample.T * 255).round().tolist(), \"Y\", Y_sample.tolist())\n"
         "print(\"Z1\", Z1.T.tolist(), \"A1\", A1.T.tolist(), \"Z2\", Z2.item(), \"A2\", A2.item())\n"
         "print(\"dC_dW1\", dW1.tolist(), \"dC_dB1\", dB1.T.tolist(), \"dC_dW2\", dW2.tolist(), \"dC_dB2\", dB2.item())\n"
         "print(\"after: w_hidden\", w_hidden.tolist(), \"b_hidden\", b_hidden.T.tolist())\n"
         "print(\"after: w_output\", w_output.tolist(), \"b_output\", b_output.item())\n";
}

std::string gradient_words(const Options& o) {
  return o.gradient == GradientMode::chapter ? "the chapter's gradient" : "the true gradient (the notebook's dW1, dB1 replaced)";
}

const std::string kPasteAfter =
    "# Paste after the chapter's cells (all_inputs, all_outputs, forward_prop, backward_prop, d_logistic, d_relu).\n";

NotebookLines chapter_numpy(const NotebookQuestion& q) {
  const Options& o = q.options;
  const std::string h = std::to_string(o.hidden);
  std::string s = "# fontshade, step " + std::to_string(q.step) + ": np.random.seed(" + std::to_string(o.seed) +
                  "), the chapter's trainer, " + gradient_words(o) + ".\n" + kPasteAfter + data_lines(q);
  s += "L = " + num(o.learning_rate) + "\n";
  s += "np.random.seed(" + std::to_string(o.seed) + ")\n";
  s += "X_train, X_test, Y_train, Y_test = train_test_split(all_inputs, all_outputs, test_size=1/3)\n";
  s += "n = X_train.shape[0]\n";
  s += "w_hidden = np.random.rand(" + h + ", 3)\nw_output = np.random.rand(1, " + h + ")\n";
  s += "b_hidden = np.random.rand(" + h + ", 1)\nb_output = np.random.rand(1, 1)\n";
  if (q.step == 0)
    return {s + "print(\"step 0: w_hidden\", w_hidden.tolist(), \"b_hidden\", b_hidden.T.tolist(), \"w_output\", "
                "w_output.tolist(), \"b_output\", b_output.item())\n",
            NotebookProblem::none};
  s += "for step in range(" + std::to_string(q.step) + "):\n";
  s += "    idx = np.random.choice(n, 1, replace=False)\n";
  s += "    X_sample = X_train[idx].transpose()\n    Y_sample = Y_train[idx]\n";
  s += step_body(o, "    ");
  return {s + step_prints(q.step), NotebookProblem::none};
}

NotebookLines chapter_one_step(const NotebookQuestion& q) {
  const Options& o = q.options;
  const StepRecord& r = *q.record;
  const Parameters& p = r.before;
  const int h = p.hidden();
  std::string s = "# fontshade, step " + std::to_string(q.step) + ": fontshade's own generator (NumPy cannot draw it), so step " +
                  std::to_string(q.step) + " alone, from the weights before it; " + gradient_words(o) + ".\n" + kPasteAfter;
  s += "L = " + num(r.L) + "\n";
  s += "w_hidden = " + array_literal(h, 3, [&](int i, int j) { return p.w_hidden(i, j); }) + "\n";
  s += "w_output = " + array_literal(1, h, [&](int, int j) { return p.w_output(j); }) + "\n";
  s += "b_hidden = " + array_literal(h, 1, [&](int i, int) { return p.b_hidden(i); }) + "\n";
  s += "b_output = np.array([[" + num(p.b_output) + "]])\n";
  const auto channel = [&](int k) { return std::to_string(static_cast<long>(std::lround(r.X(k) * 255))); };
  s += "X_sample = np.array([[" + channel(0) + "], [" + channel(1) + "], [" + channel(2) + "]]) / 255.0\n";
  s += "Y_sample = np.array([" + std::to_string(static_cast<int>(r.Y)) + "])\n";
  s += step_body(o, "");
  return {s + step_prints(q.step), NotebookProblem::none};
}

NotebookLines sklearn_epochs(const NotebookQuestion& q) {
  const Options& o = q.options;
  const long long batch = q.epochs_done * q.batches_per_epoch;
  std::string s = "# fontshade, batch " + std::to_string(q.step) + ": np.random.seed(" + std::to_string(o.seed) +
                  "), scikit-learn's trainer. fit with max_iter=" + std::to_string(q.epochs_done) +
                  " makes the fit's first epochs (and warns that it stopped there): batch " + std::to_string(batch) +
                  ", the end of epoch " + std::to_string(q.epochs_done) + ".\n";
  s += "# Paste after the chapter's cells (all_inputs, all_outputs).\n" + data_lines(q);
  s += "from sklearn.neural_network import MLPClassifier\n";
  s += "np.random.seed(" + std::to_string(o.seed) + ")\n";
  s += "X_train, X_test, Y_train, Y_test = train_test_split(all_inputs, all_outputs, test_size=1/3)\n";
  s += "nn = MLPClassifier(solver='sgd', hidden_layer_sizes=(" + std::to_string(o.hidden) + ",), activation='" +
       std::string(name_of(o.activation)) + "', max_iter=" + std::to_string(q.epochs_done) + ", learning_rate_init=" +
       num(o.learning_rate) + ")\n";
  s += "nn.fit(X_train, Y_train)\n";
  s += "print(\"batch " + std::to_string(batch) + ": loss_\", nn.loss_, \"n_iter_\", nn.n_iter_)\n";
  s += "print(\"coefs_\", [c.tolist() for c in nn.coefs_])\nprint(\"intercepts_\", [c.tolist() for c in nn.intercepts_])\n";
  return {s, NotebookProblem::none};
}

}  // namespace

NotebookLines notebook_lines(const NotebookQuestion& q) {
  const Options& o = q.options;
  if (q.data != DataOrigin::book && q.data != DataOrigin::file) return {"", NotebookProblem::data};
  if (o.trainer == TrainerKind::sklearn) {
    if (q.epochs_done < 1) return {"", NotebookProblem::no_epoch};
    return sklearn_epochs(q);
  }
  if (o.activation != Activation::relu || o.cost != Cost::squared_error) return {"", NotebookProblem::network};
  if (o.rng == Rng::numpy) {
    if (o.init != Init::uniform01 || o.schedule != Schedule::constant) return {"", NotebookProblem::start};
    return chapter_numpy(q);
  }
  if (q.step < 1 || !q.record) return {"", NotebookProblem::no_step};
  return chapter_one_step(q);
}

const char* problem_text(NotebookProblem p) {
  switch (p) {
    case NotebookProblem::none: return "";
    case NotebookProblem::data: return "a notebook has the book's data or a CSV file, not the synthetic set or labelled colours";
    case NotebookProblem::network:
      return "the notebook's forward_prop and backward_prop are the chapter's network: relu and the squared error";
    case NotebookProblem::start:
      return "with NumPy's generator the notebook starts with rand (init uniform01) and a constant L";
    case NotebookProblem::no_step: return "there is no step yet: take a step first";
    case NotebookProblem::no_epoch:
      return "fit's max_iter counts whole epochs: step to the end of the first epoch";
  }
  return "";
}

}  // namespace fontshade
