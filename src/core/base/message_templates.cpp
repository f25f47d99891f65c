#include "core/base/message_templates.hpp"

#include <array>

namespace fontshade {
namespace {

struct Template {
  MessageId id;
  const char* english;
};

// One literal per message (tests/app/check_translations.py reads them here and wants a Spanish entry
// for each, with the same blanks, in src/app/text/strings_options_data.cpp).
constexpr Template kTemplates[] = {
    {MessageId::location_line_column, "line {line}, column {column}: "},
    {MessageId::location_line, "line {line}: "},
    {MessageId::csv_too_large, "the file is larger than 64 MiB: too big for a data set of colours"},
    {MessageId::csv_utf16_le_bom, "the file is UTF-16 (little-endian, it starts with the bytes FF FE), not UTF-8 text: save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
    {MessageId::csv_utf16_be_bom, "the file is UTF-16 (big-endian, it starts with the bytes FE FF), not UTF-8 text: save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
    {MessageId::csv_utf16_le, "the file is UTF-16 (little-endian: every other byte is 0), not UTF-8 text: save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
    {MessageId::csv_utf16_be, "the file is UTF-16 (big-endian: every other byte is 0), not UTF-8 text: save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
    {MessageId::csv_empty_first_line, "empty first line: expected the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND or R,G,B,label"},
    {MessageId::csv_blank_line, "empty line in the middle of the data: expected R,G,B,label"},
    {MessageId::csv_lone_cr, "expected each line to end in LF or CRLF, found a carriage return on its own (an old Mac line ending)"},
    {MessageId::csv_too_many_rows, "more than 1,000,000 data rows: the limit is 1,000,000"},
    {MessageId::csv_no_rows, "no data rows: at least 3 are needed (2 to train on, 1 to test)"},
    {MessageId::csv_one_row, "only 1 data row: at least 3 are needed (2 to train on, 1 to test)"},
    {MessageId::csv_few_rows, "only {rows} data rows: at least 3 are needed (2 to train on, 1 to test)"},
    {MessageId::csv_extra_field, "expected the end of the line after 4 fields (R,G,B,label), found another comma"},
    {MessageId::csv_semicolon, "expected a comma between the fields R,G,B,label, found a semicolon"},
    {MessageId::csv_field_count, "expected 4 fields (R,G,B,label), found {count}"},
    {MessageId::csv_header_extra_field, "header: expected the end of the line after 4 fields (R,G,B,label), found another comma"},
    {MessageId::csv_header_semicolon, "header: expected a comma between the fields R,G,B,label, found a semicolon"},
    {MessageId::csv_header_field_count, "header: expected 4 fields (R,G,B,label), found {count}"},
    {MessageId::csv_header_field, "expected the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND or a number; field {field} should be {name}, found {found}"},
    {MessageId::csv_channel_empty, "expected an integer from 0 to 255 for {name}, found an empty field"},
    {MessageId::csv_channel_quoted, "expected an integer from 0 to 255 for {name} without quotation marks, found {found}"},
    {MessageId::csv_channel_bad, "expected an integer from 0 to 255 for {name}, found {found}"},
    {MessageId::csv_label_empty, "expected 0 (light text) or 1 (dark text) for {name}, found an empty field"},
    {MessageId::csv_label_quoted, "expected 0 (light text) or 1 (dark text) for {name} without quotation marks, found {found}"},
    {MessageId::csv_label_bad, "expected 0 (light text) or 1 (dark text) for {name}, found {found}"},
    {MessageId::data_too_few_rows, "at least 3 rows are needed (2 to train on, 1 to test)"},
    {MessageId::file_empty_name, "an empty file name names no file"},
    {MessageId::file_missing, "cannot open the file (does it exist?)"},
    {MessageId::file_cannot_open, "cannot open the file: {reason}"},
    {MessageId::file_folder, "is a folder, not a file"},
    {MessageId::file_fifo, "is not a regular file (a FIFO): fontshade reads only regular files"},
    {MessageId::file_socket, "is not a regular file (a socket): fontshade reads only regular files"},
    {MessageId::file_device, "is not a regular file (a device): fontshade reads only regular files"},
    {MessageId::file_too_large, "the file is larger than {mib} MiB"},
    {MessageId::file_cannot_read, "cannot read the file"},
    {MessageId::file_cannot_write, "cannot write the file: {reason}"},
    {MessageId::file_write_abandoned, "cannot write the file: {reason} (the old file, if any, is unchanged)"},
    {MessageId::file_not_regular_target, "is not a regular file: not replacing it"},
    {MessageId::option_whole, "{option}: expected a whole number from {min} to {max}, found {found}"},
    {MessageId::option_positive, "{option}: expected a positive number, found {found}"},
    {MessageId::option_choice, "{option}: expected one of {choices}, found {found}"},
    {MessageId::option_unknown_listed, "unknown option {name}: expected one of preset, {known}"},
    {MessageId::option_unknown, "unknown option {name}"},
    {MessageId::option_final_lr_constant, "{final_lr} needs {schedule} linear (with a constant schedule every step uses {lr})"},
    {MessageId::link_not_pair, "\"{part}\" is not name=value"},
    {MessageId::link_version, "v={value}: this page reads version 1 links"},
    {MessageId::link_data, "data={value}: expected book, synthetic or labels"},
    {MessageId::link_repeated, "\"{name}\" is given twice in the link"},
    {MessageId::link_phase, "phase={value}: expected a phase such as sample, Z1, dC_dW1 or update"},
    {MessageId::link_color, "color={value}: expected six hex digits, such as 2277d3"},
    {MessageId::link_lang, "lang={value}: expected en or es"},
    {MessageId::link_projector, "projector={value}: expected 0 or 1"},
    {MessageId::link_unknown_part, "unknown part \"{name}\""},
    {MessageId::link_no_version, "the link has no version (v=1)"},
    {MessageId::link_labels_missing, "data=labels needs labels=rrggbbY,..."},
    {MessageId::link_label_bad, "labels: \"{item}\" is not rrggbb followed by 0 or 1"},
    {MessageId::link_labels_too_many, "labels: at most {count} colours fit in a link"},
    {MessageId::link_labels_without_data, "labels=... needs data=labels"},
    {MessageId::link_too_long, "the link is longer than {limit} bytes, the most a lesson link holds (its longest part, 200 labelled colours, takes under 2,000)"},
    {MessageId::link_step_past_end, "step={step}: the run has only {steps} steps"},
};

constexpr std::size_t kCount = sizeof kTemplates / sizeof kTemplates[0];

constexpr std::array<MessageId, kCount> ids() {
  std::array<MessageId, kCount> out{};
  for (std::size_t i = 0; i < kCount; ++i) out[i] = kTemplates[i].id;
  return out;
}
constexpr std::array<MessageId, kCount> kIds = ids();

// The table is in the enum's order, so a message's template is found by its number.
constexpr bool in_order() {
  for (std::size_t i = 0; i < kCount; ++i)
    if (static_cast<std::size_t>(kTemplates[i].id) != i + 1) return false;
  return true;
}
static_assert(in_order(), "kTemplates must list every MessageId but none, in the enum's order");
static_assert(static_cast<std::size_t>(MessageId::link_step_past_end) == kCount, "a MessageId without a template");

}  // namespace

const char* message_template(MessageId id) {
  const auto i = static_cast<std::size_t>(id);
  return i >= 1 && i <= kCount ? kTemplates[i - 1].english : "";
}

std::span<const MessageId> message_ids() { return kIds; }

std::string fill_message(std::string_view tmpl, const MessageArgs& args) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  std::size_t i = 0;
  while (i < tmpl.size()) {
    const std::size_t open = tmpl.find('{', i);
    const std::size_t close = open == std::string_view::npos ? open : tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(i, open - i));
    const std::string_view name = tmpl.substr(open + 1, close - open - 1);
    const MessageArg* found = nullptr;
    for (const MessageArg& a : args)
      if (a.name == name) found = &a;
    if (found) out += found->value;
    else out.append(tmpl.substr(open, close - open + 1));
    i = close + 1;
  }
  out.append(tmpl.substr(i < tmpl.size() ? i : tmpl.size()));
  return out;
}

std::string message_of(MessageId id, const MessageArgs& args) { return fill_message(message_template(id), args); }

std::optional<MessageArgs> match_message(std::string_view tmpl, std::string_view text) {
  MessageArgs args;
  std::size_t t = 0, at = 0;
  for (;;) {
    const std::size_t open = tmpl.find('{', t);
    const std::string_view literal = tmpl.substr(t, open == std::string_view::npos ? std::string_view::npos : open - t);
    if (text.substr(at, literal.size()) != literal) return std::nullopt;
    at += literal.size();
    if (open == std::string_view::npos) break;
    const std::size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) return std::nullopt;
    // The blank takes the text up to the template's next literal part: its first place, or for the
    // template's last part the end of the text; a blank at the end takes the rest.
    const std::size_t next = tmpl.find('{', close + 1);
    const std::string_view after = tmpl.substr(close + 1, next == std::string_view::npos ? std::string_view::npos : next - close - 1);
    std::size_t end = std::string_view::npos;
    if (after.empty() && next == std::string_view::npos) end = text.size();
    else if (after.empty()) return std::nullopt;  // two blanks side by side: no telling where one ends
    else if (next == std::string_view::npos) end = text.size() >= at + after.size() && text.ends_with(after) ? text.size() - after.size() : end;
    else end = text.find(after, at);
    if (end == std::string_view::npos) return std::nullopt;
    args.push_back({std::string(tmpl.substr(open + 1, close - open - 1)), std::string(text.substr(at, end - at))});
    at = end;
    t = close + 1;
  }
  if (at != text.size()) return std::nullopt;
  return args;
}

std::string translate_message(std::string_view text, const std::function<const char*(const char*)>& translate) {
  const char* best = nullptr;
  std::size_t best_literal = 0;
  MessageArgs best_args;
  for (const Template& t : kTemplates) {
    auto args = match_message(t.english, text);
    if (!args) continue;
    std::size_t literal = std::string_view(t.english).size();
    for (const MessageArg& a : *args) literal -= a.name.size() + 2;
    if (!best || literal > best_literal) {
      best = t.english;
      best_literal = literal;
      best_args = std::move(*args);
    }
  }
  if (!best) return std::string(text);
  for (MessageArg& a : best_args) a.value = translate_message(a.value, translate);
  return fill_message(translate(best), best_args);
}

}  // namespace fontshade
