#pragma once
#include <string>

#include "core/files/json_writer.hpp"
#include "core/network/options.hpp"
#include "core/network/mlp.hpp"
#include "core/network/records.hpp"
#include "core/network/sweep.hpp"

namespace fontshade {

// One step as a JSON object with the chapter's names, the format of `fontshade-cli trace` (one line
// per step) and of the browser's fontshade.state(). Keys, in order: step, sample, X, Y, L, w_hidden,
// b_hidden, w_output, b_output (before the step), Z1, A1, Z2, A2, C, the chain-rule factors dC_dA2 ..
// dZ1_dB1, the gradients dC_dW2 .. dC_dB1, and "after" holding the four parameters after the update.
void write_step_record(JsonWriter& out, const StepRecord& r);
// The same keys as members of an object the caller has opened (to add keys of its own).
void write_step_record_members(JsonWriter& out, const StepRecord& r);
std::string step_record_json(const StepRecord& r);

// The options as an object, by their file keys in the table's order (option_table.hpp): the model
// file's "options" and the CLI's --json output.
void write_options(JsonWriter& out, const Options& o);

// One seed of a sweep as an object: seed, then diverged_at_step or test_accuracy and collapsed, then
// dead (and dead_at_step): `fontshade-cli sweep --json`'s runs and the app's sweepStatus() runs.
void write_seed_result(JsonWriter& out, const SeedResult& r);

// w_hidden, b_hidden, w_output, b_output as members of the object being written.
void write_parameters(JsonWriter& out, const Parameters& p);

// "coefs_" and "intercepts_" as scikit-learn holds them, as members of the object being written:
// coefs_[0][l][j] = w_hidden[j][l] (3 x H), coefs_[1][j][0] = w_output[0][j] (H x 1),
// intercepts_ = [b_hidden, [b_output]] (`fontshade-cli mlp --json`, the app's state()).
void write_sklearn_coefs(JsonWriter& out, const Parameters& p);

// One mini-batch of the scikit-learn trainer as members of the object being written (the app's
// state() with trainer sklearn): trainer, step, epoch, batch, batches_per_epoch, batch_size, rows,
// mean_X, mean_Y, the first row's X, Y, Z1, A1, Z2, A2, log_loss, l2_term, loss, coefs_ and
// intercepts_ after the batch, then before, gradient, velocity and after in the chapter's names, and
// epoch_end ({loss_, best_loss_, no_improvement_count, stopped} on an epoch's last batch, else null).
void write_batch_record_members(JsonWriter& out, const MlpBatchRecord& r);
std::string batch_record_json(const MlpBatchRecord& r);

}  // namespace fontshade
