#include "cli/report.hpp"

#include <cstdio>

namespace fontshade::cli {

std::string percent(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f %%", fraction * 100);
  return buf;
}

std::string describe(const Options& o) {
  char lr[96];
  if (o.schedule == Schedule::constant)
    std::snprintf(lr, sizeof lr, "L %g", o.learning_rate);
  else
    std::snprintf(lr, sizeof lr, "L %g -> %g linear", o.learning_rate, o.final_learning_rate);
  return std::to_string(o.hidden) + " hidden " + std::string(name_of(o.activation)) + ", " +
         std::string(name_of(o.cost)) + ", " + std::string(name_of(o.init)) + " init, " + lr + ", " +
         std::to_string(o.steps) + " steps, seed " + std::to_string(o.seed);
}

std::string describe(const DataSet& data) {
  const DataFacts f = facts_of(data);
  return (data.from_file() ? "file " : "") + data.source + " - " + std::to_string(f.rows) + " rows, " +
         std::to_string(f.distinct_colours) + " distinct colours, " + std::to_string(f.dark) + " dark text / " +
         std::to_string(f.light) + " light text";
}

std::string confusion_table(const Confusion& c) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "                 network: dark   network: light\n"
                "  truth: dark   %14lld   %15lld\n"
                "  truth: light  %14lld   %15lld\n",
                c.dark_as_dark, c.dark_as_light, c.light_as_dark, c.light_as_light);
  return buf;
}

void write_facts(JsonWriter& out, const DataSet& data) {
  const DataFacts f = facts_of(data);
  out.begin_object()
      .key("source").string(data.source)
      .key("name").string(builtin_name(data.origin))
      .key("synthetic").boolean(data.synthetic())
      .key("rows").integer(f.rows)
      .key("distinct_colours").integer(f.distinct_colours)
      .key("dark").integer(f.dark)
      .key("light").integer(f.light)
      .end_object();
}

void write_confusion(JsonWriter& out, const Confusion& c) {
  out.begin_object()
      .key("dark_as_dark").integer(c.dark_as_dark)
      .key("dark_as_light").integer(c.dark_as_light)
      .key("light_as_dark").integer(c.light_as_dark)
      .key("light_as_light").integer(c.light_as_light)
      .end_object();
}

}  // namespace fontshade::cli
