#include "app/state/data_loading.hpp"

#include "app/state/app_state.hpp"
#include "app/state/notice.hpp"
#include "core/data/csv.hpp"
#include "core/data/data_source.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {
namespace {

std::optional<Error> use(AppState& state, Result<DataSet> read, const std::string& name) {
  state.view.right_tab = RightTab::data;
  state.view.tabs_requested = true;
  if (!ok(read)) {
    state.data_load.error = std::get<Error>(read);
    return state.data_load.error;
  }
  state.player.pause();
  if (auto e = state.run.set_data(std::move(std::get<DataSet>(read)))) {
    state.data_load.error = *e;
    return e;
  }
  if (state.phase_mode()) state.view.phase = Phase::sample;
  state.data_load.error.reset();
  state.data_load.loaded = name;
  clear_problem(state.view);
  return std::nullopt;
}

}  // namespace

std::optional<Error> load_csv_bytes(AppState& state, std::string_view bytes, const std::string& name) {
  return use(state, parse_csv(bytes, name), name);
}

std::optional<Error> load_data_named(AppState& state, const std::string& name_or_path) {
  DataSet data;
  if (auto e = load_data(name_or_path, data)) return use(state, *e, name_or_path);
  return use(state, std::move(data), name_or_path);
}

std::string error_text(const Error& error) { return error.text([](const char* english) { return tr(english); }); }

std::optional<std::string> bytes_of_byte_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < utf8.size() && (static_cast<unsigned char>(utf8[i + 1]) & 0xC0) == 0x80) {
      out += static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F));
    } else {
      return std::nullopt;
    }
  }
  return out;
}

}  // namespace fontshade::app
