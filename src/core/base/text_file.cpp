#include "core/base/text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace fontshade {
namespace {

std::string reason(int error_number) { return std::strerror(error_number); }

// Gives a save up: the temporary file goes, the old file stays as it was.
Error abandoned(const std::string& path, const std::string& temporary, int error_number) {
  ::unlink(temporary.c_str());
  return message_error(path, 0, 0, MessageId::file_write_abandoned, {{"reason", reason(error_number)}});
}

// The umask, which can only be read by setting it (and setting it back at once).
mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

// The file a save to `path` replaces: `path` itself, or the end of its chain of symbolic links (each
// resolved against its link's folder), so a link stays a link and its target gets the new bytes.
// 0, or the errno that stops it (ELOOP after 40 links, as the kernel counts).
int save_target(const std::string& path, std::string& target) {
  target = path;
  for (int links = 0; links < 40; ++links) {
    struct stat info {};
    if (::lstat(target.c_str(), &info) != 0) return errno == ENOENT ? 0 : errno;  // a new file: its folder is checked later
    if (!S_ISLNK(info.st_mode)) return 0;
    std::vector<char> buffer(static_cast<std::size_t>(info.st_size > 0 ? info.st_size : 255) + 1);
    const ::ssize_t n = ::readlink(target.c_str(), buffer.data(), buffer.size());
    if (n < 0) return errno;
    const std::string link(buffer.data(), static_cast<std::size_t>(n));
    const std::size_t slash = target.rfind('/');
    target = link.empty() || link[0] == '/' || slash == std::string::npos ? link : target.substr(0, slash + 1) + link;
  }
  return ELOOP;
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
  std::string target;
  if (const int e = save_target(path, target)) return message_error(path, 0, 0, MessageId::file_cannot_write, {{"reason", reason(e)}});
  struct stat info {};
  const bool exists = ::stat(target.c_str(), &info) == 0;
  if (exists && !S_ISREG(info.st_mode))
    return message_error(path, 0, 0, S_ISDIR(info.st_mode) ? MessageId::file_folder : MessageId::file_not_regular_target);
  // Beside the target, so the rename stays on one file system (and so is atomic). mkstemp makes the
  // name unpredictable and creates the file with O_EXCL: nothing planted at any name is followed.
  std::string temporary = target + ".saving-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return message_error(path, 0, 0, MessageId::file_cannot_write, {{"reason", reason(errno)}});
  const auto give_up = [&](int error_number) {
    ::close(fd);
    return abandoned(path, temporary, error_number);
  };
  // The old file's owner (only root may give a file away: otherwise it stays the saver's) and mode;
  // a new file gets what open() would have given it (mkstemp's is 0600).
  if (exists && ::fchown(fd, info.st_uid, info.st_gid) != 0) {
    // Not an error: the file is the saver's, as any file it writes.
  }
  if (::fchmod(fd, exists ? (info.st_mode & 07777) : (0666 & ~current_umask())) != 0) return give_up(errno);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ::ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return give_up(errno);
    written += static_cast<std::size_t>(n);
  }
  // On disk before the rename: a crash must not leave the new name on an empty file.
  if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) return give_up(errno);
  if (::close(fd) != 0) return abandoned(path, temporary, errno);
  if (::rename(temporary.c_str(), target.c_str()) != 0) return abandoned(path, temporary, errno);
  return std::nullopt;
}

}  // namespace fontshade
