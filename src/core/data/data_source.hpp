#pragma once
#include <optional>
#include <string>

#include "core/data/dataset.hpp"
#include "core/base/error.hpp"

namespace fontshade {

// What --data, a link or the app names: a built-in set ("book", "synthetic") or a CSV file's path.
// Built-in names win; "./book" reads a file of that name. On failure returns the error (naming the
// file) and leaves `current` exactly as it was.
std::optional<Error> load_data(const std::string& name_or_path, DataSet& current);

}  // namespace fontshade
