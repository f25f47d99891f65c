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

void write_seed_result(JsonWriter& out, const SeedResult& r) {
  out.begin_object().key("seed").unsigned_integer(r.seed);
  if (r.diverged) out.key("diverged_at_step").integer(r.diverged_at_step);
  else out.key("test_accuracy").number(r.test.accuracy).key("collapsed").boolean(r.collapsed());
  out.key("dead").boolean(r.dead);
  if (r.dead) out.key("dead_at_step").integer(r.dead_at_step);
  out.end_object();
}

}  // namespace fontshade
