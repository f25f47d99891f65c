#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/colour/colour.hpp"
#include "core/files/lesson_file.hpp"

namespace fontshade::app {

struct AppState;

// The run's numbers a lesson's text names ({A2}, {test_accuracy}, ...: core lesson_blanks()), taken
// from the screen at one moment; written out in the interface's language and digits when shown.
struct BlankValues {
  long long step = 0, steps = 0, seed = 0;
  double L = 0;
  bool has_record = false;  // a step on the screen: the sample's values below mean something
  Rgb sample{};
  int Y = 0;
  double A2 = 0, C = 0;
  Rgb picked{};
  double picked_A2 = 0;
  double train_accuracy = 0, test_accuracy = 0;
  long long rows = 0, dark = 0, light = 0, train_rows = 0, test_rows = 0;
  std::optional<long long> epochs;  // scikit-learn's n_iter_, under its trainer
};
BlankValues blank_values(const AppState& state);

// A question's answers since the page opened (a class votes by hands and the teacher clicks each
// one), and whether its answer is shown.
struct QuestionTally {
  std::vector<int> counts;  // per choice
  int last = -1;            // the choice clicked last
  bool revealed = false;
  // The run's numbers when the answer's screen was there: the explanation speaks of those, whatever
  // the screen does next (a student steps on, picks another colour: the cold run saw "down, to
  // 0.9332" while A2 had gone up). Empty while the answer's screen is on its way.
  std::optional<BlankValues> answered;
};

// The lesson mode (issue 17): a guided lesson on the screen a scene at a time, with a way out to the
// whole workbench ("explore freely") and back. No pixels: the panels draw what this says.
struct LessonMode {
  LessonFile lesson = chapter_lesson();
  bool builtin = true;        // the chapter's own lesson, unchanged
  std::string source = "chapter";  // where the lesson came from: "chapter", a file's name, "link"
  bool active = false;        // on screen; false: the free workbench
  int scene = 0;              // the scene in view (0-based)
  std::vector<QuestionTally> tallies = std::vector<QuestionTally>(lesson.scenes.size());

  const LessonScene& current() const { return lesson.scenes[static_cast<std::size_t>(scene)]; }
  int count() const { return static_cast<int>(lesson.scenes.size()); }
  QuestionTally& tally() { return tallies[static_cast<std::size_t>(scene)]; }
  const QuestionTally& tally() const { return tallies[static_cast<std::size_t>(scene)]; }
  // The parts the scene shows now: its own, and those its revealed question adds.
  std::vector<ScenePart> parts() const;
  bool shows(ScenePart part) const;
};

// ---- the lesson's actions: the same from a button, a key or a script ----------------------------------
// Opens scene k (clamped) with its screen: its options, data, step, phase and colour; the reader's
// language and projector mode stay. The question is asked afresh (its answers stay counted).
// Returns why the screen could not be opened ("" when it opened).
std::string open_scene(AppState& state, int k);
std::string start_lesson(AppState& state);  // the lesson mode on, at its scene
void stop_lesson(AppState& state);          // the free workbench, with the screen as it is
std::string next_scene(AppState& state);
std::string previous_scene(AppState& state);
// One more answer for choice i (refused: no question, or no such choice).
std::string answer(AppState& state, int choice);
// Shows the answer and its explanation, and opens the screen the question reveals (if any).
std::string reveal(AppState& state);
void do_scene_action(AppState& state, SceneAction action);
// Whether a scene's action does anything now: steps forward not at the run's end; the phase buttons
// not past the step in view (a scene about one step's passes stays on that step: the cold run's
// "Next phase" ran on into a new step and sample while the question spoke of the old one).
bool scene_action_open(const AppState& state, SceneAction action);
// A lesson file's text in place of the lesson in use (its first scene opened, the lesson mode on), or
// the error (line and column) with the lesson in use kept.
std::string load_lesson(AppState& state, std::string_view text, const std::string& source);
// A lesson link (lesson=chapter&scene=3, or a teacher's lesson in base64url): the same.
std::string open_lesson_link(AppState& state, std::string_view fragment);
// The lesson in view as a link fragment: "lesson=chapter&scene=K", or a teacher's lesson inside the
// link when it fits (kMaxLessonLinkBytes); nullopt when it does not.
std::optional<std::string> lesson_link_of(const AppState& state);
// What a link or a saved page carries for the screen on view: in the lesson mode the guided lesson's
// link when it fits, else the screen's (v=1&...).
std::string fragment_of_view(const AppState& state);

// ---- the teacher's editor -------------------------------------------------------------------------------
// The screen on view as a new scene after the one in view (in the free workbench: at the end), with the
// parts the screen shows and a title to edit. A built-in lesson becomes the teacher's own copy.
void add_screen_as_scene(AppState& state);
void remove_scene(AppState& state, int k);
void move_scene(AppState& state, int k, int delta);  // -1 earlier, +1 later
void toggle_part(AppState& state, int k, ScenePart part);
// Scene k opens the screen on view from now on (its options, data, step, phase, colour).
void set_scene_screen(AppState& state, int k);
// A text of the lesson was edited in place: the lesson is the teacher's own from now on.
void mark_lesson_edited(AppState& state);
// A fresh lesson of one scene, the screen on view.
void new_lesson(AppState& state);

// A scene's text in the interface's language with its blanks ({A2}, {test_accuracy}, ...) filled from
// the run on the screen, in the interface's digits.
std::string fill_blanks(const AppState& state, std::string_view text);
std::string fill_blanks(const BlankValues& values, std::string_view text);
// The revealed answer's explanation, its blanks from the numbers of the answer's screen; "" before the
// answer is shown or while its screen is on its way.
std::string explanation(const AppState& state);

}  // namespace fontshade::app
