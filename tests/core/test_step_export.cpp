// A step's worked arithmetic as Markdown and LaTeX (for slides) and as its trace line (JSON): every
// formula with its numbers, in the chapter's order, with the digits asked for.
#include "fixtures.hpp"
#include "core/network/network.hpp"
#include "core/files/record_json.hpp"
#include "core/files/step_export.hpp"

using namespace fontshade;

namespace {

// The fixture network's step on (200, 100, 50) with Y = 1 and L = 0.05.
StepRecord example_step() {
  StepRecord r;
  r.step = 12;
  r.sample = 345;
  r.X = test::example_X();
  r.Y = 1;
  r.L = 0.05;
  r.before = test::example_parameters();
  r.forward = forward(r.before, r.X, Activation::relu);
  r.backward = backward(r.before, r.X, r.Y, r.forward, Activation::relu, Cost::squared_error);
  r.C = cost(Cost::squared_error, r.forward.A2, r.forward.Z2, r.Y);
  update(r.before, r.backward, r.L, r.after);
  return r;
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("export a step as Markdown: formulas, their numbers and results, in the chapter's order", "[export]") {
  const StepRecord r = example_step();
  const std::string md = export_step(r, preset_seed(), StepFormat::markdown, 4);
  INFO(md);
  CHECK(md.rfind("### SGD step 12, sample 345 (#c86432), X = [0.7843, 0.3922, 0.1961], Y = 1\n", 0) == 0);
  // Z1 = [0.2·0.7843 − 0.4·0.3922 + 0.7·0.1961 + 0.1, ...] = [0.2373, 0.1725, -0.05784] by hand
  CHECK(has_line(md, "- `Z1 = w_hidden \xC2\xB7 X + b_hidden = [[0.2, -0.4, 0.7], [0.5, 0.1, -0.3], [-0.6, 0.8, 0.25]] "
                     "\xC2\xB7 [0.7843, 0.3922, 0.1961] + [0.1, -0.2, 0.05] = [0.2373, 0.1725, -0.05784]`"));
  CHECK(has_line(md, "- `A1 = relu(Z1) = max(0, Z1) = [0.2373, 0.1725, 0]`"));
  CHECK(has_line(md, "- `dZ2_dA1 = w_output = [[0.9, -0.5, 0.3]]`"));
  CHECK(has_line(md, "- `dZ1_dB1 = 1`"));
  CHECK(has_line(md, "- `dC_dB2 = dC_dA2 \xC2\xB7 dA2_dZ2 \xC2\xB7 dZ2_dB2 = (-0.9864) \xC2\xB7 0.25 \xC2\xB7 1 = -0.2465`"));
  // Gradients with their factors in the table's order, negative scalars in brackets.
  const auto w2 = md.find("- `dC_dW2 = dC_dA2 \xC2\xB7 dA2_dZ2 \xC2\xB7 dZ2_dW2 = (");
  const auto b2 = md.find("- `dC_dB2 = dC_dA2 \xC2\xB7 dA2_dZ2 \xC2\xB7 dZ2_dB2 = (");
  const auto a1 = md.find("- `dC_dA1 = dC_dA2 \xC2\xB7 dA2_dZ2 \xC2\xB7 dZ2_dA1 = (");
  const auto w1 = md.find("- `dC_dW1 = dC_dA1 \xC2\xB7 dA1_dZ1 \xC2\xB7 dZ1_dW1 = [");
  const auto b1 = md.find("- `dC_dB1 = dC_dA1 \xC2\xB7 dA1_dZ1 \xC2\xB7 dZ1_dB1 = [");
  REQUIRE(w2 != std::string::npos);
  REQUIRE(b2 != std::string::npos);
  REQUIRE(a1 != std::string::npos);
  REQUIRE(w1 != std::string::npos);
  REQUIRE(b1 != std::string::npos);
  CHECK((w2 < b2 && b2 < a1 && a1 < w1 && w1 < b1));
  CHECK(md.find("| `b_output` | `-0.1 \xE2\x88\x92 0.05 \xC2\xB7 (") != std::string::npos);
  // Every parameter's update: 9 + 3 + 3 + 1 rows.
  std::size_t rows = 0;
  for (auto p = md.find("\n| `"); p != std::string::npos; p = md.find("\n| `", p + 1)) ++rows;
  CHECK(rows == 16);
}

TEST_CASE("export a step as LaTeX: an align* of bmatrix formulas", "[export]") {
  const std::string tex = export_step(example_step(), preset_seed(), StepFormat::latex, 4);
  INFO(tex);
  CHECK(tex.rfind("% fontshade: SGD step 12, sample 345 (#c86432)\n\\begin{align*}\n", 0) == 0);
  CHECK(tex.find("\\mathrm{Z1} &= \\mathrm{w\\_hidden} \\cdot \\mathrm{X} + \\mathrm{b\\_hidden} = \\begin{bmatrix} 0.2 & -0.4 & 0.7 "
                 "\\\\ 0.5 & 0.1 & -0.3 \\\\ -0.6 & 0.8 & 0.25 \\end{bmatrix}") != std::string::npos);
  CHECK(tex.find("\\mathrm{dA2\\_dZ2} &= e^{-Z2} / (1 + e^{-Z2})^{2} = ") != std::string::npos);
  CHECK(tex.find("\\mathrm{C} &= (A2 - Y)^{2} = ") != std::string::npos);
  CHECK(tex.find("\\end{align*}\n") == tex.size() - 13);
  // Small numbers in scientific form become powers of ten.
  StepRecord tiny = example_step();
  tiny.C = 1.288e-19;
  CHECK(export_step(tiny, preset_seed(), StepFormat::latex, 4).find("1.288 \\times 10^{-19}") != std::string::npos);
}

TEST_CASE("export a step as JSON: its trace line, 17 digits whatever the display digits", "[export]") {
  const StepRecord r = example_step();
  CHECK(export_step(r, preset_seed(), StepFormat::json, 4) == step_record_json(r));
  CHECK(parse_step_format("latex") == StepFormat::latex);
  CHECK_FALSE(parse_step_format("pdf").has_value());
}
