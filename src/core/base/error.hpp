#pragma once
#include <functional>
#include <string>
#include <variant>

#include "core/base/message_templates.hpp"

namespace fontshade {

// What went wrong reading a file: which file, where in it (1-based line and column; 0 when it does not
// apply) and what was expected. `message` is English; an error built from a template (message_of) also
// keeps the template's id and values, so the app can say the same in another language.
struct Error {
  std::string source;
  int line = 0;
  int column = 0;
  std::string message;
  MessageId id = MessageId::none;
  MessageArgs args = {};

  // "data.csv: line 7, column 5: expected ..." with the parts that apply.
  std::string text() const;
  // The same with every template translated: `translate` maps an English template (message_templates.hpp)
  // to the other language's. The location always; the message when it has a template (else it stays
  // English).
  std::string text(const std::function<const char*(const char*)>& translate) const;
};

// An error from a message template, its English text filled in.
Error message_error(std::string source, int line, int column, MessageId id, MessageArgs args = {});

// Either a value or the error that prevented it. No exceptions: the core also runs in WebAssembly.
template <typename T>
using Result = std::variant<T, Error>;

template <typename T>
bool ok(const Result<T>& r) { return r.index() == 0; }

}  // namespace fontshade
