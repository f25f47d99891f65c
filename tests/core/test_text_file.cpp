// Files in and out: only regular files are read (a FIFO would hang), a file name must not be empty,
// and saving replaces a file atomically, so a failed save keeps the old file whole.
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "fixtures.hpp"
#include "core/files/model_file.hpp"
#include "core/base/text_file.hpp"

using namespace fontshade;

namespace {

std::string tmp_path(const std::string& name) { return std::string(FONTSHADE_TEST_TMP) + "/" + name; }

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream all;
  all << in.rdbuf();
  return all.str();
}

#ifndef __EMSCRIPTEN__
// The names in `folder` that start with `prefix`.
std::vector<std::string> names_starting(const std::string& folder, const std::string& prefix) {
  std::vector<std::string> names;
  if (DIR* d = ::opendir(folder.c_str())) {
    while (const dirent* e = ::readdir(d))
      if (std::string(e->d_name).rfind(prefix, 0) == 0) names.push_back(e->d_name);
    ::closedir(d);
  }
  return names;
}

mode_t mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return info.st_mode;
}
#endif

}  // namespace

TEST_CASE("an empty file name is named as such", "[files]") {
  const Result<std::string> r = read_text_file("", 1000);
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() == "\"\": an empty file name names no file");
  DataSet data;
  const auto error = load_csv_file("", data);
  REQUIRE(error.has_value());
  CHECK(error->text() == "\"\": an empty file name names no file");
}

#ifndef __EMSCRIPTEN__  // node's file system has no FIFOs and no file-size limit
TEST_CASE("a FIFO is refused at once instead of waiting for a writer forever", "[files]") {
  const std::string fifo = tmp_path("text_file.fifo");
  std::remove(fifo.c_str());
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const Result<std::string> r = read_text_file(fifo, 1000);
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() == fifo + ": is not a regular file (a FIFO): fontshade reads only regular files");
  DataSet data;
  CHECK(load_csv_file(fifo, data)->text() == fifo + ": is not a regular file (a FIFO): fontshade reads only regular files");
  CHECK(std::get<Error>(load_model_file(fifo)).text() ==
        fifo + ": is not a regular file (a FIFO): fontshade reads only regular files");
  // Nor is a device.
  CHECK(std::get<Error>(read_text_file("/dev/null", 1000)).text() ==
        "/dev/null: is not a regular file (a device): fontshade reads only regular files");
  std::remove(fifo.c_str());
}

TEST_CASE("a save that fails half-way leaves the old file whole and says why", "[files]") {
  const std::string path = tmp_path("text_file_atomic.json");
  REQUIRE_FALSE(write_file_atomically(path, "the old model\n").has_value());
  CHECK(contents(path) == "the old model\n");
  // A file-size limit makes the write fail after 4 KiB, as a full disk would (root ignores
  // permissions, not this limit).
  struct rlimit saved {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
  struct rlimit small = saved;
  small.rlim_cur = 4096;
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  const auto error = write_file_atomically(path, std::string(100000, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, old_handler);
  REQUIRE(error.has_value());
  CHECK(error->text() == path + ": cannot write the file: File too large (the old file, if any, is unchanged)");
  CHECK(contents(path) == "the old model\n");
  // No temporary file is left beside it, whatever its name.
  CHECK(names_starting(FONTSHADE_TEST_TMP, "text_file_atomic.json.").empty());
}
#endif

TEST_CASE("a save replaces the old file and refuses folders and missing folders", "[files]") {
  const std::string path = tmp_path("text_file_replace.txt");
  REQUIRE_FALSE(write_file_atomically(path, "first").has_value());
  REQUIRE_FALSE(write_file_atomically(path, "second, longer").has_value());
  CHECK(contents(path) == "second, longer");
  const auto folder = write_file_atomically(FONTSHADE_TEST_TMP, "x");
  REQUIRE(folder.has_value());
  CHECK(folder->text() == std::string(FONTSHADE_TEST_TMP) + ": is a folder, not a file");
  const std::string nowhere = tmp_path("no-such-folder/model.json");
  const auto missing = write_file_atomically(nowhere, "x");
  REQUIRE(missing.has_value());
  CHECK(missing->text() == nowhere + ": cannot write the file: No such file or directory");
}

#ifndef __EMSCRIPTEN__  // symbolic links, modes and file-size limits are the real disk's

TEST_CASE("a save cannot be redirected by a link planted at a temporary name, which is never predictable", "[files][save]") {
  const std::string path = tmp_path("planted_model.json");
  const std::string victim = tmp_path("planted_victim.txt");
  std::remove(path.c_str());
  std::ofstream(victim) << "not to be overwritten\n";
  // The old temporary name was PATH.saving-PID: a link planted there was followed.
  const std::string predicted = path + ".saving-" + std::to_string(::getpid());
  std::remove(predicted.c_str());
  REQUIRE(::symlink(victim.c_str(), predicted.c_str()) == 0);
  REQUIRE_FALSE(write_file_atomically(path, "the model\n").has_value());
  CHECK(contents(victim) == "not to be overwritten\n");
  CHECK(contents(path) == "the model\n");
  CHECK(S_ISLNK(mode_of(predicted)));  // left alone
  std::remove(predicted.c_str());
  // Whatever the name is, it is new each time and nothing is left beside the file.
  CHECK(names_starting(FONTSHADE_TEST_TMP, "planted_model.json.").empty());
}

TEST_CASE("a save keeps the old file's mode, and a new file gets the usual one", "[files][save]") {
  const std::string path = tmp_path("mode_model.json");
  std::remove(path.c_str());
  REQUIRE_FALSE(write_file_atomically(path, "first\n").has_value());
  const mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((mode_of(path) & 07777) == (0666 & ~mask));
  REQUIRE(::chmod(path.c_str(), 0600) == 0);
  REQUIRE_FALSE(write_file_atomically(path, "second\n").has_value());
  CHECK((mode_of(path) & 07777) == 0600);
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  REQUIRE_FALSE(write_file_atomically(path, "third\n").has_value());
  CHECK((mode_of(path) & 07777) == 0640);
  CHECK(contents(path) == "third\n");
}

TEST_CASE("a save onto a symbolic link writes through to its target, and the link stays a link", "[files][save]") {
  const std::string target = tmp_path("link_target_model.json");
  const std::string link = tmp_path("link_to_model.json");
  std::remove(link.c_str());
  std::ofstream(target) << "old\n";
  REQUIRE(::chmod(target.c_str(), 0600) == 0);
  REQUIRE(::symlink("link_target_model.json", link.c_str()) == 0);  // relative to the link's folder
  REQUIRE_FALSE(write_file_atomically(link, "new\n").has_value());
  CHECK(S_ISLNK(mode_of(link)));
  CHECK(contents(target) == "new\n");
  CHECK((mode_of(target) & 07777) == 0600);
  // A link whose target does not exist yet: the target is created, the link kept.
  const std::string dangling = tmp_path("dangling_model.json");
  const std::string created = tmp_path("dangling_target_model.json");
  std::remove(dangling.c_str());
  std::remove(created.c_str());
  REQUIRE(::symlink(created.c_str(), dangling.c_str()) == 0);
  REQUIRE_FALSE(write_file_atomically(dangling, "created\n").has_value());
  CHECK(S_ISLNK(mode_of(dangling)));
  CHECK(contents(created) == "created\n");
  // A loop of links is named, and nothing is written.
  const std::string loop_a = tmp_path("loop_a.json"), loop_b = tmp_path("loop_b.json");
  std::remove(loop_a.c_str());
  std::remove(loop_b.c_str());
  REQUIRE(::symlink(loop_b.c_str(), loop_a.c_str()) == 0);
  REQUIRE(::symlink(loop_a.c_str(), loop_b.c_str()) == 0);
  const auto looped = write_file_atomically(loop_a, "x");
  REQUIRE(looped.has_value());
  CHECK(looped->text() == loop_a + ": cannot write the file: Too many levels of symbolic links");
  CHECK(names_starting(FONTSHADE_TEST_TMP, "loop_").size() == 2);
}

#endif
