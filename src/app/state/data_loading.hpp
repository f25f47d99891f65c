#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/base/error.hpp"

namespace fontshade::app {

struct AppState;

// A data set from a file: the browser's picker and a file dropped on the page (its bytes), the desktop's
// drop on the window and --data (a path). A file that fails leaves the data as it was; its error is kept
// so the data panel can say it, in the UI language, until the next file.
struct DataLoad {
  std::optional<Error> error;  // the last file refused
  std::string loaded;          // the name of the last file loaded
  bool dragging = false;       // a file is being dragged over the page: the app says where to drop it

  // A file's bytes on their way from the page, a piece a call (a call's text goes on a 5 MB stack).
  std::string pending;
};

// Parses `bytes` as the book's CSV format and, if they parse, trains on them from step 0 (the options
// and seed stay). `name` names the file in messages. Either way the Data tab comes to the front.
std::optional<Error> load_csv_bytes(AppState& state, std::string_view bytes, const std::string& name);
// "book", "synthetic" or a file's path (core load_data): the desktop's drop and --data.
std::optional<Error> load_data_named(AppState& state, const std::string& name_or_path);

// An error as the UI says it: its message template in the UI language (strings tables), or English.
std::string error_text(const Error& error);

// Text whose every character is one byte (code points 0-255, the page's way of handing over a file's
// bytes), as those bytes; nullopt if a character is above 255.
std::optional<std::string> bytes_of_byte_text(std::string_view utf8);

}  // namespace fontshade::app
