#pragma once
#include <string>

#include "core/data/dataset.hpp"
#include "core/files/json_writer.hpp"
#include "core/files/record_json.hpp"  // write_options
#include "core/network/metrics.hpp"
#include "core/network/options.hpp"

namespace fontshade::cli {

// "98.66 %"
std::string percent(double fraction);
// A short, human description of the options: "3 relu hidden, squared_error, uniform01 init, ...".
std::string describe(const Options& o);
// Rows, distinct colours, balance, and where the set came from.
std::string describe(const DataSet& data);
// The confusion matrix as a small table, rows = truth.
std::string confusion_table(const Confusion& c);

void write_facts(JsonWriter& out, const DataSet& data);
void write_confusion(JsonWriter& out, const Confusion& c);

}  // namespace fontshade::cli
