// Files in and out: only regular files are read (a FIFO would hang), a file name must not be empty,
// and saving replaces a file atomically, so a failed save keeps the old file whole.
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>

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
  // No temporary file is left beside it.
  struct stat info {};
  CHECK(::stat((path + ".saving-" + std::to_string(::getpid())).c_str(), &info) != 0);
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
