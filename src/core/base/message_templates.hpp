#pragma once
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fontshade {

// The core's messages about files, as templates with named blanks: "expected an integer from 0 to 255
// for {name}, found {found}". The core fills them in English (Error::message, Error::text(), the CLI's
// output); the app looks the same English template up in its strings table and fills the Spanish one
// with the same values. The English texts live here and only here.
enum class MessageId {
  none,  // a message without a template (English only)
  // Where in a file: the part of Error::text() between the file's name and the message.
  location_line_column,
  location_line,
  // Reading a CSV file (csv.cpp).
  csv_too_large,
  csv_utf16_le_bom,
  csv_utf16_be_bom,
  csv_utf16_le,
  csv_utf16_be,
  csv_empty_first_line,
  csv_blank_line,
  csv_lone_cr,
  csv_too_many_rows,
  csv_no_rows,
  csv_one_row,
  csv_few_rows,
  csv_extra_field,
  csv_semicolon,
  csv_field_count,
  csv_header_extra_field,
  csv_header_semicolon,
  csv_header_field_count,
  csv_header_field,
  csv_channel_empty,
  csv_channel_quoted,
  csv_channel_bad,
  csv_label_empty,
  csv_label_quoted,
  csv_label_bad,
  data_too_few_rows,
  // Reading and writing files (text_file.cpp).
  file_empty_name,
  file_missing,
  file_cannot_open,
  file_folder,
  file_fifo,
  file_socket,
  file_device,
  file_too_large,
  file_cannot_read,
  file_cannot_write,
  file_write_abandoned,
  file_not_regular_target,
  // Reading training options (option_reader.cpp), for the CLI, model files, scripts and links.
  option_whole,
  option_positive,
  option_choice,
  option_unknown_listed,
  option_unknown,
  option_final_lr_constant,
  // Reading a lesson link (lesson_link.cpp).
  link_not_pair,
  link_version,
  link_data,
  link_repeated,
  link_phase,
  link_color,
  link_lang,
  link_projector,
  link_unknown_part,
  link_no_version,
  link_labels_missing,
  link_label_bad,
  link_labels_too_many,
  link_labels_without_data,
  link_too_long,
  link_step_past_end,
};

// A blank's name and its value, as text.
struct MessageArg {
  std::string name;
  std::string value;
};
using MessageArgs = std::vector<MessageArg>;

// The English template of a message ("" for MessageId::none): a string literal, so its address can key
// a translation table.
const char* message_template(MessageId id);
// Every message with a template, for the tests and the translations check.
std::span<const MessageId> message_ids();
// `tmpl` with each {name} replaced by its value; a blank without a value stays as it is. The values are
// not searched for blanks.
std::string fill_message(std::string_view tmpl, const MessageArgs& args);
// A message as a template and values: message_of(id, {{"name", value}, ...}) is fill_message of its
// English template.
std::string message_of(MessageId id, const MessageArgs& args = {});

// The values that fill `tmpl` to make `text` (each blank takes the shortest text up to the template's
// next literal part), or nullopt when no filling makes it.
std::optional<MessageArgs> match_message(std::string_view tmpl, std::string_view text);
// A message the core wrote in English (a filled template, or "; "-free text made of one), in another
// language: the template it was filled from (the most specific that matches) translated by `translate`
// and filled with the same values; a value that is itself a message is translated too. Text no
// template makes stays as it is.
std::string translate_message(std::string_view text, const std::function<const char*(const char*)>& translate);

}  // namespace fontshade
