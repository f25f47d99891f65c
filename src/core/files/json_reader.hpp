#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/error.hpp"

namespace fontshade {

// A parsed JSON value that remembers where it stood, so a model file's errors can name line and column.
struct JsonValue {
  enum class Type { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  double number = 0;
  std::string text;  // a string's contents, or a number's literal as written
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;
  int line = 0;
  int column = 0;

  const JsonValue* find(std::string_view key) const;
};

std::string_view type_name(JsonValue::Type t);

// Strict JSON (RFC 8259), read by nlohmann-json's SAX parser. A key repeated in an object is an error,
// and so is nesting deeper than 64 levels. Errors name the line and the column (in characters).
// max_values bounds the values read (objects, arrays, strings, numbers, literals): a reader that knows
// how small its files are refuses a huge one at once, whatever it is made of (a 1 MiB file of
// numbers like 1e308 takes seconds to convert under node).
Result<JsonValue> parse_json(std::string_view text, const std::string& source,
                             std::size_t max_values = static_cast<std::size_t>(-1));

}  // namespace fontshade
