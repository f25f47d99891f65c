# Writes a C++ source that holds a file's bytes: `extern const unsigned char NAME[]` and NAME_size.
# A text file (shaders) is NUL-terminated so it can be used as a C string.
#   cmake -DINPUT=... -DOUTPUT=... -DNAME=... [-DPREPEND=file] -P embed_file.cmake
file(READ "${INPUT}" hex HEX)
if(PREPEND)
  file(READ "${PREPEND}" prefix HEX)
  set(hex "${prefix}${hex}")
endif()
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed_file.cmake. Do not edit.\n#include <cstddef>\n"
  "extern const unsigned char ${NAME}[] = {\n${bytes}0x00};\n"
  "extern const std::size_t ${NAME}_size = ${size};\n")
