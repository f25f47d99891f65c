#include "core/files/record_json.hpp"

#include "core/network/option_table.hpp"
#include "core/network/record_values.hpp"

namespace fontshade {

void write_options(JsonWriter& out, const Options& o) {
  out.begin_object();
  for (const OptionSpec& spec : option_specs()) {
    out.key(spec.file_key);
    const OptionValue v = spec.field.get(o);
    switch (spec.kind) {
      case OptionKind::whole: out.integer(std::get<long long>(v)); break;
      case OptionKind::positive_number: out.number(std::get<double>(v)); break;
      case OptionKind::seed: out.unsigned_integer(std::get<std::uint64_t>(v)); break;
      case OptionKind::choice: out.string(option_text(spec, v)); break;
    }
  }
  out.end_object();
}

namespace {

// A quantity as the trace writes it (record_values.hpp's forms): a number, an array, an array of rows.
template <typename Value>
void write_quantity(JsonWriter& out, Quantity q, int hidden, Value value) {
  out.key(name_of(q));
  const Shape shape = shape_of(q, hidden);
  switch (form_of(q)) {
    case Form::scalar: out.number(value(0, 0)); return;
    case Form::vector:
      out.begin_array();
      for (int i = 0; i < shape.rows; ++i) out.number(value(i, 0));
      out.end_array();
      return;
    case Form::matrix:
      out.begin_array();
      for (int i = 0; i < shape.rows; ++i) {
        out.begin_array();
        for (int j = 0; j < shape.cols; ++j) out.number(value(i, j));
        out.end_array();
      }
      out.end_array();
      return;
  }
}

}  // namespace

void write_parameters(JsonWriter& out, const Parameters& p) {
  for (Quantity q : parameter_quantities())
    write_quantity(out, q, p.hidden(), [&](int i, int j) { return value_of(p, q, i, j); });
}

void write_step_record(JsonWriter& out, const StepRecord& r) {
  out.begin_object();
  write_step_record_members(out, r);
  out.end_object();
}

// The keys from the chain-rule table's list of quantities (chain_rule.hpp), in its order.
void write_step_record_members(JsonWriter& out, const StepRecord& r) {
  out.key("step").integer(r.step);
  out.key("sample").integer(r.sample);
  for (Quantity q : quantities()) {
    // L, the step's learning rate, is no quantity of the chain rule: it stands after the sample (X, Y)
    // and before the parameters it moves.
    if (q == parameter_quantities().front()) out.key("L").number(r.L);
    write_quantity(out, q, r.before.hidden(), [&](int i, int j) { return value_of(r, q, i, j); });
  }
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
