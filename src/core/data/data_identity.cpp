#include "core/data/data_identity.hpp"

#include <cstdio>

#include "core/base/quoted.hpp"

namespace fontshade {

std::uint64_t fingerprint_of(const std::vector<Sample>& samples) {
  std::uint64_t h = 14695981039346656037ULL;  // FNV-1a's offset basis and prime (64 bits)
  const auto mix = [&h](int byte) {
    h ^= static_cast<std::uint8_t>(byte);
    h *= 1099511628211ULL;
  };
  for (const Sample& s : samples) {
    mix(s.colour.r);
    mix(s.colour.g);
    mix(s.colour.b);
    mix(s.label);
  }
  return h;
}

DataIdentity identity_of(const DataSet& data) {
  DataIdentity id;
  id.origin = data.origin;
  if (data.origin == DataOrigin::file) id.file = data.source;
  id.rows = static_cast<long long>(data.samples.size());
  id.fingerprint = fingerprint_of(data.samples);
  return id;
}

std::string_view origin_name(DataOrigin origin) {
  switch (origin) {
    case DataOrigin::book: return "book";
    case DataOrigin::synthetic: return "synthetic";
    case DataOrigin::file: return "file";
    case DataOrigin::labels: return "labels";
  }
  return "file";
}

std::optional<DataOrigin> parse_origin(std::string_view name) {
  for (DataOrigin o : {DataOrigin::book, DataOrigin::synthetic, DataOrigin::file, DataOrigin::labels})
    if (origin_name(o) == name) return o;
  return std::nullopt;
}

std::string fingerprint_text(std::uint64_t fingerprint) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(fingerprint));
  return text;
}

std::optional<std::uint64_t> parse_fingerprint(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : text) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return std::nullopt;
    v = v << 4 | static_cast<std::uint64_t>(digit);
  }
  return v;
}

std::string describe_identity(const DataIdentity& id) {
  const std::string rows = " (" + std::to_string(id.rows) + " rows, fingerprint " + fingerprint_text(id.fingerprint) + ")";
  switch (id.origin) {
    case DataOrigin::book: return "the book's data set" + rows;
    case DataOrigin::synthetic: return "the synthetic data set" + rows;
    case DataOrigin::labels: return "a set of labelled colours" + rows;
    case DataOrigin::file: break;
  }
  return (id.file.empty() ? std::string("a CSV file") : "the file " + printable(id.file)) + rows;
}

std::string data_mismatch(const DataIdentity& trained_on, const DataSet& data) {
  const DataIdentity here = identity_of(data);
  if (here.rows == trained_on.rows && here.fingerprint == trained_on.fingerprint) return {};
  return "the run trained on " + describe_identity(trained_on) + ", not on " + describe_identity(here) +
         ": a run goes on only on the data it began with";
}

}  // namespace fontshade
