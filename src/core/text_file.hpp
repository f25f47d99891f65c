#pragma once
#include <string>

#include "error.hpp"

namespace fontshade {

// The whole file as bytes, or an error naming it (missing, a folder, larger than max_bytes).
Result<std::string> read_text_file(const std::string& path, long long max_bytes);

}  // namespace fontshade
