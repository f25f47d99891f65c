#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/network/chain_rule.hpp"
#include "core/colour/colour.hpp"
#include "core/data/dataset.hpp"
#include "core/network/options.hpp"

namespace fontshade {

// Everything a shared lesson restores: how the network trains, on what data, where the class is in
// the run, and how the screen looks. The page keeps it in its address after '#', so a link opens the
// same screen (from file:// or a web server).
struct Lesson {
  Options options;                           // with the seed
  DataOrigin data = DataOrigin::book;         // book, synthetic, or labels (inline)
  std::vector<Sample> labels;                 // data == labels: at most kMaxLinkedLabels colours
  long long step = 0;
  std::optional<Phase> phase;                 // phase mode, at this phase of the step
  Rgb picked{0x22, 0x77, 0xd3};
  std::string language = "en";                // "en" or "es"
  bool projector = false;
  bool operator==(const Lesson&) const = default;
};
constexpr std::size_t kMaxLinkedLabels = 200;
// A link longer than this is refused before it is read: the longest real one (200 labels) is under
// 2,000 bytes, and the page copies a link into WebAssembly's memory to read it.
constexpr std::size_t kMaxLinkBytes = 16384;

// "v=1&preset=seed&lr=0.05&...&data=book&step=12&phase=Z1&color=2277d3&lang=es&projector=1": only
// what differs from a fresh page is written, options as the scripts name them, labels as
// rrggbbY,rrggbbY,... (Y the label digit).
std::string lesson_fragment(const Lesson& lesson);
// The lesson a fragment holds (with or without the leading '#'), or a message naming the part that
// is wrong. An empty fragment is the fresh page.
std::variant<Lesson, std::string> parse_lesson(std::string_view fragment);
// The language a link asks for ("en" or "es" in a lang=... part), even in a link that cannot be read:
// its message is then said in that language. nullopt when it asks for none.
std::optional<std::string> lesson_language(std::string_view fragment);

// The data a lesson trains on: a built-in set by name, or its inline labels.
DataSet lesson_data(const Lesson& lesson);
// Empty when a run can show the lesson (its options are good, its split leaves rows to train and to
// test, its step is within the replay budget); else why not. The step is checked by running to it (it
// can diverge first).
std::string lesson_problem(const Lesson& lesson);

}  // namespace fontshade
