#include "core/data/data_source.hpp"

#include "core/data/csv.hpp"

namespace fontshade {

std::optional<Error> load_data(const std::string& name_or_path, DataSet& current) {
  if (auto builtin = builtin_dataset(name_or_path)) {
    current = std::move(*builtin);
    return std::nullopt;
  }
  return load_csv_file(name_or_path, current);
}

}  // namespace fontshade
