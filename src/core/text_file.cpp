#include "text_file.hpp"

#include <filesystem>
#include <fstream>

namespace fontshade {

Result<std::string> read_text_file(const std::string& path, long long max_bytes) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Error{path, 0, 0, "is a folder, not a file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path, 0, 0, "cannot open the file (does it exist?)"};
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (static_cast<long long>(text.size()) > max_bytes)
      return Error{path, 0, 0, "the file is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MiB"};
  }
  if (in.bad()) return Error{path, 0, 0, "cannot read the file"};
  return text;
}

}  // namespace fontshade
