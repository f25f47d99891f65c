#pragma once
#include <string>
#include <string_view>

namespace fontshade {

// Someone's text quoted in a message: in double quotes, at most 24 characters (never cut inside a
// UTF-8 character; "..." marks the cut), control bytes shown as \xNN and quotes escaped, so a message
// stays one readable line whatever was typed or read.
std::string quoted(std::string_view s);

}  // namespace fontshade
