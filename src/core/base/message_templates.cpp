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
static_assert(static_cast<std::size_t>(MessageId::file_not_regular_target) == kCount, "a MessageId without a template");

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

}  // namespace fontshade
