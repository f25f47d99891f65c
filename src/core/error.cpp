#include "error.hpp"

namespace fontshade {

std::string Error::text() const {
  std::string out;
  if (!source.empty()) out += source + ": ";
  if (line > 0) {
    out += "line " + std::to_string(line);
    out += column > 0 ? ", column " + std::to_string(column) + ": " : ": ";
  }
  return out + message;
}

}  // namespace fontshade
