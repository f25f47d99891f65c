#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace fontshade {

// Someone else's text in a message (a value typed, a file's name, a key read from a file), so that the
// message stays one readable line and cannot drive a terminal or cut a C string short: every control
// byte (C0, DEL) and every byte that is not part of valid UTF-8 shows as \xNN, C1 controls and the
// bidirectional overrides (which reorder what a reader sees) as \u{XXXX}; at most `max_characters`
// characters are kept (never cut inside one; "..." marks the cut). Inside quotes, " and \ are escaped
// too. quoted() and printable() below are this one function's two uses.
std::string escaped(std::string_view s, std::size_t max_characters, bool in_quotes);

// A value in double quotes, at most 24 characters: found "x", found "a very long value typed by ...".
std::string quoted(std::string_view s);
// A name as it is (a file's path, a key), escaped, at most 1,000 characters, without quotes.
std::string printable(std::string_view s);

}  // namespace fontshade
