# Makes the web page, one self-contained file: web/shell.html with web/style.css, the page's scripts
# (SCRIPTS: a list, glue.js first), Emscripten's JavaScript (PROGRAM) and the WebAssembly (WASM)
# inlined. Every byte counts (the page is e-mailed and opened from disk; issue 13's limit is 450 KB
# gzipped), so:
# - The WebAssembly goes in compressed, then base64 (web/glue.js inflates it): gzip compresses base64
#   text poorly, so base64 of the raw binary weighed a third more, gzipped, and twice as much on disk.
#   zopfli writes gzip's format 4-5 % smaller than gzip -9 (19 KB of the page); without it, gzip -9.
#   Neither writes the time, so the same sources make the same page.
# - The page's scripts, wrapped in one function's scope, go through Emscripten's own minifier
#   (tools/acorn-optimizer.js, a parser and printer: the code is the same, without comments and
#   spaces; 7 KB of the page gzipped). MINIFIER is that file, NODE the node that runs it.
#   cmake -DSHELL=... -DSTYLE=... "-DSCRIPTS=a.js;b.js" -DPROGRAM=x.js -DWASM=x.wasm -DOUTPUT=...
#         -DNODE=node -DMINIFIER=.../acorn-optimizer.js -P make_page.cmake
file(READ "${SHELL}" page)
file(READ "${STYLE}" style)
# The Makefile generator hands the list over with its semicolons escaped ("a.js\;b.js"): unescape them.
string(REPLACE "\\;" ";" SCRIPTS "${SCRIPTS}")
set(scripts "(function () {\n'use strict';\n")
foreach(script ${SCRIPTS})
  file(READ "${script}" text)
  string(APPEND scripts "${text}\n")
endforeach()
string(APPEND scripts "})();\n")
file(WRITE "${OUTPUT}.scripts.js" "${scripts}")
execute_process(COMMAND "${NODE}" "${MINIFIER}" "${OUTPUT}.scripts.js" minifyWhitespace
                OUTPUT_VARIABLE scripts ERROR_VARIABLE minifier_errors RESULT_VARIABLE status)
file(REMOVE "${OUTPUT}.scripts.js")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "minifying the page's scripts (${MINIFIER}): ${status}\n${minifier_errors}")
endif()
if(scripts MATCHES "</script")
  message(FATAL_ERROR "the page's scripts contain \"</script\", which would end their inline <script> early")
endif()
file(READ "${PROGRAM}" program)
if(program MATCHES "</script")
  message(FATAL_ERROR "${PROGRAM} contains \"</script\", which would end its inline <script> early")
endif()
find_program(ZOPFLI zopfli)
if(ZOPFLI)
  execute_process(COMMAND "${ZOPFLI}" -c "${WASM}" OUTPUT_FILE "${OUTPUT}.wasm.gz" RESULT_VARIABLE status)
else()
  message(WARNING "zopfli not found (scripts/setup.sh installs it): the page's WebAssembly is gzip -9'd, about 19 KB heavier")
  execute_process(COMMAND gzip -9 -n -c "${WASM}" OUTPUT_FILE "${OUTPUT}.wasm.gz" RESULT_VARIABLE status)
endif()
if(NOT status EQUAL 0)
  message(FATAL_ERROR "compressing ${WASM}: ${status}")
endif()
execute_process(COMMAND base64 -w 0 "${OUTPUT}.wasm.gz" OUTPUT_VARIABLE wasm RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "base64 ${OUTPUT}.wasm.gz: ${status}")
endif()
file(REMOVE "${OUTPUT}.wasm.gz")
string(REPLACE "@FONTSHADE_STYLE@" "${style}" page "${page}")
string(REPLACE "@FONTSHADE_SCRIPTS@" "${scripts}" page "${page}")
string(REPLACE "@FONTSHADE_WASM@" "${wasm}" page "${page}")
string(REPLACE "@FONTSHADE_PROGRAM@" "${program}" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
