#include "app/state/lesson_mode.hpp"

#include <algorithm>
#include <functional>

#include "app/state/app_state.hpp"
#include "app/state/lesson_state.hpp"
#include "app/state/notice.hpp"
#include "app/text/format.hpp"
#include "app/text/strings.hpp"
#include "core/network/network.hpp"

namespace fontshade::app {
namespace {

// A lesson's screen with the reader's own language and projector mode. A far step is reached over
// frames as a link's is (reach.hpp): the scene's text is there at once, its screen when its run is.
// Cancelled on the way, `put_back` puts the text back with the screen that stayed (the scene in view
// before, or the question not yet answered), so text and screen never tell two stories.
std::string show_screen(AppState& state, Lesson screen, std::function<void(AppState&)> put_back) {
  screen.language = language_code(state.view.settings.language);
  screen.projector = state.view.projector;
  const ReachStart start = apply_lesson(state, screen);
  if (start.pending && state.reach) {
    state.reach->kind = Reach::Kind::scene;
    state.reach->cancelled = std::move(put_back);
  }
  return start.problem;
}

// The screen on view as a scene's state: the reader's language and projector mode are not the scene's.
Lesson screen_state(const AppState& state) {
  Lesson l = lesson_of(state).lesson;
  l.language = Lesson{}.language;
  l.projector = false;
  return l;
}

// The parts the free workbench shows, for a scene made from it.
std::vector<ScenePart> workbench_parts(const AppState& state) {
  if (state.view.projector)
    return {ScenePart::preview, ScenePart::picker, ScenePart::steps, ScenePart::forward, ScenePart::backward, ScenePart::network};
  return {ScenePart::picker, ScenePart::preview, ScenePart::rules, ScenePart::steps, ScenePart::forward,
          ScenePart::backward, ScenePart::network, ScenePart::surface, ScenePart::training};
}

// The lesson has become the teacher's: no longer the built-in one.
void make_own(LessonMode& mode) {
  if (!mode.builtin) return;
  mode.builtin = false;
  mode.source = "edited";
}

void replace_lesson(AppState& state, LessonFile lesson, bool builtin, const std::string& source) {
  LessonMode& mode = state.lesson;
  mode.lesson = std::move(lesson);
  mode.builtin = builtin;
  mode.source = source;
  mode.tallies.assign(mode.lesson.scenes.size(), QuestionTally{});
  mode.scene = 0;
}

// A scene that shows the gradient check (or whose answer does) checks each step it shows.
void follow_check(AppState& state) {
  if (state.lesson.shows(ScenePart::check)) state.activities.check_follows = true;
}

}  // namespace

std::vector<ScenePart> LessonMode::parts() const {
  std::vector<ScenePart> out = current().show;
  if (current().question && tally().revealed)
    for (ScenePart p : current().question->show)
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  return out;
}

bool LessonMode::shows(ScenePart part) const {
  const std::vector<ScenePart> all = parts();
  return std::find(all.begin(), all.end(), part) != all.end();
}

std::string open_scene(AppState& state, int k) {
  LessonMode& mode = state.lesson;
  const int from = mode.scene;
  mode.scene = std::clamp(k, 0, mode.count() - 1);
  QuestionTally& t = mode.tally();
  t.revealed = false;
  t.answered.reset();
  t.last = -1;
  // The decision surface's slice follows the scene's colour again, its rows drawn: a slice moved in
  // one scene hid the last scene's few rows in the cold run.
  state.view.slice_follows_picked = true;
  state.view.surface_dots = true;
  if (mode.current().question) t.counts.resize(mode.current().question->choices.size(), 0);
  follow_check(state);
  const auto put_back = [from](AppState& s) { s.lesson.scene = std::clamp(from, 0, s.lesson.count() - 1); };
  const std::string problem = show_screen(state, mode.current().state, put_back);
  if (!problem.empty()) tell(state.view, sentence(tr("This scene's screen could not be opened: %s."), problem), true);
  return problem;
}

std::string start_lesson(AppState& state) {
  state.lesson.active = true;
  return open_scene(state, state.lesson.scene);
}

void stop_lesson(AppState& state) { state.lesson.active = false; }

std::string next_scene(AppState& state) {
  if (state.lesson.scene + 1 >= state.lesson.count()) return "this is the lesson's last scene";
  return open_scene(state, state.lesson.scene + 1);
}

std::string previous_scene(AppState& state) {
  if (state.lesson.scene == 0) return "this is the lesson's first scene";
  return open_scene(state, state.lesson.scene - 1);
}

std::string answer(AppState& state, int choice) {
  LessonMode& mode = state.lesson;
  const auto& q = mode.current().question;
  if (!q) return "this scene asks no question";
  if (choice < 0 || choice >= static_cast<int>(q->choices.size()))
    return "the choice must be 0 to " + std::to_string(q->choices.size() - 1) + ", not " + std::to_string(choice);
  QuestionTally& t = mode.tally();
  t.counts.resize(q->choices.size(), 0);
  ++t.counts[static_cast<std::size_t>(choice)];
  t.last = choice;
  return {};
}

std::string reveal(AppState& state) {
  LessonMode& mode = state.lesson;
  const auto& q = mode.current().question;
  if (!q) return "this scene asks no question";
  mode.tally().revealed = true;
  mode.tally().answered.reset();
  follow_check(state);  // an answer that shows the check has its rows to point at (the cold run)
  const int scene = mode.scene;
  const auto put_back = [scene](AppState& s) {
    if (scene < s.lesson.count()) s.lesson.tallies[static_cast<std::size_t>(scene)].revealed = false;
  };
  const std::string problem = q->reveal ? show_screen(state, *q->reveal, put_back) : std::string();
  // The explanation's numbers: the answer's screen's, now or when it is there.
  const auto take_numbers = [scene](AppState& s) {
    if (scene < s.lesson.count() && s.lesson.scene == scene)
      s.lesson.tallies[static_cast<std::size_t>(scene)].answered = blank_values(s);
  };
  if (state.reach && state.reach->cancelled) state.reach->tell = [take_numbers](AppState& s, const std::string&) { take_numbers(s); };
  else take_numbers(state);
  return problem;
}

bool scene_action_open(const AppState& state, SceneAction action) {
  switch (action) {
    case SceneAction::step:
    case SceneAction::step10:
    case SceneAction::step100:
    case SceneAction::step1000:
    case SceneAction::to_end: return !state.at_end();
    case SceneAction::back: return state.run.cursor() > 0;
    case SceneAction::phase_back: return !state.view.phase || *state.view.phase != Phase::sample;
    case SceneAction::phase_next: return !state.view.phase || (state.run.cursor() > 0 && *state.view.phase != Phase::update);
  }
  return false;
}

void do_scene_action(AppState& state, SceneAction action) {
  if (!scene_action_open(state, action)) return;
  switch (action) {
    case SceneAction::step: state.step(1); break;
    case SceneAction::step10: state.step(10); break;
    case SceneAction::step100: state.step(100); break;
    case SceneAction::step1000: state.step(1000); break;
    case SceneAction::to_end: state.player.train_to_end(); break;
    case SceneAction::back: state.back(1); break;
    case SceneAction::phase_back: state.previous(); break;
    case SceneAction::phase_next: state.next(); break;
  }
}

std::string load_lesson(AppState& state, std::string_view text, const std::string& source) {
  Result<LessonFile> read = parse_lesson_file(text, source);
  if (!ok(read)) return std::get<Error>(read).text([](const char* english) { return tr(english); });
  LessonFile& lesson = std::get<LessonFile>(read);
  for (std::size_t k = 0; k < lesson.scenes.size(); ++k)
    if (std::string problem = lesson_problem(lesson.scenes[k].state); !problem.empty())
      return source + ": scene " + std::to_string(k + 1) + ": " + problem;
  replace_lesson(state, std::move(lesson), false, source);
  return start_lesson(state);
}

std::string open_lesson_link(AppState& state, std::string_view fragment) {
  Result<LessonLink> read = parse_lesson_link(fragment);
  if (!ok(read)) return std::get<Error>(read).text([](const char* english) { return tr(english); });
  LessonLink& link = std::get<LessonLink>(read);
  if (link.file) replace_lesson(state, std::move(*link.file), false, "link");
  else if (!state.lesson.builtin) replace_lesson(state, chapter_lesson(), true, "chapter");
  state.lesson.scene = link.scene;
  return start_lesson(state);
}

std::optional<std::string> lesson_link_of(const AppState& state) {
  const LessonMode& mode = state.lesson;
  std::string fragment = lesson_link_fragment(mode.builtin ? nullptr : &mode.lesson, mode.scene);
  if (fragment.size() > kMaxLessonLinkBytes) return std::nullopt;
  return fragment;
}

std::string fragment_of_view(const AppState& state) {
  const std::optional<std::string> guided = state.lesson.active ? lesson_link_of(state) : std::nullopt;
  return guided ? *guided : lesson_fragment(lesson_of(state).lesson);
}

void add_screen_as_scene(AppState& state) {
  LessonMode& mode = state.lesson;
  make_own(mode);
  LessonScene scene;
  scene.state = screen_state(state);
  scene.show = mode.active ? mode.parts() : workbench_parts(state);
  const bool spanish = state.view.settings.language == Language::es;
  (spanish ? scene.title.es : scene.title.en) = sentence(tr("Scene %s"), std::to_string(mode.count() + 1));
  (spanish ? scene.text.es : scene.text.en) = tr("Write here what the class should look at and do.");
  const int at = mode.active ? mode.scene + 1 : mode.count();
  mode.lesson.scenes.insert(mode.lesson.scenes.begin() + at, std::move(scene));
  mode.tallies.insert(mode.tallies.begin() + at, QuestionTally{});
  if (mode.active) mode.scene = at;
}

void remove_scene(AppState& state, int k) {
  LessonMode& mode = state.lesson;
  if (mode.count() <= 1 || k < 0 || k >= mode.count()) return;  // a lesson keeps one scene at least
  make_own(mode);
  mode.lesson.scenes.erase(mode.lesson.scenes.begin() + k);
  mode.tallies.erase(mode.tallies.begin() + k);
  if (mode.scene >= mode.count() || mode.scene > k) mode.scene = std::max(0, mode.scene - 1);
}

void move_scene(AppState& state, int k, int delta) {
  LessonMode& mode = state.lesson;
  const int to = k + delta;
  if (k < 0 || k >= mode.count() || to < 0 || to >= mode.count()) return;
  make_own(mode);
  std::swap(mode.lesson.scenes[static_cast<std::size_t>(k)], mode.lesson.scenes[static_cast<std::size_t>(to)]);
  std::swap(mode.tallies[static_cast<std::size_t>(k)], mode.tallies[static_cast<std::size_t>(to)]);
  if (mode.scene == k) mode.scene = to;
  else if (mode.scene == to) mode.scene = k;
}

void toggle_part(AppState& state, int k, ScenePart part) {
  LessonMode& mode = state.lesson;
  if (k < 0 || k >= mode.count()) return;
  std::vector<ScenePart>& show = mode.lesson.scenes[static_cast<std::size_t>(k)].show;
  const auto at = std::find(show.begin(), show.end(), part);
  if (at == show.end()) show.push_back(part);
  else if (show.size() > 1) show.erase(at);  // a scene shows one part at least
  else return;
  make_own(mode);
}

void set_scene_screen(AppState& state, int k) {
  LessonMode& mode = state.lesson;
  if (k < 0 || k >= mode.count()) return;
  make_own(mode);
  mode.lesson.scenes[static_cast<std::size_t>(k)].state = screen_state(state);
}

void mark_lesson_edited(AppState& state) { make_own(state.lesson); }

void new_lesson(AppState& state) {
  LessonMode& mode = state.lesson;
  const bool spanish = state.view.settings.language == Language::es;
  LessonFile fresh;
  (spanish ? fresh.title.es : fresh.title.en) = tr("My lesson");
  replace_lesson(state, std::move(fresh), false, "new");
  mode.lesson.scenes.clear();
  mode.tallies.clear();
  const bool was_active = mode.active;
  mode.active = false;  // the screen as it is becomes the first scene
  add_screen_as_scene(state);
  mode.active = was_active;
  mode.scene = 0;
}

BlankValues blank_values(const AppState& state) {
  const Run& run = state.run;
  const StepRecord* r = run.record();
  BlankValues v;
  v.step = run.cursor();
  v.steps = run.options().steps;
  v.seed = static_cast<long long>(run.options().seed);
  v.L = r ? r->L : run.options().learning_rate_at(1);
  v.has_record = r != nullptr;
  if (r) {
    v.sample = run.data().samples[static_cast<std::size_t>(r->sample)].colour;
    v.Y = static_cast<int>(r->Y);
    v.A2 = r->forward.A2;
    v.C = r->C;
  }
  v.picked = state.view.picked;
  v.picked_A2 = state.picked_forward().A2;
  v.train_accuracy = run.train_evaluation().accuracy;
  v.test_accuracy = run.test_evaluation().accuracy;
  v.rows = run.facts().rows;
  v.dark = run.facts().dark;
  v.light = run.facts().light;
  v.train_rows = static_cast<long long>(run.split().train.size());
  v.test_rows = static_cast<long long>(run.split().test.size());
  if (run.mlp()) v.epochs = run.mlp()->trainer().n_iter();
  return v;
}

std::string fill_blanks(const AppState& state, std::string_view text) { return fill_blanks(blank_values(state), text); }

std::string explanation(const AppState& state) {
  const LessonMode& mode = state.lesson;
  const auto& q = mode.current().question;
  const QuestionTally& t = mode.tally();
  if (!q || !t.revealed || !t.answered) return {};
  return fill_blanks(*t.answered, q->explain.in(language_code(state.view.settings.language)));
}

std::string fill_blanks(const BlankValues& v, std::string_view text) {
  const auto value = [&](std::string_view name) -> std::string {
    if (name == "step") return thousands(v.step);
    if (name == "steps") return thousands(v.steps);
    if (name == "seed") return std::to_string(v.seed);
    if (name == "L") return number(v.L);
    if (name == "sample") return v.has_record ? hex_of(v.sample) : "-";
    if (name == "Y") return v.has_record ? std::to_string(v.Y) : "-";
    if (name == "A2") return v.has_record ? number(v.A2) : "-";
    if (name == "C") return v.has_record ? number(v.C) : "-";
    if (name == "picked") return hex_of(v.picked);
    if (name == "picked_A2") return number(v.picked_A2);
    if (name == "picked_shade") return is_dark(v.picked_A2) ? tr("dark text") : tr("light text");
    if (name == "train_accuracy") return percent(v.train_accuracy, 1);
    if (name == "test_accuracy") return percent(v.test_accuracy, 1);
    if (name == "rows") return thousands(v.rows);
    if (name == "dark") return thousands(v.dark);
    if (name == "light") return thousands(v.light);
    if (name == "train_rows") return thousands(v.train_rows);
    if (name == "test_rows") return thousands(v.test_rows);
    if (name == "epochs") return v.epochs ? thousands(*v.epochs) : "-";  // scikit-learn's n_iter_
    return "{" + std::string(name) + "}";
  };
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view name = text.substr(open + 1, close - open - 1);
    const bool blank = std::find(lesson_blanks().begin(), lesson_blanks().end(), name) != lesson_blanks().end();
    out += text.substr(at, open - at);
    out += blank ? value(name) : std::string(text.substr(open, close - open + 1));
    at = close + 1;
  }
  out += text.substr(at);
  return out;
}

}  // namespace fontshade::app
