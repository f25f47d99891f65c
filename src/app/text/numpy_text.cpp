#include "app/text/numpy_text.hpp"

#include <functional>

#include "core/base/number_text.hpp"

namespace fontshade::app {
namespace {

// array([[a, b], [c, d]]) with each row after the first under the first, `indent` spaces in.
std::string array_text(int rows, int cols, const std::function<double(int, int)>& at, std::size_t indent) {
  std::string s = "array([";
  for (int i = 0; i < rows; ++i) {
    if (i > 0) s += ",\n" + std::string(indent + 7, ' ');
    s += "[";
    for (int j = 0; j < cols; ++j) s += (j ? ", " : "") + numpy_number_text(at(i, j));
    s += "]";
  }
  return s + "])";
}

}  // namespace

std::string sklearn_coefs_text(const Parameters& p) {
  const int h = p.hidden();
  const std::string coefs = "coefs_ = [";
  std::string s = coefs;
  s += array_text(3, h, [&](int l, int j) { return p.w_hidden(j, l); }, coefs.size());
  s += ",\n" + std::string(coefs.size(), ' ');
  s += array_text(h, 1, [&](int j, int) { return p.w_output(j); }, coefs.size());
  s += "]\nintercepts_ = [array([";
  for (int j = 0; j < h; ++j) s += (j ? ", " : "") + numpy_number_text(p.b_hidden(j));
  s += "]), array([" + numpy_number_text(p.b_output) + "])]";
  return s;
}

}  // namespace fontshade::app
