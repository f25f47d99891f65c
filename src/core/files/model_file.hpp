#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/data/data_identity.hpp"
#include "core/base/error.hpp"
#include "core/network/options.hpp"
#include "core/network/parameters.hpp"
#include "core/base/random.hpp"
#include "core/network/trainer.hpp"

namespace fontshade {

constexpr std::string_view kModelFormat = "fontshade-model";
constexpr int kModelVersion = 2;  // the version written; 1 and 2 are read
// A model file is a few kilobytes; a larger one is refused unread ("the file is larger than 1 MiB").
constexpr long long kMaxModelBytes = 1024 * 1024;

// Version 2: where a run stood when it was saved, so that training on from the file takes exactly the
// steps the run would have taken (with the model's options and parameters): the sample order's
// generator, the step every ReLU node died at (if it did), and the data it trained on.
struct ModelRun {
  SamplerState sampler{};
  std::optional<long long> dead_at_step;
  DataIdentity data;
  bool operator==(const ModelRun&) const = default;
};

// A trained network: how it was trained and every parameter; from version 2 on, also how to go on.
struct Model {
  Options options;
  Parameters parameters;
  long long steps_done = 0;
  std::optional<ModelRun> run;  // none in version 1 files: they predict and evaluate, but cannot go on

  int version() const { return run ? 2 : 1; }
};

// Version 2 (version 1 without `run`):
// {"format": "fontshade-model", "version": 2, "options": {...}, "steps_done": N,
//  "data": {"origin": "book", "rows": 1345, "fingerprint": "16 hex digits"} ("file": NAME for a file),
//  "sampler": ["w0", "w1", "w2", "w3"] (the generator's four 64-bit words as decimal strings: a JSON
//  number keeps only 53 bits; with options.rng numpy, NumPy's state as np.random.get_state() gives it:
//  {"generator": "MT19937", "key": [624 words], "pos": N}), "dead_at_step": null or N,
//  "w_hidden": [[...], ...], "b_hidden": [...], "w_output": [[...]], "b_output": x}
std::string model_json(const Model& m);
// Validates everything: format tag, version, every option, shapes against options.hidden, finiteness,
// the run's state. Errors name the line, the column and the key.
Result<Model> parse_model(std::string_view text, const std::string& source);
Result<Model> load_model_file(const std::string& path);
std::optional<Error> save_model_file(const std::string& path, const Model& m);

// The model of a trainer as it stands (version 2), and the trainer's state a model holds (its run's).
Model model_of(const Trainer& trainer);
TrainerState trainer_state_of(const Model& m);
// Empty when a run can go on from `m` on `data`; else why not: a version 1 file (no sampler state), or
// other data than the run's.
std::string continuation_problem(const Model& m, const DataSet& data);

// A file's numbers are not taken on trust: its run is replayed from step 0 (its options, on its data)
// and must reach it exactly, which no edit of the sampler, the death step or a parameter survives.
// The page and `fontshade-cli train --resume` both refuse a model that fails. `replayed` is a trainer
// of m.options on the model's data, advanced to m.steps_done (or as far as it went). Empty when it is
// the model bit for bit (parameters; for version 2 also the sampler and the death step); else why not.
std::string replay_mismatch(const Model& m, const Trainer& replayed);
// The first parameter whose bits differ, named as the trace names it ("w_hidden[0][2]"), or "".
std::string first_difference(const Parameters& a, const Parameters& b);

}  // namespace fontshade
