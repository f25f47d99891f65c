#include "core/files/record_json.hpp"

namespace fontshade {

void write_options(JsonWriter& out, const Options& o) {
  out.begin_object()
      .key("hidden").integer(o.hidden)
      .key("activation").string(name_of(o.activation))
      .key("cost").string(name_of(o.cost))
      .key("init").string(name_of(o.init))
      .key("schedule").string(name_of(o.schedule))
      .key("learning_rate").number(o.learning_rate)
      .key("final_learning_rate").number(o.final_learning_rate)
      .key("steps").integer(o.steps)
      .key("seed").unsigned_integer(o.seed)
      .key("gradient").string(name_of(o.gradient))
      .key("rng").string(name_of(o.rng))
      .key("trainer").string(name_of(o.trainer))
      .end_object();
}

void write_parameters(JsonWriter& out, const Parameters& p) {
  out.key("w_hidden").matrix(p.w_hidden);
  out.key("b_hidden").vector(p.b_hidden);
  out.key("w_output").matrix(p.w_output);
  out.key("b_output").number(p.b_output);
}

void write_step_record(JsonWriter& out, const StepRecord& r) {
  out.begin_object();
  write_step_record_members(out, r);
  out.end_object();
}

void write_step_record_members(JsonWriter& out, const StepRecord& r) {
  const ForwardRecord& f = r.forward;
  const BackwardRecord& b = r.backward;
  out.key("step").integer(r.step);
  out.key("sample").integer(r.sample);
  out.key("X").vector(r.X);
  out.key("Y").number(r.Y);
  out.key("L").number(r.L);
  write_parameters(out, r.before);
  out.key("Z1").vector(f.Z1);
  out.key("A1").vector(f.A1);
  out.key("Z2").number(f.Z2);
  out.key("A2").number(f.A2);
  out.key("C").number(r.C);
  out.key("dC_dA2").number(b.dC_dA2);
  out.key("dA2_dZ2").number(b.dA2_dZ2);
  out.key("dZ2_dA1").matrix(b.dZ2_dA1);
  out.key("dZ2_dW2").vector(b.dZ2_dW2);
  out.key("dZ2_dB2").number(b.dZ2_dB2);
  out.key("dA1_dZ1").vector(b.dA1_dZ1);
  out.key("dZ1_dW1").vector(b.dZ1_dW1);
  out.key("dZ1_dB1").number(b.dZ1_dB1);
  out.key("dC_dW2").matrix(b.dC_dW2);
  out.key("dC_dB2").number(b.dC_dB2);
  out.key("dC_dA1").vector(b.dC_dA1);
  out.key("dC_dW1").matrix(b.dC_dW1);
  out.key("dC_dB1").vector(b.dC_dB1);
  out.key("after").begin_object();
  write_parameters(out, r.after);
  out.end_object();
}

std::string step_record_json(const StepRecord& r) {
  JsonWriter out;
  write_step_record(out, r);
  return out.str();
}

void write_sklearn_coefs(JsonWriter& out, const Parameters& p) {
  const int h = p.hidden();
  out.key("coefs_").begin_array().begin_array();
  for (int l = 0; l < 3; ++l) {
    out.begin_array();
    for (int j = 0; j < h; ++j) out.number(p.w_hidden(j, l));
    out.end_array();
  }
  out.end_array().begin_array();
  for (int j = 0; j < h; ++j) out.begin_array().number(p.w_output(j)).end_array();
  out.end_array().end_array();
  out.key("intercepts_").begin_array().begin_array();
  for (int j = 0; j < h; ++j) out.number(p.b_hidden(j));
  out.end_array().begin_array().number(p.b_output).end_array().end_array();
}

void write_batch_record_members(JsonWriter& out, const MlpBatchRecord& r) {
  out.key("trainer").string("sklearn").key("step").integer(r.step).key("epoch").integer(r.epoch);
  out.key("batch").integer(r.batch).key("batches_per_epoch").integer(r.batches_per_epoch);
  out.key("batch_size").integer(static_cast<long long>(r.rows.size()));
  out.key("rows").begin_array();
  for (int row : r.rows) out.integer(row);
  out.end_array();
  out.key("mean_X").vector(r.mean_X).key("mean_Y").number(r.mean_Y);
  out.key("X").vector(r.X).key("Y").number(r.Y);
  out.key("Z1").vector(r.forward.Z1).key("A1").vector(r.forward.A1);
  out.key("Z2").number(r.forward.Z2).key("A2").number(r.forward.A2);
  out.key("log_loss").number(r.log_loss).key("l2_term").number(r.l2_term).key("loss").number(r.loss);
  write_sklearn_coefs(out, r.after);
  const std::pair<const char*, const Parameters*> sets[] = {
      {"before", &r.before}, {"gradient", &r.gradient}, {"velocity", &r.velocity}, {"after", &r.after}};
  for (const auto& [name, p] : sets) {
    out.key(name).begin_object();
    write_parameters(out, *p);
    out.end_object();
  }
  out.key("epoch_end");
  if (!r.epoch_ended) {
    out.null();
    return;
  }
  out.begin_object().key("loss_").number(r.epoch_loss).key("best_loss_").number(r.best_loss);
  out.key("no_improvement_count").integer(r.no_improvement_count).key("stopped").boolean(r.stopped).end_object();
}

std::string batch_record_json(const MlpBatchRecord& r) {
  JsonWriter out;
  out.begin_object();
  write_batch_record_members(out, r);
  out.end_object();
  return out.str();
}

void write_seed_result(JsonWriter& out, const SeedResult& r) {
  out.begin_object().key("seed").unsigned_integer(r.seed);
  if (r.diverged) out.key("diverged_at_step").integer(r.diverged_at_step);
  else out.key("test_accuracy").number(r.test.accuracy).key("collapsed").boolean(r.collapsed());
  out.key("dead").boolean(r.dead);
  if (r.dead) out.key("dead_at_step").integer(r.dead_at_step);
  out.end_object();
}

}  // namespace fontshade
