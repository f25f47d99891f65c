#include "core/base/error.hpp"

#include "core/base/quoted.hpp"

namespace fontshade {

std::string Error::text() const {
  return text([](const char* english) { return english; });
}

std::string Error::text(const std::function<const char*(const char*)>& translate) const {
  std::string out;
  if (!source.empty()) {
    out += printable(source);  // two appends: GCC 12 warns (wrongly, -Wrestrict) about source + ": "
    out += ": ";
  }
  if (line > 0) {
    const MessageArgs where{{"line", std::to_string(line)}, {"column", std::to_string(column)}};
    out += fill_message(translate(message_template(column > 0 ? MessageId::location_line_column : MessageId::location_line)), where);
  }
  out += id == MessageId::none ? message : fill_message(translate(message_template(id)), args);
  // The values in a message are quoted where they are put in; this is the net under every one of them.
  return escaped(out, std::string::npos, false);
}

Error message_error(std::string source, int line, int column, MessageId id, MessageArgs args) {
  std::string message = fill_message(message_template(id), args);
  return Error{std::move(source), line, column, std::move(message), id, std::move(args)};
}

}  // namespace fontshade
