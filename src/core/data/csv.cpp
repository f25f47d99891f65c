#include "core/data/csv.hpp"

#include "core/base/quoted.hpp"
#include "core/base/text_file.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace fontshade {
namespace {

constexpr const char* kHeader[4] = {"RED", "GREEN", "BLUE", "LIGHT_OR_DARK_FONT_IND"};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// 1-based column of byte `offset` in `line`, counting UTF-8 characters, not bytes.
int column_at(std::string_view line, std::size_t offset) {
  int column = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

struct Field {
  std::string_view text;  // trimmed
  std::size_t offset;     // of the trimmed text in the line (or of the field's start, when empty)
};

class Parser {
 public:
  Parser(std::string_view text, const std::string& source) : text_(text), source_(source) {}

  Result<DataSet> run() {
    if (static_cast<long long>(text_.size()) > kMaxCsvBytes)
      return error(0, 0, MessageId::csv_too_large);
    if (auto e = check_not_utf16()) return *e;
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
    DataSet data;
    data.source = source_;
    int line_number = 0;
    int first_blank_line = 0;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      const std::size_t end = text_.find('\n', pos);
      std::string_view line = text_.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
      pos = end == std::string_view::npos ? text_.size() : end + 1;
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::size_t blank = 0;
      while (blank < line.size() && is_blank(line[blank])) ++blank;
      if (blank == line.size()) {
        if (first_blank_line == 0) first_blank_line = line_number;
        continue;
      }
      if (first_blank_line == 1)
        return error(1, 1, MessageId::csv_empty_first_line);
      if (first_blank_line != 0)
        return error(first_blank_line, 1, MessageId::csv_blank_line);
      // Old Mac files end lines in CR alone: without this they read as one line with too many commas.
      if (const std::size_t cr = line.find('\r'); cr != std::string_view::npos)
        return error(line_number, column_at(line, cr), MessageId::csv_lone_cr);
      // Only line 1 may be the header; one starting like a number ("-5", ".5") is a bad row, not a header.
      const char first = line[blank];
      if (line_number == 1 && !std::isdigit(static_cast<unsigned char>(first)) && first != '-' && first != '+' &&
          first != '.') {
        if (auto e = check_header(line)) return *e;
        continue;
      }
      if (static_cast<long long>(data.samples.size()) >= kMaxCsvRows)
        return error(line_number, 1, MessageId::csv_too_many_rows);
      Sample sample;
      if (auto e = parse_row(line, line_number, sample)) return *e;
      data.samples.push_back(sample);
    }
    const auto rows = static_cast<long long>(data.samples.size());
    if (rows < kMinCsvRows)
      return rows == 0   ? error(0, 0, MessageId::csv_no_rows)
             : rows == 1 ? error(0, 0, MessageId::csv_one_row)
                         : error(0, 0, MessageId::csv_few_rows, {{"rows", std::to_string(rows)}});
    return data;
  }

 private:
  Error error(int line, int column, MessageId id, MessageArgs args = {}) const {
    return message_error(source_, line, column, id, std::move(args));
  }

  // Spreadsheets on Windows offer "Unicode text" (UTF-16), whose every other byte is 0: say what the
  // file is and what to do, rather than showing raw bytes. With a byte-order mark; without one, only
  // on enough evidence: each of the first code units (at least 4, up to 32) is an ASCII character,
  // one zero byte and one that is not, on the same side. Two bytes ("00 35") prove nothing: such a
  // file is reported as the bytes it holds.
  std::optional<Error> check_not_utf16() const {
    if (text_.size() < 2) return std::nullopt;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text_[i]); };
    if (byte(0) == 0xFF && byte(1) == 0xFE) return error(1, 1, MessageId::csv_utf16_le_bom);
    if (byte(0) == 0xFE && byte(1) == 0xFF) return error(1, 1, MessageId::csv_utf16_be_bom);
    constexpr std::size_t kMinUnits = 4, kMaxUnits = 32;
    const std::size_t units = std::min(text_.size() / 2, kMaxUnits);
    if (units < kMinUnits) return std::nullopt;
    bool little = true, big = true;
    for (std::size_t u = 0; u < units; ++u) {
      const unsigned char a = byte(2 * u), b = byte(2 * u + 1);
      little = little && a != 0 && a < 0x80 && b == 0;
      big = big && a == 0 && b != 0 && b < 0x80;
    }
    if (little) return error(1, 1, MessageId::csv_utf16_le);
    if (big) return error(1, 1, MessageId::csv_utf16_be);
    return std::nullopt;
  }

  // Splits on commas and trims blanks; reports an error when there are not exactly four fields (the
  // header's own messages for line 1's header).
  std::optional<Error> fields_of(std::string_view line, int line_number, Field out[4], bool header = false) const {
    std::size_t start = 0;
    for (int i = 0;; ++i) {
      const std::size_t comma = line.find(',', start);
      const std::size_t stop = comma == std::string_view::npos ? line.size() : comma;
      if (i == 4)
        return error(line_number, column_at(line, start - 1),
                     header ? MessageId::csv_header_extra_field : MessageId::csv_extra_field);
      std::size_t a = start, b = stop;
      while (a < b && is_blank(line[a])) ++a;
      while (b > a && is_blank(line[b - 1])) --b;
      out[i] = {line.substr(a, b - a), a == b ? start : a};
      if (comma == std::string_view::npos) {
        // Spreadsheets in many languages save CSV with semicolons: name that, not just the field count.
        if (const std::size_t semicolon = line.find(';'); i < 3 && semicolon != std::string_view::npos)
          return error(line_number, column_at(line, semicolon),
                       header ? MessageId::csv_header_semicolon : MessageId::csv_semicolon);
        if (i < 3)
          return error(line_number, column_at(line, line.size()),
                       header ? MessageId::csv_header_field_count : MessageId::csv_field_count,
                       {{"count", std::to_string(i + 1)}});
        return std::nullopt;
      }
      start = comma + 1;
    }
  }

  std::optional<Error> check_header(std::string_view line) const {
    Field f[4];
    if (auto e = fields_of(line, 1, f, true)) return e;
    for (int i = 0; i < 4; ++i)
      if (upper(f[i].text) != kHeader[i])
        return error(1, column_at(line, f[i].offset), MessageId::csv_header_field,
                     {{"field", std::to_string(i + 1)}, {"name", kHeader[i]}, {"found", quoted(f[i].text)}});
    return std::nullopt;
  }

  std::optional<Error> parse_row(std::string_view line, int line_number, Sample& sample) const {
    Field f[4];
    if (auto e = fields_of(line, line_number, f)) return e;
    int values[4];
    for (int i = 0; i < 4; ++i) {
      const bool channel = i < 3;
      const int max = channel ? 255 : 1;
      const std::string_view t = f[i].text;
      // The column is only counted for a bad field: a million good rows must not pay for it.
      const auto bad = [&](MessageId for_channel, MessageId for_label, std::string found) {
        return error(line_number, column_at(line, f[i].offset), channel ? for_channel : for_label, {{"name", kHeader[i]}, {"found", std::move(found)}});
      };
      if (t.empty()) return bad(MessageId::csv_channel_empty, MessageId::csv_label_empty, "");
      if (t.find('"') != std::string_view::npos) return bad(MessageId::csv_channel_quoted, MessageId::csv_label_quoted, quoted(t));
      long long v = 0;
      for (char c : t) {
        if (c < '0' || c > '9') return bad(MessageId::csv_channel_bad, MessageId::csv_label_bad, quoted(t));
        v = v * 10 + (c - '0');
        if (v > 1000000) break;
      }
      if (v > max) return bad(MessageId::csv_channel_bad, MessageId::csv_label_bad, v > 1000000 ? quoted(t) : std::to_string(v));
      values[i] = static_cast<int>(v);
    }
    sample.colour = {values[0], values[1], values[2]};
    sample.label = values[3];
    return std::nullopt;
  }

  std::string_view text_;
  std::string source_;
};

}  // namespace

Result<DataSet> parse_csv(std::string_view text, const std::string& source) { return Parser(text, source).run(); }

std::optional<Error> load_csv_file(const std::string& path, DataSet& current) {
  Result<std::string> text = read_text_file(path, kMaxCsvBytes);
  if (!ok(text)) return std::get<Error>(text);
  Result<DataSet> parsed = parse_csv(std::get<std::string>(text), path);
  if (!ok(parsed)) return std::get<Error>(parsed);
  current = std::move(std::get<DataSet>(parsed));
  return std::nullopt;
}

}  // namespace fontshade
