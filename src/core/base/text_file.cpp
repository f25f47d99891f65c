#include "core/base/text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace fontshade {
namespace {

std::string reason(int error_number) { return std::strerror(error_number); }

// Gives a save up: the temporary file goes, the old file stays as it was.
Error abandoned(const std::string& path, const std::string& temporary, int error_number) {
  ::unlink(temporary.c_str());
  return message_error(path, 0, 0, MessageId::file_write_abandoned, {{"reason", reason(error_number)}});
}

}  // namespace

Result<std::string> read_text_file(const std::string& path, long long max_bytes) {
  if (path.empty()) return message_error("\"\"", 0, 0, MessageId::file_empty_name);
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return message_error(path, 0, 0, MessageId::file_missing);
    return message_error(path, 0, 0, MessageId::file_cannot_open, {{"reason", reason(errno)}});
  }
  if (S_ISDIR(info.st_mode)) return message_error(path, 0, 0, MessageId::file_folder);
  if (!S_ISREG(info.st_mode))
    return message_error(path, 0, 0, S_ISFIFO(info.st_mode)   ? MessageId::file_fifo
                                     : S_ISSOCK(info.st_mode) ? MessageId::file_socket
                                                              : MessageId::file_device);
  std::ifstream in(path, std::ios::binary);
  if (!in) return message_error(path, 0, 0, MessageId::file_cannot_open, {{"reason", reason(errno)}});
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (static_cast<long long>(text.size()) > max_bytes)
      return message_error(path, 0, 0, MessageId::file_too_large, {{"mib", std::to_string(max_bytes / (1024 * 1024))}});
  }
  if (in.bad()) return message_error(path, 0, 0, MessageId::file_cannot_read);
  return text;
}

std::optional<Error> write_file_atomically(const std::string& path, std::string_view bytes) {
  if (path.empty()) return message_error("\"\"", 0, 0, MessageId::file_empty_name);
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode))
    return message_error(path, 0, 0, S_ISDIR(info.st_mode) ? MessageId::file_folder : MessageId::file_not_regular_target);
  // Beside the target, so the rename stays on one file system (and so is atomic).
  const std::string temporary = path + ".saving-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return message_error(path, 0, 0, MessageId::file_cannot_write, {{"reason", reason(errno)}});
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ::ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(fd);
      return abandoned(path, temporary, e);
    }
    written += static_cast<std::size_t>(n);
  }
  // On disk before the rename: a crash must not leave the new name on an empty file.
  if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
    const int e = errno;
    ::close(fd);
    return abandoned(path, temporary, e);
  }
  if (::close(fd) != 0) return abandoned(path, temporary, errno);
  if (::rename(temporary.c_str(), path.c_str()) != 0) return abandoned(path, temporary, errno);
  return std::nullopt;
}

}  // namespace fontshade
