#include "json_reader.hpp"

#include <cctype>
#include <cstdlib>

namespace fontshade {

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

std::string_view type_name(JsonValue::Type t) {
  switch (t) {
    case JsonValue::Type::null: return "null";
    case JsonValue::Type::boolean: return "a boolean";
    case JsonValue::Type::number: return "a number";
    case JsonValue::Type::string: return "a string";
    case JsonValue::Type::array: return "an array";
    case JsonValue::Type::object: return "an object";
  }
  return "?";
}

namespace {

constexpr int kMaxDepth = 64;

class JsonParser {
 public:
  JsonParser(std::string_view text, const std::string& source) : s_(text), source_(source) {}

  Result<JsonValue> run() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    JsonValue v;
    if (!value(v, 0)) return error_;
    skip_space();
    if (pos_ < s_.size()) return fail("expected the end of the file after the JSON value, found " + found());
    return v;
  }

 private:
  bool fail_at(int line, int column, std::string message) {
    error_ = Error{source_, line, column, std::move(message)};
    return false;
  }
  Error fail(std::string message) {
    fail_at(line_, column_, std::move(message));
    return error_;
  }
  bool fail_here(std::string message) { return fail_at(line_, column_, std::move(message)); }

  std::string found() const {
    if (pos_ >= s_.size()) return "the end of the file";
    const unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c < 0x20 || c >= 0x7F) return "byte 0x" + std::string(1, "0123456789ABCDEF"[c >> 4]) + "0123456789ABCDEF"[c & 15];
    return std::string("'") + s_[pos_] + "'";
  }

  void advance() {
    if (s_[pos_] == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(s_[pos_]) & 0xC0) != 0x80) {
      ++column_;
    }
    ++pos_;
  }

  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) advance();
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail_here("expected a JSON value, found " + found());
    for (std::size_t i = 0; i < word.size(); ++i) advance();
    return true;
  }

  bool value(JsonValue& v, int depth) {
    skip_space();
    v.line = line_;
    v.column = column_;
    if (pos_ >= s_.size()) return fail_here("expected a JSON value, found the end of the file");
    if (depth > kMaxDepth) return fail_here("nested more than 64 levels deep");
    const char c = s_[pos_];
    if (c == '{') return object(v, depth);
    if (c == '[') return array(v, depth);
    if (c == '"') {
      v.type = JsonValue::Type::string;
      return string(v.text);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return number(v);
    if (c == 't') {
      v.type = JsonValue::Type::boolean;
      v.boolean = true;
      return literal("true");
    }
    if (c == 'f') {
      v.type = JsonValue::Type::boolean;
      return literal("false");
    }
    if (c == 'n') return literal("null");
    return fail_here("expected a JSON value, found " + found());
  }

  bool object(JsonValue& v, int depth) {
    v.type = JsonValue::Type::object;
    advance();
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == '}') {
      advance();
      return true;
    }
    for (;;) {
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != '"') return fail_here("expected a key in double quotes, found " + found());
      const int key_line = line_, key_column = column_;
      std::string key;
      if (!string(key)) return false;
      for (const auto& m : v.members)
        if (m.first == key) return fail_at(key_line, key_column, "the key \"" + key + "\" appears twice");
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != ':') return fail_here("expected ':' after the key, found " + found());
      advance();
      JsonValue member;
      if (!value(member, depth + 1)) return false;
      v.members.emplace_back(std::move(key), std::move(member));
      skip_space();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        advance();
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == '}') {
        advance();
        return true;
      }
      return fail_here("expected ',' or '}' in the object, found " + found());
    }
  }

  bool array(JsonValue& v, int depth) {
    v.type = JsonValue::Type::array;
    advance();
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == ']') {
      advance();
      return true;
    }
    for (;;) {
      JsonValue item;
      if (!value(item, depth + 1)) return false;
      v.items.push_back(std::move(item));
      skip_space();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        advance();
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == ']') {
        advance();
        return true;
      }
      return fail_here("expected ',' or ']' in the array, found " + found());
    }
  }

  bool string(std::string& out) {
    advance();  // opening quote
    for (;;) {
      if (pos_ >= s_.size()) return fail_here("the string is not closed: expected '\"', found the end of the file");
      const char c = s_[pos_];
      if (c == '"') {
        advance();
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail_here("control character in a string: write it as an escape");
      if (c == '\\') {
        advance();
        if (pos_ >= s_.size()) return fail_here("expected an escape after '\\', found the end of the file");
        const char e = s_[pos_];
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            unsigned code = 0;
            for (int k = 0; k < 4; ++k) {
              advance();
              if (pos_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[pos_])))
                return fail_here("expected 4 hexadecimal digits after \\u, found " + found());
              const char h = s_[pos_];
              code = code * 16 + static_cast<unsigned>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            }
            append_utf8(out, code);
            break;
          }
          default: return fail_here("unknown escape \\" + std::string(1, e) + " in a string");
        }
        advance();
        continue;
      }
      out += c;
      advance();
    }
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  bool digits() {
    if (pos_ >= s_.size() || s_[pos_] < '0' || s_[pos_] > '9') return false;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') advance();
    return true;
  }

  bool number(JsonValue& v) {
    v.type = JsonValue::Type::number;
    const std::size_t start = pos_;
    if (s_[pos_] == '-') advance();
    if (pos_ < s_.size() && s_[pos_] == '0') {
      advance();
      if (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9')
        return fail_at(v.line, v.column, "a number may not start with 0 followed by digits");
    } else if (!digits()) {
      return fail_here("expected a digit in the number, found " + found());
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      advance();
      if (!digits()) return fail_here("expected a digit after the decimal point, found " + found());
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      advance();
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) advance();
      if (!digits()) return fail_here("expected a digit in the exponent, found " + found());
    }
    v.text = std::string(s_.substr(start, pos_ - start));
    v.number = std::strtod(v.text.c_str(), nullptr);
    return true;
  }

  std::string_view s_;
  const std::string& source_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  Error error_;
};

}  // namespace

Result<JsonValue> parse_json(std::string_view text, const std::string& source) { return JsonParser(text, source).run(); }

}  // namespace fontshade
