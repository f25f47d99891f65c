#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/error.hpp"
#include "core/files/lesson_link.hpp"

namespace fontshade {

// A guided lesson as data (issue 17): scenes in order, each the screen it opens (a lesson link's
// state: options, data, seed, step, phase, colour), which parts of the screen it shows, a short text
// in English and Spanish, things to do, and a question asked before the answer is shown. The chapter's
// own lesson is one such file, built in (data/lesson_chapter.json).

constexpr std::string_view kLessonFormat = "fontshade-lesson";
constexpr int kLessonVersion = 1;
// Limits a lesson file keeps to, so a hostile or broken file is refused at once: its size, its
// values (the JSON reader stops counting there), its scenes, a text's length, a question's choices.
constexpr long long kMaxLessonBytes = 512 * 1024;
constexpr std::size_t kMaxLessonValues = 20000;
constexpr std::size_t kMaxLessonScenes = 100;
constexpr std::size_t kMaxLessonTextBytes = 4000;
constexpr std::size_t kMinLessonChoices = 2, kMaxLessonChoices = 6;

// A text in the two languages of the app. Either may be empty while a teacher writes it; a complete
// lesson has both (lesson_problems says where one is missing).
struct LessonText {
  std::string en, es;
  bool operator==(const LessonText&) const = default;
  // In this language ("en" or "es"), or the other one's when it is empty.
  const std::string& in(std::string_view language) const;
};

// What a scene can show: the app draws these parts and no others while the scene is on screen. One
// table (scene_parts()) names them for the files, the editor and the tests.
enum class ScenePart {
  picker,           // the colour picker and the colour's code
  swatch,           // the colour with light and with dark text on it (no network)
  preview,          // the colour with text in the network's shade, and A2 as a bar
  rules,            // what YIQ, WCAG 2 and APCA (and the network) choose for the colour
  data,             // the data set: rows, labels, the train/test split
  weights,          // every weight and bias by the chapter's names (W1..W12, B1..B4) and the code's
  activations,      // the chapter's activation functions with their slopes, the hidden nodes' Z1 on ReLU
  network,          // the diagram of the network
  forward,          // the forward pass: Z1, A1, Z2, A2, C
  backward,         // the backward pass: every chain-rule factor, the gradients, the update
  steps,            // the step controls and the timeline
  training,         // the cost and accuracy curves, the confusion matrix
  surface,          // the decision surface
  chapter_colours,  // the chapter's named colours, what the network and the rules say
  check,            // the gradient check
  options,          // every training option
  labels,           // students label colours
  seeds,            // how much the start matters
};
struct ScenePartInfo {
  ScenePart part;
  std::string_view name;  // the file's name: "chapter_colours"
};
std::span<const ScenePartInfo> scene_parts();
std::string_view name_of(ScenePart part);
std::optional<ScenePart> parse_scene_part(std::string_view name);

// Things a scene offers to do (its "do" list): buttons beside its text, so a scene needs no step panel.
enum class SceneAction { step, step10, step100, step1000, to_end, back, phase_back, phase_next };
struct SceneActionInfo {
  SceneAction action;
  std::string_view name;  // "step1000"
};
std::span<const SceneActionInfo> scene_actions();
std::string_view name_of(SceneAction action);
std::optional<SceneAction> parse_scene_action(std::string_view name);

// The blanks a scene's texts may hold, filled from the run on screen when shown ("{test_accuracy}"),
// so the numbers a text quotes are the run's. Any other {word} is refused.
std::span<const std::string_view> lesson_blanks();

struct LessonQuestion {
  LessonText text;                   // asked before anything is revealed
  std::vector<LessonText> choices;   // 2 to 6
  int answer = 0;                    // the right choice's index
  LessonText explain;                // said when the answer is revealed
  std::optional<Lesson> reveal;      // the screen the reveal opens (the step taken, ...); none: it stays
  std::vector<ScenePart> show;       // parts the reveal adds to the scene's (the accuracy asked about)
  bool operator==(const LessonQuestion&) const = default;
};

struct LessonScene {
  LessonText title;
  LessonText text;
  Lesson state;  // options, data, step, phase, colour; the reader's language and projector mode stay theirs
  std::vector<ScenePart> show;
  std::vector<SceneAction> actions;
  std::optional<LessonQuestion> question;
  bool operator==(const LessonScene&) const = default;
};

struct LessonFile {
  LessonText title;
  std::vector<LessonScene> scenes;  // at least one
  bool operator==(const LessonFile&) const = default;
};

// The file, pretty-printed (a scene a block, one field a line) for teachers to read and edit, or
// compact (one line) for a link. Reads back as the same lesson.
std::string lesson_file_json(const LessonFile& lesson, bool compact = false);
// Strict: every key known, every field of its type, texts within kMaxLessonTextBytes, blanks known,
// every state a good lesson link (without lang or projector: those stay the reader's). Errors name the
// line, the column and the field ("scenes[2].question.answer: expected 0 to 1, found 2").
Result<LessonFile> parse_lesson_file(std::string_view text, const std::string& source);
Result<LessonFile> load_lesson_file(const std::string& path);
std::optional<Error> save_lesson_file(const std::string& path, const LessonFile& lesson);

// What a lesson that reads still lacks before a class can use it: a text missing in a language. Each
// with the scene and field ("scene 3: text.es is empty"); empty when complete.
std::vector<std::string> lesson_problems(const LessonFile& lesson);

// A lesson inside a link (the address after '#'): "lesson=" and the compact file in base64url, or
// "lesson=chapter" for the built-in one; "&scene=K" (1-based) opens a scene other than the first.
struct LessonLink {
  std::optional<LessonFile> file;  // none: the built-in chapter lesson
  int scene = 0;                   // 0-based
};
constexpr std::string_view kChapterLessonName = "chapter";
constexpr std::size_t kMaxLessonLinkBytes = 16 * 1024;  // what a link carries, as the page's other links
std::string lesson_link_fragment(const LessonFile* file, int scene);
// Whether a fragment is a lesson's (starts with "lesson="), and what it holds or why it cannot be read.
bool is_lesson_link(std::string_view fragment);
Result<LessonLink> parse_lesson_link(std::string_view fragment);

// The chapter's lesson, built in (data/lesson_chapter.json, embedded at build time).
const LessonFile& chapter_lesson();
std::string_view chapter_lesson_json();

}  // namespace fontshade
