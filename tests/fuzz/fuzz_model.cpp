// Fuzzes parse_model through the public API only (the JSON reader underneath may change): any text
// gives either a model whose options validate and whose parameters are finite and shaped by
// options.hidden, or an error with a message; and a parsed model written by model_json reads back to
// the same bits, and writes the same text again.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <variant>

#include "invariant.hpp"
#include "core/files/model_file.hpp"

using namespace fontshade;

namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Bit for bit: -0.0 and 0.0 differ, which == would not see.
bool same_parameters(const Parameters& a, const Parameters& b) {
  if (a.hidden() != b.hidden() || a.b_hidden.size() != b.b_hidden.size() || a.w_output.size() != b.w_output.size())
    return false;
  for (int i = 0; i < a.hidden(); ++i) {
    for (int j = 0; j < 3; ++j)
      if (!same_bits(a.w_hidden(i, j), b.w_hidden(i, j))) return false;
    if (!same_bits(a.b_hidden(i), b.b_hidden(i)) || !same_bits(a.w_output(i), b.w_output(i))) return false;
  }
  return same_bits(a.b_output, b.b_output);
}

void check_model(const Model& m) {
  FUZZ_INVARIANT(m.options.validate().empty());
  FUZZ_INVARIANT(m.steps_done >= 0 && m.steps_done <= m.options.steps);
  const Parameters& p = m.parameters;
  FUZZ_INVARIANT(p.hidden() == m.options.hidden && p.w_hidden.cols() == 3);
  FUZZ_INVARIANT(p.b_hidden.size() == m.options.hidden && p.w_output.size() == m.options.hidden);
  FUZZ_INVARIANT(p.all_finite());

  const std::string written = model_json(m);
  const Result<Model> reread = parse_model(written, "fuzz-rewritten.json");
  FUZZ_INVARIANT(ok(reread));
  const Model& again = std::get<Model>(reread);
  // Options' == is bitwise here: its doubles are validated positive and finite (no -0.0, no NaN).
  FUZZ_INVARIANT(again.options == m.options);
  FUZZ_INVARIANT(again.steps_done == m.steps_done);
  FUZZ_INVARIANT(same_parameters(again.parameters, p));
  FUZZ_INVARIANT(again.run == m.run);  // version 2: the sampler, the death step, the data
  FUZZ_INVARIANT(model_json(again) == written);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  const Result<Model> parsed = parse_model(text, "fuzz.json");
  if (ok(parsed)) {
    check_model(std::get<Model>(parsed));
  } else {
    const Error& e = std::get<Error>(parsed);
    FUZZ_INVARIANT(!e.message.empty());
    FUZZ_INVARIANT(e.source == "fuzz.json");
    FUZZ_INVARIANT(e.line >= 0 && e.column >= 0);
  }
  return 0;
}
