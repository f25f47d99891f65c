#include "app/text/code_listing.hpp"

#include <cctype>

#include "app/text/format.hpp"
#include "core/network/record_values.hpp"

namespace fontshade::app {
namespace {

std::string activation_call(Activation a) {
  switch (a) {
    case Activation::relu: return "relu";
    case Activation::leaky_relu: return "leaky_relu";
    case Activation::tanh: return "np.tanh";
    case Activation::logistic: return "logistic";
  }
  return "relu";
}

// A grid of numbers as nested lists, rows x cols, in the interface's digits.
template <typename At>
std::string grid_text(int rows, int cols, At at) {
  const auto row = [&](int i) {
    std::string s = "[";
    for (int j = 0; j < cols; ++j) s += (j ? ", " : "") + number(at(i, j));
    return s + "]";
  };
  if (rows == 1 && cols == 1) return number(at(0, 0));
  if (rows == 1) return row(0);
  std::string s = "[";
  for (int i = 0; i < rows; ++i) s += (i ? ", " : "") + row(i);
  return s + "]";
}

std::string parameters_text(const Parameters& p, std::string_view name) {
  const int h = p.hidden();
  if (name == "w_hidden") return grid_text(h, 3, [&](int i, int j) { return p.w_hidden(i, j); });
  if (name == "b_hidden") return grid_text(h, 1, [&](int i, int) { return p.b_hidden(i); });
  if (name == "w_output") return grid_text(1, h, [&](int, int j) { return p.w_output(j); });
  return number(p.b_output);
}

std::optional<std::string> batch_value(const Run& run, std::string_view name) {
  const MlpBatchRecord* r = run.batch_record();
  const MlpTrainer& t = run.mlp()->trainer();
  const Parameters& p = run.parameters();
  const int h = p.hidden();
  if (name == "coefs_")
    return "[" + grid_text(3, h, [&](int l, int j) { return p.w_hidden(j, l); }) + ", " +
           grid_text(h, 1, [&](int j, int) { return p.w_output(j); }) + "]";
  if (name == "intercepts_") return "[" + grid_text(1, h, [&](int, int j) { return p.b_hidden(j); }) + ", " + number(p.b_output) + "]";
  if (name == "n_iter_") return std::to_string(t.n_iter());
  if (name == "no_improvement_count") return std::to_string(t.no_improvement_count());
  if (name == "best_loss_") return t.loss_curve().empty() ? std::nullopt : std::optional<std::string>(number(t.best_loss()));
  if (name == "loss_") return t.loss_curve().empty() ? std::nullopt : std::optional<std::string>(number(t.loss_curve().back()));
  if (!r) return std::nullopt;
  if (name == "batch") return std::to_string(r->batch) + " / " + std::to_string(r->batches_per_epoch);
  if (name == "X") return "mean " + vector_text(r->mean_X) + " (" + std::to_string(r->rows.size()) + " rows)";
  if (name == "Y") return "mean " + number(r->mean_Y);
  if (name == "A1") return vector_text(r->forward.A1) + " (row " + std::to_string(r->rows.front()) + ")";
  if (name == "A2") return number(r->forward.A2) + " (row " + std::to_string(r->rows.front()) + ")";
  if (name == "loss") return number(r->loss);
  if (name == "log_loss") return number(r->log_loss);
  if (name == "l2") return number(r->l2_term);
  if (name == "velocity") return parameters_text(r->velocity, "w_hidden") + " ...";
  if (name == "grads") return parameters_text(r->gradient, "w_hidden") + " ...";
  return std::nullopt;
}

}  // namespace

std::vector<CodeLine> chapter_listing(const Options& o) {
  using P = Phase;
  const bool true_gradient = o.gradient == GradientMode::true_gradient;
  const std::string cost = o.cost == Cost::squared_error ? "(A2 - Y) ** 2" : "-(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))";
  const std::string dC_dA2 = o.cost == Cost::squared_error ? "2 * A2 - 2 * Y" : "-Y / A2 + (1 - Y) / (1 - A2)";
  std::vector<CodeLine> lines = {
      {"def forward_prop(X):", std::nullopt},
      {"    Z1 = w_hidden @ X + b_hidden", P::Z1},
      {"    A1 = " + activation_call(o.activation) + "(Z1)", P::A1},
      {"    Z2 = w_output @ A1 + b_output", P::Z2},
      {"    A2 = logistic(Z2)", P::A2},
      {"    return Z1, A1, Z2, A2", std::nullopt},
      {"", std::nullopt},
      {"def backward_prop(Z1, A1, Z2, A2, X, Y):", std::nullopt},
      {"    dC_dA2 = " + dC_dA2, P::dC_dA2},
      {"    dA2_dZ2 = d_logistic(Z2)", P::dA2_dZ2},
      {"    dZ2_dW2, dZ2_dB2 = A1, 1", P::dC_dW2},
      {"    dC_dW2 = dC_dA2 @ dA2_dZ2 @ dZ2_dW2.T", P::dC_dW2},
      {"    dC_dB2 = dC_dA2 @ dA2_dZ2 * dZ2_dB2", P::dC_dW2},
      {"    dZ2_dA1 = w_output", P::dC_dA1},
      {"    dC_dA1 = dC_dA2 @ dA2_dZ2 @ dZ2_dA1", P::dC_dA1},
      {"    dA1_dZ1, dZ1_dW1, dZ1_dB1 = d_" + (o.activation == Activation::tanh ? std::string("tanh") : activation_call(o.activation)) +
           "(Z1), X, 1",
       P::dA1_dZ1},
  };
  if (true_gradient) {
    lines.push_back({"    dC_dZ1 = dC_dA1.T * dA1_dZ1", P::dC_dW1});
    lines.push_back({"    dC_dW1 = dC_dZ1 @ dZ1_dW1.T", P::dC_dW1});
    lines.push_back({"    dC_dB1 = dC_dZ1 * dZ1_dB1", P::dC_dW1});
  } else {
    lines.push_back({"    dC_dW1 = dC_dA1 @ dA1_dZ1 @ dZ1_dW1.T", P::dC_dW1});
    lines.push_back({"    dC_dB1 = dC_dA1 @ dA1_dZ1 * dZ1_dB1", P::dC_dW1});
  }
  const std::vector<CodeLine> loop = {
      {"    return dC_dW1, dC_dB1, dC_dW2, dC_dB2", std::nullopt},
      {"", std::nullopt},
      {"for step in range(steps):", std::nullopt},
      {o.rng == Rng::numpy ? "    idx = np.random.choice(n, 1, replace=False)" : "    idx = [fontshade_random.index(n)]", P::sample},
      {"    X, Y = X_train[idx].T, Y_train[idx]", P::sample},
      {"    Z1, A1, Z2, A2 = forward_prop(X)", std::nullopt},
      {"    C = " + cost, P::C},
      {"    dC_dW1, dC_dB1, dC_dW2, dC_dB2 = backward_prop(Z1, A1, Z2, A2, X, Y)", std::nullopt},
      {"    w_hidden -= L * dC_dW1", P::update},
      {"    b_hidden -= L * dC_dB1", P::update},
      {"    w_output -= L * dC_dW2", P::update},
      {"    b_output -= L * dC_dB2", P::update},
  };
  lines.insert(lines.end(), loop.begin(), loop.end());
  return lines;
}

std::vector<CodeLine> sklearn_listing(const Options& o) {
  const std::string act = activation_call(o.activation);
  const std::string slope = o.activation == Activation::relu      ? "(A1 > 0)"
                            : o.activation == Activation::tanh    ? "(1 - A1 ** 2)"
                                                                  : "A1 * (1 - A1)";
  const std::vector<std::string> text = {
      "for epoch in range(max_iter):",
      "    sample_idx = shuffle(sample_idx)",
      "    for batch in gen_batches(n, min(200, n)):",
      "        X, Y = X_train[sample_idx[batch]], Y_train[sample_idx[batch]]",
      "        A1 = " + act + "(X @ coefs_[0] + intercepts_[0])",
      "        A2 = logistic(A1 @ coefs_[1] + intercepts_[1])",
      "        log_loss = -(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)).mean()",
      "        l2 = alpha / 2 * sum((c ** 2).sum() for c in coefs_) / len(X)",
      "        loss = log_loss + l2",
      "        delta2 = A2 - Y",
      "        delta1 = (delta2 @ coefs_[1].T) * " + slope,
      "        grads = [(X.T @ delta1 + alpha * coefs_[0]) / len(X),",
      "                 (A1.T @ delta2 + alpha * coefs_[1]) / len(X),",
      "                 delta1.mean(axis=0), delta2.mean(axis=0)]",
      "        velocity = [momentum * v - L * g for v, g in zip(velocity, grads)]",
      "        params = [p + momentum * v - L * g for p, v, g in zip(params, velocity, grads)]",
      "    loss_ = sum(loss * len(X) for each batch) / n",
      "    no_improvement_count = no_improvement_count + 1 if loss_ > best_loss_ - tol else 0",
      "    best_loss_ = min(best_loss_, loss_)",
      "    if no_improvement_count > n_iter_no_change: break",
  };
  std::vector<CodeLine> lines;
  for (const std::string& t : text) lines.push_back({t, std::nullopt});
  return lines;
}

std::vector<CodeLine> listing_of(const Run& run) {
  return run.mlp() ? sklearn_listing(run.options()) : chapter_listing(run.options());
}

std::vector<CodeToken> code_tokens(std::string_view line) {
  const auto starts_name = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; };
  const auto in_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  std::vector<CodeToken> tokens;
  std::size_t i = 0;
  while (i < line.size()) {
    const std::size_t start = i;
    const bool name = starts_name(line[i]);
    ++i;
    while (i < line.size() && (name ? in_name(line[i]) : !starts_name(line[i]))) ++i;
    tokens.push_back({line.substr(start, i - start), name});
  }
  return tokens;
}

std::optional<std::string> value_text(const Run& run, std::string_view name) {
  if (run.mlp()) return batch_value(run, name);
  if (name == "L") return number(run.options().learning_rate_at(run.cursor() == 0 ? 1 : run.cursor()));
  const std::optional<Quantity> q = parse_quantity(name);
  if (!q) return std::nullopt;
  const StepRecord* r = run.record();
  if (!r) {
    if (*q == Quantity::w_hidden || *q == Quantity::b_hidden || *q == Quantity::w_output || *q == Quantity::b_output)
      return parameters_text(run.parameters(), name);
    return std::nullopt;
  }
  const Shape shape = shape_of(*q, r->before.hidden());
  return grid_text(shape.rows, shape.cols, [&](int i, int j) { return value_of(*r, *q, i, j); });
}

}  // namespace fontshade::app
