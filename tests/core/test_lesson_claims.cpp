// The chapter's built-in lesson asks questions and says which answer is right. These tests hold each
// right answer against the run the scene opens (the same core run the app shows and the CLI checks),
// so a change of the lesson or of the numbers that makes an answer false fails here.
#include <algorithm>
#include <cmath>

#include "fixtures.hpp"
#include "core/colour/colour_rules.hpp"
#include "core/files/lesson_file.hpp"
#include "core/network/gradient_check.hpp"
#include "core/network/network.hpp"
#include "core/network/run.hpp"

using namespace fontshade;

namespace {

// The run a lesson state opens, at its step.
Run run_opened(const Lesson& state) {
  Run run(lesson_data(state), state.options);
  run.advance(state.step);
  REQUIRE(run.cursor() == state.step);
  return run;
}

const LessonScene& scene_titled(std::string_view title) {
  for (const LessonScene& s : chapter_lesson().scenes)
    if (s.title.en == title) return s;
  FAIL("no scene titled " << title);
  return chapter_lesson().scenes.front();
}

int answer_of(const LessonScene& s) {
  REQUIRE(s.question);
  return s.question->answer;
}

double A2_for(const Run& run, const Rgb& colour) {
  return forward(run.parameters(), input_of(colour), run.options().activation).A2;
}

double largest_magnitude(const auto& m) { return m.cwiseAbs().maxCoeff(); }

}  // namespace

TEST_CASE("lesson: the question's blue wants light text by YIQ and APCA, dark by WCAG 2", "[lesson]") {
  const LessonScene& s = scene_titled("The question");
  const Rgb blue = s.state.picked;
  CHECK_FALSE(yiq_rule(blue).dark);
  CHECK_FALSE(apca_rule(blue).dark);
  CHECK(wcag2_rule(blue).dark);
  CHECK(answer_of(s) == 0);  // light text
}

TEST_CASE("lesson: the data labels a black background 0", "[lesson]") {
  const LessonScene& s = scene_titled("The data");
  const DataSet data = lesson_data(s.state);
  const auto black = std::find_if(data.samples.begin(), data.samples.end(), [](const Sample& x) { return x.colour == Rgb{0, 0, 0}; });
  REQUIRE(black != data.samples.end());
  CHECK(black->label == 0);
  CHECK(s.question->choices[static_cast<std::size_t>(answer_of(s))].en == "0");
}

TEST_CASE("lesson: the network learns 16 numbers", "[lesson]") {
  const LessonScene& s = scene_titled("The network");
  const Run run = run_opened(s.state);
  const Parameters& p = run.parameters();
  const long long count = p.w_hidden.size() + p.b_hidden.size() + p.w_output.size() + 1;
  CHECK(s.question->choices[static_cast<std::size_t>(answer_of(s))].en == std::to_string(count));
}

TEST_CASE("lesson: with random weights the red sample of step 5 gets a dark answer, wrongly", "[lesson]") {
  const LessonScene& s = scene_titled("Forward propagation");
  const Run run = run_opened(*s.question->reveal);
  const StepRecord* r = run.record();
  REQUIRE(r);
  CHECK(r->Y == 0);
  CHECK(is_dark(r->forward.A2));
  CHECK(answer_of(s) == 0);  // dark
}

TEST_CASE("lesson: before training the test accuracy is about 60 %", "[lesson]") {
  const LessonScene& s = scene_titled("Before training");
  const Run run = run_opened(s.state);
  CHECK(run.test_evaluation().accuracy > 0.55);
  CHECK(run.test_evaluation().accuracy < 0.65);
  CHECK(s.question->choices[static_cast<std::size_t>(answer_of(s))].en == "About 60 %");
}

TEST_CASE("lesson: the cost of the red sample is nearest 0.9", "[lesson]") {
  const LessonScene& s = scene_titled("The cost");
  const Run run = run_opened(s.state);
  const double C = run.record()->C;
  const std::vector<double> choices = {0.06, 0.9, 1.9};
  const auto nearest = std::min_element(choices.begin(), choices.end(), [&](double a, double b) { return std::fabs(a - C) < std::fabs(b - C); });
  CHECK(nearest - choices.begin() == answer_of(s));
}

TEST_CASE("lesson: at step 5 the output layer's gradients are larger than the hidden layer's", "[lesson]") {
  const LessonScene& s = scene_titled("Backpropagation");
  const Run run = run_opened(s.state);
  const BackwardRecord& b = run.record()->backward;
  CHECK(largest_magnitude(b.dC_dW2) > largest_magnitude(b.dC_dW1));
  CHECK(answer_of(s) == 0);  // the output layer's
}

TEST_CASE("lesson: the update of step 5 lowers A2 for its red sample", "[lesson]") {
  const LessonScene& s = scene_titled("The update");
  const Run before = run_opened(s.state);
  const Run after = run_opened(*s.question->reveal);
  REQUIRE(after.record());
  CHECK(after.record()->X == input_of(s.state.picked));  // the next step's sample is the picked red
  CHECK(A2_for(after, s.state.picked) < A2_for(before, s.state.picked));
  CHECK(answer_of(s) == 1);  // down
}

TEST_CASE("lesson: after 100,000 steps the test accuracy is nearly 100 %", "[lesson]") {
  const LessonScene& s = scene_titled("Many steps");
  const Run run = run_opened(*s.question->reveal);
  CHECK(run.test_evaluation().accuracy > 0.97);
  CHECK(answer_of(s) == 2);
}

TEST_CASE("lesson: the trained network chooses light text for chocolate, where YIQ chooses dark", "[lesson]") {
  const LessonScene& s = scene_titled("The result");
  const Run run = run_opened(s.state);
  CHECK(yiq_rule(s.state.picked).dark);
  CHECK_FALSE(is_dark(A2_for(run, s.state.picked)));
  CHECK(answer_of(s) == 1);  // light
}

TEST_CASE("lesson: with the chapter's gradient the check finds the hidden layer's gradients wrong", "[lesson]") {
  const LessonScene& s = scene_titled("The chapter's gradient");
  const Run run = run_opened(s.state);
  const GradientCheck check = check_gradients(*run.record(), run.options());
  for (const GradientRow& row : check.rows) {
    INFO(row.name);
    const bool hidden = row.name.rfind("w_hidden", 0) == 0 || row.name.rfind("b_hidden", 0) == 0;
    if (!hidden) CHECK(row.rel_error < 1e-6);
  }
  const auto wrong = std::count_if(check.rows.begin(), check.rows.end(), [](const GradientRow& r) { return r.rel_error > 1e-3; });
  CHECK(wrong > 0);
  CHECK(answer_of(s) == 0);  // w_hidden and b_hidden
}

TEST_CASE("lesson: scikit-learn's trainer runs a few hundred of its 100,000 epochs, then stops by itself", "[lesson]") {
  const LessonScene& s = scene_titled("scikit-learn's way");
  CHECK(s.state.options.trainer == TrainerKind::sklearn);
  const Run start = run_opened(s.state);
  REQUIRE(start.mlp());
  CHECK(start.mlp()->trainer().options().max_iter == 100000);  // the cell's max_iter, the option steps
  const Run run = run_opened(*s.question->reveal);
  const MlpTrainer& t = run.mlp()->trainer();
  CHECK(t.stopped());  // the stopping rule, not max_iter, ended it
  CHECK(run.at_end());
  CHECK(t.n_iter() >= 100);
  CHECK(t.n_iter() < 1000);
  CHECK(run.cursor() == t.n_iter() * t.batches_per_epoch());  // the reveal is the run's last mini-batch
  CHECK(run.test_evaluation().accuracy > 0.97);
  CHECK(s.question->choices[static_cast<std::size_t>(answer_of(s))].en == "A few hundred, then it stops by itself");
}

TEST_CASE("lesson: trained at hospital A it scores about two in three at hospital B", "[lesson]") {
  const LessonScene& s = scene_titled("Another hospital");
  const Run run = run_opened(s.state);
  CHECK(run.train_evaluation().accuracy > 0.97);
  CHECK(run.test_evaluation().accuracy > 0.55);
  CHECK(run.test_evaluation().accuracy < 0.78);
  CHECK(answer_of(s) == 1);
}

TEST_CASE("lesson: the wide network gets every training colour right and fewer test colours", "[lesson]") {
  const LessonScene& s = scene_titled("Too many nodes, too few colours");
  const Run run = run_opened(s.state);
  CHECK(run.options().hidden == 16);
  CHECK(run.train_evaluation().accuracy == 1.0);
  CHECK(run.test_evaluation().accuracy < 1.0);
  CHECK(answer_of(s) == 1);
}
