#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/base/error.hpp"

namespace fontshade {

// The whole file as bytes, or an error naming it (missing, a folder, a FIFO or a device, larger than
// max_bytes). Only regular files are opened: opening a FIFO would wait for a writer forever.
Result<std::string> read_text_file(const std::string& path, long long max_bytes);

// Replaces `path` with `bytes` atomically: writes a temporary file beside it, then renames it over
// the old one, so a failed or killed save leaves the old file whole. The temporary file's name is
// unpredictable and it is created exclusively (mkstemp), so a link planted beside the file redirects
// nothing; it takes the old file's mode (and owner, where allowed); it is removed on every failure.
// A symbolic link is written through: its target gets the bytes, and the link stays a link. The error
// gives the system's reason ("No space left on device", "Permission denied").
std::optional<Error> write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace fontshade
