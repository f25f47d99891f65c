#include "core/files/json_writer.hpp"

#include <cmath>
#include <cstdio>

namespace fontshade {

std::string json_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  first_.push_back(true);
  return *this;
}
JsonWriter& JsonWriter::end_object() {
  out_ += '}';
  first_.pop_back();
  return *this;
}
JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  first_.push_back(true);
  return *this;
}
JsonWriter& JsonWriter::end_array() {
  out_ += ']';
  first_.pop_back();
  return *this;
}
JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  out_ += '"';
  out_ += json_escape(k);
  out_ += "\":";
  after_key_ = true;
  return *this;
}
JsonWriter& JsonWriter::number(double v) {
  before_value();
  out_ += format_double(v);
  return *this;
}
JsonWriter& JsonWriter::integer(long long v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}
JsonWriter& JsonWriter::unsigned_integer(unsigned long long v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}
JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  out_ += '"';
  out_ += json_escape(s);
  out_ += '"';
  return *this;
}
JsonWriter& JsonWriter::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}
JsonWriter& JsonWriter::raw(std::string_view json) {
  before_value();
  out_ += json;
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::vector(const HiddenVector& v) {
  begin_array();
  for (Eigen::Index i = 0; i < v.size(); ++i) number(v(i));
  return end_array();
}
JsonWriter& JsonWriter::vector(const Input& v) {
  begin_array();
  for (Eigen::Index i = 0; i < v.size(); ++i) number(v(i));
  return end_array();
}
JsonWriter& JsonWriter::matrix(const HiddenMatrix& m) {
  begin_array();
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    begin_array();
    for (Eigen::Index j = 0; j < m.cols(); ++j) number(m(i, j));
    end_array();
  }
  return end_array();
}
JsonWriter& JsonWriter::matrix(const OutputRow& m) {
  begin_array();
  begin_array();
  for (Eigen::Index i = 0; i < m.size(); ++i) number(m(i));
  end_array();
  return end_array();
}

}  // namespace fontshade
