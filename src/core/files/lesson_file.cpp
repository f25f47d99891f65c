// A guided lesson's file: its tables (the parts a scene shows, its actions, its texts' blanks), the
// reader (strict, errors at line and column), the writer (pretty or compact), the lesson inside a link,
// and the built-in chapter lesson.
//
// Index of this file (search for "[SECTION]"):
//   Reading
//   Writing
//   The tables
//   The file
//   In a link
//   The chapter's lesson
#include "core/files/lesson_file.hpp"

#include <array>

#include "core/files/json_reader.hpp"
#include "core/files/json_writer.hpp"
#include "core/base/text_file.hpp"

// The chapter's lesson, embedded at build time from data/ (src/core/CMakeLists.txt).
extern const unsigned char fontshade_lesson_chapter_json[];
extern const std::size_t fontshade_lesson_chapter_json_size;

namespace fontshade {
namespace {

constexpr ScenePartInfo kParts[] = {
    {ScenePart::picker, "picker"},     {ScenePart::swatch, "swatch"},
    {ScenePart::preview, "preview"},
    {ScenePart::rules, "rules"},       {ScenePart::data, "data"},
    {ScenePart::weights, "weights"},   {ScenePart::activations, "activations"},
    {ScenePart::network, "network"},   {ScenePart::forward, "forward"},
    {ScenePart::backward, "backward"}, {ScenePart::steps, "steps"},
    {ScenePart::training, "training"}, {ScenePart::surface, "surface"},
    {ScenePart::chapter_colours, "chapter_colours"}, {ScenePart::check, "check"},
    {ScenePart::options, "options"},   {ScenePart::labels, "labels"},
    {ScenePart::seeds, "seeds"},
};

constexpr SceneActionInfo kActions[] = {
    {SceneAction::step, "step"},         {SceneAction::step10, "step10"},
    {SceneAction::step100, "step100"},   {SceneAction::step1000, "step1000"},
    {SceneAction::to_end, "to_end"},     {SceneAction::back, "back"},
    {SceneAction::phase_back, "phase_back"}, {SceneAction::phase_next, "phase_next"},
};

constexpr std::string_view kBlanks[] = {
    "step",    "steps",     "seed",      "L",             "sample",        "Y",         "A2",
    "C",       "picked",    "picked_A2", "picked_shade",  "train_accuracy", "test_accuracy",
    "rows",    "dark",      "light",     "train_rows",    "test_rows",     "epochs",
};

std::string json_text_of(std::string_view s) {
  JsonWriter out;
  out.string(s);
  return out.str();
}

// [SECTION] Reading

class LessonReader {
 public:
  explicit LessonReader(const std::string& source) : source_(source) {}

  Result<LessonFile> read(const JsonValue& root) {
    LessonFile lesson;
    if (!read_file(root, lesson)) return error_;
    return lesson;
  }

 private:
  bool fail(const JsonValue& at, const std::string& message) {
    error_ = Error{source_, at.line, at.column, message};
    return false;
  }

  bool of_type(const JsonValue& v, JsonValue::Type t, const std::string& path) {
    if (v.type == t) return true;
    return fail(v, path + ": expected " + std::string(type_name(t)) + ", found " + std::string(type_name(v.type)));
  }

  // The object's keys are among `known` (all of `required` present); misspelt keys are named.
  bool keys(const JsonValue& object, const std::string& path, std::initializer_list<std::string_view> known,
            std::initializer_list<std::string_view> required) {
    if (!of_type(object, JsonValue::Type::object, path)) return false;
    std::string names;
    for (std::string_view k : known) names += (names.empty() ? "" : ", ") + std::string(k);
    for (const auto& [k, v] : object.members) {
      bool found = false;
      for (std::string_view name : known) found = found || k == name;
      if (!found) return fail(v, (path.empty() ? "" : path + ": ") + "unknown key \"" + k + "\": expected one of " + names);
    }
    for (std::string_view k : required)
      if (!object.find(k)) return fail(object, (path.empty() ? "" : path + ": ") + "the key \"" + std::string(k) + "\" is missing");
    return true;
  }

  static std::string at(const std::string& path, std::string_view key) { return path.empty() ? std::string(key) : path + "." + std::string(key); }

  // Blanks such as {A2} must be the table's; other braces are text.
  bool blanks_known(const JsonValue& v, const std::string& path) {
    const std::string& t = v.text;
    for (std::size_t open = t.find('{'); open != std::string::npos; open = t.find('{', open + 1)) {
      const std::size_t close = t.find('}', open);
      if (close == std::string::npos) break;
      const std::string_view word = std::string_view(t).substr(open + 1, close - open - 1);
      if (word.empty() || word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != std::string_view::npos)
        continue;
      bool known = false;
      for (std::string_view b : kBlanks) known = known || word == b;
      if (!known) {
        std::string names;
        for (std::string_view b : kBlanks) names += (names.empty() ? "" : ", ") + std::string(b);
        return fail(v, path + ": unknown blank {" + std::string(word) + "}: a text may hold " + names);
      }
    }
    return true;
  }

  bool text_field(const JsonValue& v, const std::string& path, std::string& out) {
    if (!of_type(v, JsonValue::Type::string, path)) return false;
    if (v.text.size() > kMaxLessonTextBytes)
      return fail(v, path + ": " + std::to_string(v.text.size()) + " bytes, more than a scene's text may hold (" +
                         std::to_string(kMaxLessonTextBytes) + ")");
    if (!blanks_known(v, path)) return false;
    out = v.text;
    return true;
  }

  // {"en": "...", "es": "..."}; a missing language is an empty text (lesson_problems names it).
  bool text_value(const JsonValue& v, const std::string& here, LessonText& out) {
    if (!keys(v, here, {"en", "es"}, {})) return false;
    if (const JsonValue* en = v.find("en"); en && !text_field(*en, here + ".en", out.en)) return false;
    if (const JsonValue* es = v.find("es"); es && !text_field(*es, here + ".es", out.es)) return false;
    if (out.en.empty() && out.es.empty()) return fail(v, here + ": empty in both languages");
    return true;
  }
  bool text(const JsonValue& parent, std::string_view key, const std::string& path, LessonText& out) {
    const JsonValue* v = parent.find(key);
    if (!v) return fail(parent, (path.empty() ? "" : path + ": ") + "the key \"" + std::string(key) + "\" is missing");
    return text_value(*v, at(path, key), out);
  }

  // A lesson link's state, without the reader's own settings.
  bool state(const JsonValue& v, const std::string& path, Lesson& out) {
    if (!of_type(v, JsonValue::Type::string, path)) return false;
    const auto parsed = parse_lesson(v.text);
    if (const auto* problem = std::get_if<std::string>(&parsed)) return fail(v, path + ": " + *problem);
    out = std::get<Lesson>(parsed);
    const Lesson fresh;
    if (out.language != fresh.language || out.projector != fresh.projector || v.text.find("&lang=") != std::string::npos ||
        v.text.find("&projector=") != std::string::npos)
      return fail(v, path + ": a scene keeps the reader's language and projector mode: leave out lang= and projector=");
    return true;
  }

  template <typename Info, typename Out, typename Parse>
  bool names(const JsonValue& parent, std::string_view key, const std::string& path, std::span<const Info> table,
             Parse parse, std::vector<Out>& out) {
    const JsonValue* v = parent.find(key);
    if (!v) return true;
    const std::string here = at(path, key);
    if (!of_type(*v, JsonValue::Type::array, here)) return false;
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      const JsonValue& item = v->items[i];
      const std::string name = here + "[" + std::to_string(i) + "]";
      if (!of_type(item, JsonValue::Type::string, name)) return false;
      const auto found = parse(item.text);
      if (!found) {
        std::string known;
        for (const Info& row : table) known += (known.empty() ? "" : ", ") + std::string(row.name);
        return fail(item, name + ": \"" + item.text + "\" is not one of " + known);
      }
      for (const Out& seen : out)
        if (seen == *found) return fail(item, name + ": \"" + item.text + "\" is listed twice");
      out.push_back(*found);
    }
    return true;
  }

  bool question(const JsonValue& v, const std::string& path, LessonQuestion& q) {
    if (!keys(v, path, {"text", "choices", "answer", "explain", "reveal", "show"}, {"text", "choices", "answer", "explain"}))
      return false;
    if (!text(v, "text", path, q.text) || !text(v, "explain", path, q.explain)) return false;
    const JsonValue& choices = *v.find("choices");
    if (!of_type(choices, JsonValue::Type::array, path + ".choices")) return false;
    if (choices.items.size() < kMinLessonChoices || choices.items.size() > kMaxLessonChoices)
      return fail(choices, path + ".choices: expected " + std::to_string(kMinLessonChoices) + " to " +
                               std::to_string(kMaxLessonChoices) + " choices, found " + std::to_string(choices.items.size()));
    for (std::size_t i = 0; i < choices.items.size(); ++i) {
      LessonText choice;
      if (!text_value(choices.items[i], path + ".choices[" + std::to_string(i) + "]", choice)) return false;
      q.choices.push_back(std::move(choice));
    }
    const JsonValue& answer = *v.find("answer");
    const long long last = static_cast<long long>(q.choices.size()) - 1;
    if (answer.type != JsonValue::Type::number || answer.text.find_first_not_of("0123456789") != std::string::npos ||
        answer.text.size() > 2 || std::stoll(answer.text) > last)
      return fail(answer, path + ".answer: expected the right choice's index, 0 to " + std::to_string(last) + ", found " +
                              (answer.type == JsonValue::Type::number ? answer.text : std::string(type_name(answer.type))));
    q.answer = static_cast<int>(std::stoll(answer.text));
    if (const JsonValue* reveal = v.find("reveal")) {
      Lesson opened;
      if (!state(*reveal, path + ".reveal", opened)) return false;
      q.reveal = opened;
    }
    return names(v, "show", path, scene_parts(), parse_scene_part, q.show);
  }

  bool scene(const JsonValue& v, const std::string& path, LessonScene& s) {
    if (!keys(v, path, {"title", "state", "show", "do", "text", "question"}, {"title", "state", "show", "text"})) return false;
    if (!text(v, "title", path, s.title) || !text(v, "text", path, s.text)) return false;
    if (!state(*v.find("state"), path + ".state", s.state)) return false;
    if (!names(v, "show", path, scene_parts(), parse_scene_part, s.show)) return false;
    if (s.show.empty()) return fail(*v.find("show"), path + ".show: a scene shows at least one part");
    if (!names(v, "do", path, scene_actions(), parse_scene_action, s.actions)) return false;
    if (const JsonValue* q = v.find("question")) {
      LessonQuestion asked;
      if (!question(*q, path + ".question", asked)) return false;
      s.question = std::move(asked);
    }
    return true;
  }

  bool read_file(const JsonValue& root, LessonFile& lesson) {
    if (!keys(root, "", {"format", "version", "title", "scenes"}, {"format", "version", "title", "scenes"})) return false;
    const JsonValue& format = *root.find("format");
    if (!of_type(format, JsonValue::Type::string, "format")) return false;
    if (format.text != kLessonFormat)
      return fail(format, "format: expected \"fontshade-lesson\", found \"" + format.text + "\": not a fontshade lesson file");
    const JsonValue& version = *root.find("version");
    if (version.type != JsonValue::Type::number || version.text != std::to_string(kLessonVersion))
      return fail(version, "version: this program reads version 1 lesson files, found " +
                               (version.type == JsonValue::Type::number ? version.text : std::string(type_name(version.type))));
    if (!text(root, "title", "", lesson.title)) return false;
    const JsonValue& scenes = *root.find("scenes");
    if (!of_type(scenes, JsonValue::Type::array, "scenes")) return false;
    if (scenes.items.empty()) return fail(scenes, "scenes: a lesson has at least one scene");
    if (scenes.items.size() > kMaxLessonScenes)
      return fail(scenes, "scenes: " + std::to_string(scenes.items.size()) + " scenes, more than a lesson may hold (" +
                              std::to_string(kMaxLessonScenes) + ")");
    for (std::size_t i = 0; i < scenes.items.size(); ++i) {
      LessonScene s;
      if (!scene(scenes.items[i], "scenes[" + std::to_string(i) + "]", s)) return false;
      lesson.scenes.push_back(std::move(s));
    }
    return true;
  }

  const std::string& source_;
  Error error_;
};

// [SECTION] Writing

void write_text(JsonWriter& out, const LessonText& t) {
  out.begin_object();
  if (!t.en.empty()) out.key("en").string(t.en);
  if (!t.es.empty()) out.key("es").string(t.es);
  out.end_object();
}

std::string text_json(const LessonText& t) {
  JsonWriter out;
  write_text(out, t);
  return out.str();
}

std::string state_text(const Lesson& state) { return lesson_fragment(state); }

template <typename List, typename Name>
std::string names_json(const List& list, Name name) {
  JsonWriter out;
  out.begin_array();
  for (const auto& v : list) out.string(name(v));
  out.end_array();
  return out.str();
}

std::string question_json(const LessonQuestion& q, const std::string& indent, bool compact) {
  const std::string nl = compact ? "" : "\n", in = compact ? "" : indent + "  ", sp = compact ? "" : " ";
  std::string out = "{" + nl;
  out += in + "\"text\":" + sp + text_json(q.text) + "," + nl;
  out += in + "\"choices\":" + sp + "[";
  for (std::size_t i = 0; i < q.choices.size(); ++i) out += (i ? "," + sp : "") + text_json(q.choices[i]);
  out += "]," + nl;
  out += in + "\"answer\":" + sp + std::to_string(q.answer) + "," + nl;
  out += in + "\"explain\":" + sp + text_json(q.explain);
  if (q.reveal) out += "," + nl + in + "\"reveal\":" + sp + json_text_of(state_text(*q.reveal));
  if (!q.show.empty()) out += "," + nl + in + "\"show\":" + sp + names_json(q.show, [](ScenePart p) { return name_of(p); });
  return out + nl + (compact ? "" : indent) + "}";
}

}  // namespace

// [SECTION] The tables

const std::string& LessonText::in(std::string_view language) const {
  const std::string& wanted = language == "es" ? es : en;
  return wanted.empty() ? (language == "es" ? en : es) : wanted;
}

std::span<const ScenePartInfo> scene_parts() { return kParts; }
std::span<const SceneActionInfo> scene_actions() { return kActions; }
std::span<const std::string_view> lesson_blanks() { return kBlanks; }

std::string_view name_of(ScenePart part) {
  for (const ScenePartInfo& row : kParts)
    if (row.part == part) return row.name;
  return "?";
}
std::optional<ScenePart> parse_scene_part(std::string_view name) {
  for (const ScenePartInfo& row : kParts)
    if (row.name == name) return row.part;
  return std::nullopt;
}
std::string_view name_of(SceneAction action) {
  for (const SceneActionInfo& row : kActions)
    if (row.action == action) return row.name;
  return "?";
}
std::optional<SceneAction> parse_scene_action(std::string_view name) {
  for (const SceneActionInfo& row : kActions)
    if (row.name == name) return row.action;
  return std::nullopt;
}

// [SECTION] The file

std::string lesson_file_json(const LessonFile& lesson, bool compact) {
  const std::string nl = compact ? "" : "\n", sp = compact ? "" : " ";
  const std::string i1 = compact ? "" : "  ", i2 = compact ? "" : "    ", i3 = compact ? "" : "      ";
  std::string out = "{" + nl;
  out += i1 + "\"format\":" + sp + json_text_of(kLessonFormat) + "," + nl;
  out += i1 + "\"version\":" + sp + std::to_string(kLessonVersion) + "," + nl;
  out += i1 + "\"title\":" + sp + text_json(lesson.title) + "," + nl;
  out += i1 + "\"scenes\":" + sp + "[" + nl;
  for (std::size_t k = 0; k < lesson.scenes.size(); ++k) {
    const LessonScene& s = lesson.scenes[k];
    out += i2 + "{" + nl;
    out += i3 + "\"title\":" + sp + text_json(s.title) + "," + nl;
    out += i3 + "\"state\":" + sp + json_text_of(state_text(s.state)) + "," + nl;
    out += i3 + "\"show\":" + sp + names_json(s.show, [](ScenePart p) { return name_of(p); }) + "," + nl;
    if (!s.actions.empty()) out += i3 + "\"do\":" + sp + names_json(s.actions, [](SceneAction a) { return name_of(a); }) + "," + nl;
    out += i3 + "\"text\":" + sp + text_json(s.text);
    if (s.question) out += "," + nl + i3 + "\"question\":" + sp + question_json(*s.question, i3, compact);
    out += nl + i2 + "}" + (k + 1 < lesson.scenes.size() ? "," : "") + nl;
  }
  out += i1 + "]" + nl + "}" + nl;
  return out;
}

Result<LessonFile> parse_lesson_file(std::string_view text, const std::string& source) {
  if (static_cast<long long>(text.size()) > kMaxLessonBytes)
    return Error{source, 0, 0, "the file has " + std::to_string(text.size()) + " bytes, more than a lesson file may (" +
                                   std::to_string(kMaxLessonBytes / 1024) + " KiB)"};
  Result<JsonValue> json = parse_json(text, source, kMaxLessonValues);
  if (!ok(json)) return std::get<Error>(json);
  return LessonReader(source).read(std::get<JsonValue>(json));
}

Result<LessonFile> load_lesson_file(const std::string& path) {
  Result<std::string> text = read_text_file(path, kMaxLessonBytes);
  if (!ok(text)) return std::get<Error>(text);
  return parse_lesson_file(std::get<std::string>(text), path);
}

std::optional<Error> save_lesson_file(const std::string& path, const LessonFile& lesson) {
  return write_file_atomically(path, lesson_file_json(lesson));
}

std::vector<std::string> lesson_problems(const LessonFile& lesson) {
  std::vector<std::string> out;
  const auto need = [&](const std::string& where, const LessonText& t) {
    if (t.en.empty()) out.push_back(where + ".en is empty");
    if (t.es.empty()) out.push_back(where + ".es is empty");
  };
  need("title", lesson.title);
  for (std::size_t k = 0; k < lesson.scenes.size(); ++k) {
    const LessonScene& s = lesson.scenes[k];
    const std::string scene = "scene " + std::to_string(k + 1) + ": ";
    need(scene + "title", s.title);
    need(scene + "text", s.text);
    if (!s.question) continue;
    need(scene + "question.text", s.question->text);
    need(scene + "question.explain", s.question->explain);
    for (std::size_t i = 0; i < s.question->choices.size(); ++i)
      need(scene + "question.choices[" + std::to_string(i) + "]", s.question->choices[i]);
  }
  return out;
}

// [SECTION] In a link

namespace {

constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = bytes.size() - i < 3 ? bytes.size() - i : 3;
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 3; ++k) v = (v << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
    for (std::size_t k = 0; k < n + 1; ++k) out += kBase64[(v >> (18 - 6 * k)) & 63];
  }
  return out;
}

std::optional<std::string> from_base64url(std::string_view text) {
  std::string out;
  std::uint32_t v = 0;
  int bits = 0;
  for (char c : text) {
    const std::size_t d = kBase64.find(c);
    if (d == std::string_view::npos) return std::nullopt;
    v = (v << 6) | static_cast<std::uint32_t>(d);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((v >> bits) & 0xff);
    }
  }
  if (text.size() % 4 == 1) return std::nullopt;  // a lone sixth of a byte: the text was cut
  return out;
}

}  // namespace

std::string lesson_link_fragment(const LessonFile* file, int scene) {
  std::string out = "lesson=" + (file ? base64url(lesson_file_json(*file, true)) : std::string(kChapterLessonName));
  if (scene > 0) out += "&scene=" + std::to_string(scene + 1);
  return out;
}

bool is_lesson_link(std::string_view fragment) {
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  return fragment.substr(0, 7) == "lesson=";
}

Result<LessonLink> parse_lesson_link(std::string_view fragment) {
  const std::string source = "link";
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  if (fragment.size() > kMaxLessonLinkBytes)
    return Error{source, 0, 0, "the link has " + std::to_string(fragment.size()) + " characters, more than a lesson link may (" +
                                   std::to_string(kMaxLessonLinkBytes) + ")"};
  if (!is_lesson_link(fragment)) return Error{source, 0, 0, "a lesson link begins with lesson="};
  std::string_view body = fragment.substr(7);
  LessonLink link;
  if (const std::size_t amp = body.find('&'); amp != std::string_view::npos) {
    const std::string_view rest = body.substr(amp + 1);
    body = body.substr(0, amp);
    if (rest.substr(0, 6) != "scene=" || rest.size() == 6 || rest.size() > 9 ||
        rest.substr(6).find_first_not_of("0123456789") != std::string_view::npos || rest[6] == '0')
      return Error{source, 0, 0, "after the lesson, expected scene=K (a scene's number from 1), found \"" + std::string(rest) + "\""};
    link.scene = std::stoi(std::string(rest.substr(6))) - 1;
  }
  const LessonFile* lesson = &chapter_lesson();
  if (body != kChapterLessonName) {
    const auto json = from_base64url(body);
    if (!json) return Error{source, 0, 0, "lesson=: expected \"chapter\" or a lesson file in base64url; the link was cut or changed"};
    Result<LessonFile> parsed = parse_lesson_file(*json, "lesson in the link");
    if (!ok(parsed)) return std::get<Error>(parsed);
    link.file = std::get<LessonFile>(std::move(parsed));
    lesson = &*link.file;
  }
  if (link.scene >= static_cast<int>(lesson->scenes.size()))
    return Error{source, 0, 0, "scene=" + std::to_string(link.scene + 1) + ": the lesson has " +
                                   std::to_string(lesson->scenes.size()) + " scenes"};
  return link;
}

// [SECTION] The chapter's lesson

std::string_view chapter_lesson_json() {
  return {reinterpret_cast<const char*>(fontshade_lesson_chapter_json), fontshade_lesson_chapter_json_size};
}

const LessonFile& chapter_lesson() {
  // Read once: the embedded file is the project's, and the tests read it, so it always reads.
  static const LessonFile lesson = [] {
    Result<LessonFile> parsed = parse_lesson_file(chapter_lesson_json(), "data/lesson_chapter.json");
    return ok(parsed) ? std::get<LessonFile>(std::move(parsed)) : LessonFile{};
  }();
  return lesson;
}

}  // namespace fontshade
