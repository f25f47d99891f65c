#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/base/linear_algebra.hpp"
#include "core/base/number_text.hpp"  // format_double

namespace fontshade {

// A compact JSON writer (one line, keys in the order written). Commas are placed for you.
// Not nlohmann-json's dump(): it prints the shortest digits that read back ("0.05", "0.0"), and the
// trace, the browser's state() and model files promise %.17g ("0.050000000000000003", "0"), bytes the
// parity tests compare.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& number(double v);
  JsonWriter& integer(long long v);
  JsonWriter& unsigned_integer(unsigned long long v);
  JsonWriter& string(std::string_view s);
  JsonWriter& boolean(bool b);
  JsonWriter& null();
  // A value that is already JSON text (another writer's), written as it is.
  JsonWriter& raw(std::string_view json);

  // Vectors as arrays; matrices as arrays of rows.
  JsonWriter& vector(const HiddenVector& v);
  JsonWriter& vector(const Input& v);
  JsonWriter& matrix(const HiddenMatrix& m);
  JsonWriter& matrix(const OutputRow& m);

  const std::string& str() const { return out_; }

 private:
  void before_value();
  std::string out_;
  std::vector<bool> first_;  // per open container: no value written yet
  bool after_key_ = false;
};

std::string json_escape(std::string_view s);

}  // namespace fontshade
