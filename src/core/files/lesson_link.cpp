#include "core/files/lesson_link.hpp"

#include <cstdlib>
#include <set>

#include "core/base/message_templates.hpp"
#include "core/base/number_reader.hpp"
#include "core/base/quoted.hpp"
#include "core/network/option_reader.hpp"
#include "core/network/run.hpp"  // replay_budget_problem

namespace fontshade {
namespace {

constexpr std::string_view kVersion = "1";

std::string hex6(Rgb c) { return hex_of(c).substr(1); }

std::optional<Rgb> parse_hex6(std::string_view t) {
  if (t.size() != 6 || t.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos) return std::nullopt;
  const auto channel = [&](std::size_t i) { return static_cast<int>(std::strtol(std::string(t.substr(i, 2)).c_str(), nullptr, 16)); };
  return Rgb{channel(0), channel(2), channel(4)};
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = s.find(separator, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

}  // namespace

std::string lesson_fragment(const Lesson& lesson) {
  const Lesson fresh;
  std::string out = "v=" + std::string(kVersion);
  const auto add = [&](std::string_view key, const std::string& value) { out += "&" + std::string(key) + "=" + value; };
  const auto texts = option_texts(lesson.options);
  const auto defaults = option_texts(fresh.options);
  for (std::size_t i = 0; i < texts.size(); ++i)
    if (texts[i].second != defaults[i].second) add(texts[i].first, texts[i].second);
  if (lesson.data != fresh.data) add("data", lesson.data == DataOrigin::labels ? "labels" : std::string(builtin_name(lesson.data)));
  if (lesson.data == DataOrigin::labels) {
    std::string list;
    for (const Sample& s : lesson.labels) list += (list.empty() ? "" : ",") + hex6(s.colour) + std::to_string(s.label);
    add("labels", list);
  }
  if (lesson.step != fresh.step) add("step", std::to_string(lesson.step));
  if (lesson.phase) add("phase", std::string(info_of(*lesson.phase).name));
  if (lesson.picked != fresh.picked) add("color", hex6(lesson.picked));
  if (lesson.language != fresh.language) add("lang", lesson.language);
  if (lesson.projector) add("projector", "1");
  return out;
}

std::optional<std::string> lesson_language(std::string_view fragment) {
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  std::optional<std::string> language;
  for (std::string_view part : split(fragment, '&'))
    if (part == "lang=en" || part == "lang=es") language = std::string(part.substr(5));
  return language;
}

std::variant<Lesson, std::string> parse_lesson(std::string_view fragment) {
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  Lesson lesson;
  if (fragment.empty()) return lesson;
  if (fragment.size() > kMaxLinkBytes)
    return message_of(MessageId::link_too_long, {{"limit", std::to_string(kMaxLinkBytes)}});
  std::vector<std::pair<std::string, std::string>> options;
  bool versioned = false;
  std::string_view labels_text;
  bool has_labels = false;
  std::set<std::string, std::less<>> seen;
  // "name=value" as the link wrote it, for messages: escaped, the value cut if long.
  // A value in a message: escaped, cut if long (the templates write "name=" and any quotes).
  const auto shown = [](std::string_view value) { return escaped(value, 24, false); };
  const auto in_quotes = [](std::string_view value) { return escaped(value, 24, true); };
  for (std::string_view part : split(fragment, '&')) {
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos) return message_of(MessageId::link_not_pair, {{"part", in_quotes(part)}});
    const std::string key(part.substr(0, eq));
    const std::string_view value = part.substr(eq + 1);
    // The same key twice is a link edited by hand or glued together: which one was meant is unknown.
    if (!seen.insert(key).second) return message_of(MessageId::link_repeated, {{"name", in_quotes(key)}});
    if (key == "v") {
      if (value != kVersion) return message_of(MessageId::link_version, {{"value", shown(value)}});
      versioned = true;
    } else if (is_option_name(key)) {
      options.emplace_back(key, std::string(value));
    } else if (key == "data") {
      if (value == "labels") lesson.data = DataOrigin::labels;
      else if (auto d = builtin_dataset(value)) lesson.data = d->origin;
      else return message_of(MessageId::link_data, {{"value", shown(value)}});
    } else if (key == "labels") {
      labels_text = value;
      has_labels = true;
    } else if (key == "step") {
      const auto step = read_whole(value, 0, kMaxSteps);
      if (!step.ok())
        return message_of(MessageId::option_whole, {{"option", "step"}, {"min", "0"}, {"max", std::to_string(kMaxSteps)},
                                                    {"found", found_number(value, step.fault, FoundStyle::quoted, true)}});
      lesson.step = step.value;
    } else if (key == "phase") {
      lesson.phase = parse_phase(value);
      if (!lesson.phase) return message_of(MessageId::link_phase, {{"value", shown(value)}});
    } else if (key == "color") {
      const auto c = parse_hex6(value);
      if (!c) return message_of(MessageId::link_color, {{"value", shown(value)}});
      lesson.picked = *c;
    } else if (key == "lang") {
      if (value != "en" && value != "es") return message_of(MessageId::link_lang, {{"value", shown(value)}});
      lesson.language = std::string(value);
    } else if (key == "projector") {
      if (value != "0" && value != "1") return message_of(MessageId::link_projector, {{"value", shown(value)}});
      lesson.projector = value == "1";
    } else {
      return message_of(MessageId::link_unknown_part, {{"name", in_quotes(key)}});
    }
  }
  if (!versioned) return message_of(MessageId::link_no_version);
  const auto read = read_options(Options{}, options, OptionNames::script);
  if (const auto* problem = std::get_if<std::string>(&read)) return *problem;
  lesson.options = std::get<Options>(read);
  if (lesson.data == DataOrigin::labels) {
    if (!has_labels) return message_of(MessageId::link_labels_missing);
    for (std::string_view item : split(labels_text, ',')) {
      const auto c = item.size() == 7 ? parse_hex6(item.substr(0, 6)) : std::nullopt;
      if (!c || (item[6] != '0' && item[6] != '1'))
        return message_of(MessageId::link_label_bad, {{"item", in_quotes(item)}});
      lesson.labels.push_back(Sample{*c, item[6] - '0'});
    }
    if (lesson.labels.size() > kMaxLinkedLabels) return message_of(MessageId::link_labels_too_many, {{"count", std::to_string(kMaxLinkedLabels)}});
  } else if (has_labels) {
    return message_of(MessageId::link_labels_without_data);
  }
  if (lesson.step > lesson.options.steps)
    return message_of(MessageId::link_step_past_end, {{"step", std::to_string(lesson.step)}, {"steps", std::to_string(lesson.options.steps)}});
  return lesson;
}

DataSet lesson_data(const Lesson& lesson) {
  if (lesson.data != DataOrigin::labels) return *builtin_dataset(builtin_name(lesson.data));
  DataSet data;
  data.samples = lesson.labels;
  data.origin = DataOrigin::labels;
  data.source = "labels";
  return data;
}

std::string lesson_problem(const Lesson& lesson) {
  if (std::string problem = lesson.options.validate(); !problem.empty()) return problem;
  const DataSet data = lesson_data(lesson);
  if (data.samples.size() < 3) return "labels: a run needs 3 labelled colours at least";
  if (std::string problem = split_problem(data, lesson.options.split); !problem.empty())
    return "split " + std::string(name_of(lesson.options.split)) + ": " + problem;
  return replay_budget_problem(lesson.step);
}

}  // namespace fontshade
