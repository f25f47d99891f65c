// fontshade-cli mlp: the chapter's scikit-learn cell (core/network/mlp.hpp), with scikit-learn's own
// attribute names and shapes, so its numbers sit beside a notebook's.
#include <cstdio>

#include "cli/command.hpp"
#include "core/base/number_reader.hpp"
#include "core/base/quoted.hpp"
#include "core/data/data_source.hpp"
#include "core/files/json_writer.hpp"
#include "core/files/record_json.hpp"
#include "core/network/mlp.hpp"
#include "core/network/option_table.hpp"

namespace fontshade::cli {
namespace {

const char* const kHelpText =
    "usage: fontshade-cli mlp [--seed S] [--hidden H] [--activation A] [--lr X] [--max-iter N] [--data DATA] [--json]\n"
    "\n"
    "Trains what the chapter's scikit-learn cell trains, as scikit-learn 1.2 trains it:\n"
    "  np.random.seed(S)\n"
    "  X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=1/3)\n"
    "  MLPClassifier(solver='sgd', hidden_layer_sizes=(H,), activation=A, max_iter=N,\n"
    "                learning_rate_init=X).fit(X_train, Y_train)\n"
    "with scikit-learn's defaults for the rest: mini-batches of min(200, n) rows, shuffled every epoch,\n"
    "momentum 0.9 (Nesterov), L2 alpha 1e-4, the log-loss, Glorot-uniform starting weights, and the\n"
    "stopping rule (the training loss fails to improve by tol 1e-4 for more than 10 epochs in a row).\n"
    "Every random number is NumPy's legacy generator's, in the notebook's order.\n"
    "\n"
    "  --seed S           np.random.seed(S), 0 to 4294967295 (default 1)\n"
    "  --hidden H         hidden nodes, 1 to 16 (default 3)\n"
    "  --activation A     relu (default) | tanh | logistic\n"
    "  --lr X             learning_rate_init (default 0.05)\n"
    "  --max-iter N       epochs at most (default 100000, the chapter's)\n"
    "  --data DATA        book (default), synthetic or a CSV file in the book's format\n"
    "  --json             one JSON object: coefs_ (coefs_[0] is 3 x H: the chapter's w_hidden transposed),\n"
    "                     intercepts_, n_iter_, loss_curve_, best_loss_, stopped (the stopping rule ended\n"
    "                     the fit rather than max_iter), train_score, test_score\n"
    "\n"
    "Exit status: 0 trained; 1 bad file; 2 bad arguments; 3 a value became NaN or infinite.\n";

std::string row_text(const double* v, int n, int stride) {
  std::string s = "[";
  for (int i = 0; i < n; ++i) s += (i ? ", " : "") + numpy_number_text(v[i * stride]);
  return s + "]";
}

void print_text(const MlpTrainer& t) {
  const MlpOptions& o = t.options();
  const Parameters& p = t.parameters();
  const int h = o.hidden;
  std::printf("scikit-learn's MLPClassifier(solver='sgd', hidden_layer_sizes=(%d,), activation='%s', max_iter=%lld,\n"
              "  learning_rate_init=%g) after np.random.seed(%u)\n",
              h, std::string(name_of(o.activation)).c_str(), o.max_iter, o.learning_rate, o.seed);
  std::printf("data: %s\n  %zu rows train, %zu test; batches of %d, %d an epoch\n", t.data().source.c_str(),
              t.split().train.size(), t.split().test.size(), t.batch_size(), t.batches_per_epoch());
  std::printf("n_iter_: %lld epochs (%s)\n", t.n_iter(),
              t.stopped() ? "the training loss did not improve by tol=0.0001 for more than 10 epochs in a row"
                          : "max_iter reached without the stopping rule");
  if (!t.loss_curve().empty())
    std::printf("loss_: %s (best_loss_ %s)\n", numpy_number_text(t.loss_curve().back()).c_str(), numpy_number_text(t.best_loss()).c_str());
  std::printf("coefs_[0] (3 x %d, the chapter's w_hidden transposed):\n", h);
  for (int l = 0; l < 3; ++l) std::printf("  %s\n", row_text(&p.w_hidden(0, l), h, 3).c_str());
  std::printf("coefs_[1] (%d x 1, w_output transposed): %s\n", h, row_text(p.w_output.data(), h, 1).c_str());
  std::printf("intercepts_[0] (b_hidden): %s\n", row_text(p.b_hidden.data(), h, 1).c_str());
  std::printf("intercepts_[1] (b_output): %s\n", row_text(&p.b_output, 1, 1).c_str());
  std::printf("Training set score: %f\nTest set score: %f\n", t.train_score(), t.test_score());
}

}  // namespace

int run_mlp(const std::vector<std::string>& words) {
  int code = 0;
  auto args = parse_command("mlp", words,
                            {{"seed"}, {"hidden"}, {"activation"}, {"lr"}, {"max-iter"}, {"data"}, {"json", false}},
                            kHelpText, &code);
  if (!args) return code;
  if (!args->positional().empty()) return fail("mlp", "unexpected argument \"" + args->positional()[0] + "\"", kUsage);
  std::string error;
  MlpOptions o;
  if (auto v = args->value("seed")) {
    auto seed = parse_whole("seed", *v, 0, 4294967295LL, &error);
    if (!seed) return fail("mlp", error + " (np.random.seed's range)", kUsage);
    o.seed = static_cast<std::uint32_t>(*seed);
  }
  if (auto v = args->value("hidden")) {
    auto hidden = parse_whole("hidden", *v, kMinHidden, kMaxHidden, &error);
    if (!hidden) return fail("mlp", error, kUsage);
    o.hidden = static_cast<int>(*hidden);
  }
  if (auto v = args->value("activation")) {
    // The option table's choices, less leaky_relu (scikit-learn has none).
    const int a = choice_index(option_spec("activation"), *v);
    if (a < 0 || static_cast<Activation>(a) == Activation::leaky_relu)
      return fail("mlp", "--activation: expected one of relu, tanh, logistic, found " + quoted(*v), kUsage);
    o.activation = static_cast<Activation>(a);
  }
  if (auto v = args->value("lr")) {
    const auto lr = read_decimal(*v);  // the core's strict reader, as for train's --lr
    if (!lr.ok() || lr.value <= 0)
      return fail("mlp", "--lr: expected a positive number, found " + found_number(*v, lr.fault, FoundStyle::quoted, false), kUsage);
    o.learning_rate = lr.value;
  }
  if (auto v = args->value("max-iter")) {
    auto n = parse_whole("max-iter", *v, 1, 1000000000, &error);
    if (!n) return fail("mlp", error, kUsage);
    o.max_iter = *n;
  }
  DataSet data = default_dataset();
  if (auto name = args->value("data")) {
    if (name->empty()) return fail("mlp", "--data: expected book, synthetic or a CSV file's name, found an empty name", kUsage);
    if (auto e = load_data(*name, data)) return fail("mlp", e->text(), kBadInput);
  }

  MlpTrainer trainer(std::move(data), o);
  trainer.train_to_end();
  if (const auto& d = trainer.divergence())
    return fail("mlp", "training diverged at batch " + std::to_string(d->step) + " (epoch " + std::to_string(trainer.divergence_epoch()) +
                           "): " + d->what() + " (try a smaller --lr)", kDiverged);
  if (!args->has("json")) {
    print_text(trainer);
    return kOk;
  }
  JsonWriter out;
  out.begin_object();
  out.key("seed").integer(o.seed).key("hidden").integer(o.hidden).key("activation").string(name_of(o.activation));
  out.key("learning_rate_init").number(o.learning_rate).key("max_iter").integer(o.max_iter);
  write_sklearn_coefs(out, trainer.parameters());
  out.key("n_iter_").integer(trainer.n_iter());
  out.key("loss_curve_").begin_array();
  for (double loss : trainer.loss_curve()) out.number(loss);
  out.end_array();
  out.key("best_loss_").number(trainer.best_loss()).key("stopped").boolean(trainer.stopped());
  out.key("train_score").number(trainer.train_score()).key("test_score").number(trainer.test_score());
  out.end_object();
  std::printf("%s\n", out.str().c_str());
  return kOk;
}

}  // namespace fontshade::cli
