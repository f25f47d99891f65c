#include "core/files/json_reader.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

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

constexpr std::size_t kMaxDepth = 64;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// nlohmann 3.11 tells where it stands only in its errors. Its lexer reads the text through this
// iterator, which counts the bytes taken, so the handler knows where each token ended.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, std::size_t* taken) : at_(at), taken_(taken) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    ++at_;
    ++*taken_;
    return *this;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  std::size_t* taken_;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The length of the number nlohmann has just read at `at`. It checked the grammar, and read one byte
// past the number to see where it stops, so the length is measured again here.
std::size_t number_length(std::string_view s, std::size_t at) {
  std::size_t i = at;
  const auto skip_digits = [&] {
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0')
    ++i;
  else
    skip_digits();
  if (i < s.size() && s[i] == '.') {
    ++i;
    skip_digits();
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    skip_digits();
  }
  return i - at;
}

// nlohmann's own words for a malformed token ("invalid string: missing closing quote"), without its
// position (ours counts characters, not bytes) and without "last read: ...", which can be the whole file.
std::string lexer_message(std::string_view what) {
  if (const std::size_t dash = what.find(" - "); dash != std::string_view::npos) what.remove_prefix(dash + 3);
  if (const std::size_t last = what.find("; last read: "); last != std::string_view::npos) what = what.substr(0, last);
  return std::string(what);
}

// Line and column of byte offsets, asked for in increasing order, so the text is walked once. A column
// counts characters: UTF-8 continuation bytes do not move it, nor does a byte order mark.
class Locator {
 public:
  explicit Locator(std::string_view text) : s_(text), start_(text.substr(0, 3) == kByteOrderMark ? 3 : 0), at_(start_) {}

  std::pair<int, int> operator()(std::size_t offset) {
    if (offset < at_) *this = Locator(s_);  // not expected; correct all the same
    for (; at_ < offset && at_ < s_.size(); ++at_) {
      if (s_[at_] == '\n') {
        ++line_;
        column_ = 1;
      } else if ((static_cast<unsigned char>(s_[at_]) & 0xC0) != 0x80) {
        ++column_;
      }
    }
    return {line_, column_};
  }

 private:
  std::string_view s_;
  std::size_t start_;
  std::size_t at_;
  int line_ = 1;
  int column_ = 1;
};

// nlohmann's SAX events build the JsonValue tree, each value with its line and column; repeated keys
// and nesting deeper than kMaxDepth are refused here; syntax errors get our wording and position.
class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const std::string& source, const std::size_t& taken, std::size_t max_values)
      : s_(text), source_(source), taken_(taken), locate_(text), max_values_(max_values) {
    if (s_.substr(0, 3) == kByteOrderMark) end_ = 3;  // nlohmann skips it
  }

  Result<JsonValue> result() && {
    if (error_) return *error_;
    return std::move(root_);
  }

  // The SAX interface nlohmann::json::sax_parse calls.
  bool null() { return scalar(JsonValue::Type::null) != nullptr; }
  bool boolean(bool b) {
    JsonValue* v = scalar(JsonValue::Type::boolean);
    if (v) v->boolean = b;
    return v != nullptr;
  }
  bool number_integer(nlohmann::json::number_integer_t n) { return number(static_cast<double>(n)); }
  bool number_unsigned(nlohmann::json::number_unsigned_t n) { return number(static_cast<double>(n)); }
  bool number_float(nlohmann::json::number_float_t x, const std::string&) { return number(x); }
  bool string(std::string& s) {
    JsonValue* v = scalar(JsonValue::Type::string);
    if (v) v->text = std::move(s);
    return v != nullptr;
  }
  bool binary(nlohmann::json::binary_t&) { return false; }  // JSON text has none
  bool start_object(std::size_t) { return open(JsonValue::Type::object, Expect::key); }
  bool start_array(std::size_t) { return open(JsonValue::Type::array, Expect::value); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& k) {
    const std::size_t start = token_start();
    end_ = taken_;
    expect_ = Expect::colon;
    // A set per open object: the 131,071 short keys a 1 MiB file can hold are checked in O(n log n).
    if (!open_.back().keys.insert(k).second) return fail_at(start, "the key \"" + k + "\" appears twice");
    key_ = std::move(k);
    return true;
  }

  // `read`: the bytes nlohmann read, the one it stopped at included (reaching the end counts as one).
  bool parse_error(std::size_t read, const std::string&, const nlohmann::detail::exception& e) {
    std::size_t at = skip_space(end_);
    Expect expect = expect_;
    // nlohmann reports no event for ':' and ','. If it read on past one, that one was right.
    const bool past = at + 1 < read && at < s_.size();
    if (past && expect == Expect::colon && s_[at] == ':') {
      expect = Expect::value;
      at = skip_space(at + 1);
    } else if (past && (expect == Expect::comma_or_brace || expect == Expect::comma_or_bracket) && s_[at] == ',') {
      expect = expect == Expect::comma_or_brace ? Expect::key : Expect::value;
      at = skip_space(at + 1);
    }
    const std::size_t stop = std::min(read - 1, s_.size());  // where nlohmann found a token malformed
    switch (expect) {
      case Expect::colon: return fail_at(at, "expected ':' after the key, found " + found(at));
      case Expect::comma_or_brace: return fail_at(at, "expected ',' or '}' in the object, found " + found(at));
      case Expect::comma_or_bracket: return fail_at(at, "expected ',' or ']' in the array, found " + found(at));
      case Expect::end: return fail_at(at, "expected the end of the file after the JSON value, found " + found(at));
      case Expect::key:
        // A key that starts with '"' but did not become one is a malformed string.
        if (at < s_.size() && s_[at] == '"') return fail_at(stop, lexer_message(e.what()));
        return fail_at(at, "expected a key in double quotes, found " + found(at));
      case Expect::value:
        // out_of_range 406: a number too large for a double (nlohmann refuses inf).
        if (e.id == 406) {
          const std::string where = path();
          return fail_at(at, (where.empty() ? "" : where + ": ") + "expected a finite number, found " +
                                 std::string(s_.substr(at, number_length(s_, at))) + ", which is too large to store");
        }
        // A token that starts as a value does but did not become one is malformed inside.
        if (at < s_.size() && std::string_view("\"-0123456789tfn").find(s_[at]) != std::string_view::npos)
          return fail_at(stop, lexer_message(e.what()));
        return fail_at(at, "expected a JSON value, found " + found(at));
    }
    return fail_at(at, lexer_message(e.what()));
  }

 private:
  // What may come after the last event's token.
  enum class Expect { value, key, colon, comma_or_brace, comma_or_bracket, end };

  struct Open {
    JsonValue* value;              // stays put: its parent gets no other child while it is open
    std::set<std::string> keys;    // an object's keys so far
  };

  std::size_t skip_space(std::size_t i) const {
    while (i < s_.size() && is_space(s_[i])) ++i;
    return i;
  }

  // Where the current event's token starts: after the last event's token, spaces, and the ':' or ','
  // nlohmann read in between (it reports no event for those).
  std::size_t token_start() const {
    std::size_t i = skip_space(end_);
    if (i < s_.size() && (s_[i] == ':' || s_[i] == ',')) i = skip_space(i + 1);
    return i;
  }

  std::string found(std::size_t at) const {
    if (at >= s_.size()) return "the end of the file";
    const unsigned char c = static_cast<unsigned char>(s_[at]);
    if (c < 0x20 || c >= 0x7F) return "byte 0x" + std::string(1, "0123456789ABCDEF"[c >> 4]) + "0123456789ABCDEF"[c & 15];
    return std::string("'") + s_[at] + "'";
  }

  bool fail_at(std::size_t offset, std::string message) {
    const auto [line, column] = locate_(offset);
    error_ = Error{source_, line, column, std::move(message)};
    return false;
  }

  // Where the value being read would go, as the model reader names places: b_output, w_hidden[1][2].
  std::string path() const {
    std::string p;
    for (std::size_t i = 0; i < open_.size(); ++i) {
      const JsonValue& c = *open_[i].value;
      const bool innermost = i + 1 == open_.size();
      if (c.type == JsonValue::Type::array) {
        p += '[';
        p += std::to_string(innermost ? c.items.size() : c.items.size() - 1);
        p += ']';
      } else {
        if (!p.empty()) p += '.';
        p += innermost ? key_ : c.members.back().first;
      }
    }
    return p;
  }

  // A new value where the grammar puts it: the root, the open array's next item, or the member named
  // by the last key.
  JsonValue* add(JsonValue::Type type, std::size_t start) {
    if (open_.size() > kMaxDepth) {
      fail_at(start, "nested more than 64 levels deep");
      return nullptr;
    }
    if (++values_ > max_values_) {
      fail_at(start, "more than " + std::to_string(max_values_) + " values, more than a file of this kind ever holds");
      return nullptr;
    }
    JsonValue* v = &root_;
    if (!open_.empty()) {
      JsonValue& parent = *open_.back().value;
      v = parent.type == JsonValue::Type::array ? &parent.items.emplace_back()
                                                 : &parent.members.emplace_back(std::move(key_), JsonValue{}).second;
    }
    v->type = type;
    std::tie(v->line, v->column) = locate_(start);
    return v;
  }

  void after_value() {
    if (open_.empty())
      expect_ = Expect::end;
    else
      expect_ = open_.back().value->type == JsonValue::Type::array ? Expect::comma_or_bracket : Expect::comma_or_brace;
  }

  // A string or a literal: nlohmann has read exactly its bytes.
  JsonValue* scalar(JsonValue::Type type) {
    JsonValue* v = add(type, token_start());
    end_ = taken_;
    after_value();
    return v;
  }

  // `x`: nlohmann's value, read with strtod (or exact, for an integer; the conversion to double rounds to
  // nearest as strtod does).
  bool number(double x) {
    const std::size_t start = token_start();
    JsonValue* v = add(JsonValue::Type::number, start);
    if (!v) return false;
    const std::size_t length = number_length(s_, start);
    v->text = std::string(s_.substr(start, length));  // as written: the model reader checks whole numbers on it
    v->number = x == 0 && s_[start] == '-' ? -0.0 : x;  // nlohmann reads the integer -0 as 0
    end_ = start + length;
    after_value();
    return true;
  }

  bool open(JsonValue::Type type, Expect next) {
    JsonValue* v = add(type, token_start());
    if (!v) return false;
    open_.push_back({v, {}});
    end_ = taken_;
    expect_ = next;
    return true;
  }

  bool close() {
    open_.pop_back();
    end_ = taken_;
    after_value();
    return true;
  }

  std::string_view s_;
  const std::string& source_;
  const std::size_t& taken_;  // bytes the lexer has taken so far
  Locator locate_;
  std::size_t end_ = 0;       // where the last event's token ended
  Expect expect_ = Expect::value;
  std::vector<Open> open_;
  std::string key_;           // the last key, until its value arrives
  JsonValue root_;
  std::optional<Error> error_;
  std::size_t max_values_;
  std::size_t values_ = 0;
};

}  // namespace

Result<JsonValue> parse_json(std::string_view text, const std::string& source, std::size_t max_values) {
  std::size_t taken = 0;
  TreeBuilder builder(text, source, taken, max_values);
  nlohmann::json::sax_parse(CountingIterator(text.data(), &taken), CountingIterator(text.data() + text.size(), &taken),
                            &builder);
  return std::move(builder).result();
}

}  // namespace fontshade
