#pragma once
#include <string>
#include <variant>

namespace fontshade {

// What went wrong reading a file: which file, where in it (1-based line and column; 0 when it does not
// apply) and what was expected.
struct Error {
  std::string source;
  int line = 0;
  int column = 0;
  std::string message;

  // "data.csv: line 7, column 5: expected ..." with the parts that apply.
  std::string text() const;
};

// Either a value or the error that prevented it. No exceptions: the core also runs in WebAssembly.
template <typename T>
using Result = std::variant<T, Error>;

template <typename T>
bool ok(const Result<T>& r) { return r.index() == 0; }

}  // namespace fontshade
