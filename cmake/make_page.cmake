# Makes the web page, one self-contained file: web/shell.html with web/style.css, the page's scripts
# (SCRIPTS: a list, glue.js first), Emscripten's JavaScript (PROGRAM) and the WebAssembly (WASM)
# inlined. The WebAssembly goes in gzipped, then base64 (web/glue.js inflates it): gzip compresses
# base64 text poorly, so base64 of the raw binary weighed a third more, gzipped, and twice as much
# on disk. gzip -n leaves the time out, so the same sources make the same page.
#   cmake -DSHELL=... -DSTYLE=... "-DSCRIPTS=a.js;b.js" -DPROGRAM=x.js -DWASM=x.wasm -DOUTPUT=... -P make_page.cmake
file(READ "${SHELL}" page)
file(READ "${STYLE}" style)
# The Makefile generator hands the list over with its semicolons escaped ("a.js\;b.js"): unescape them.
string(REPLACE "\\;" ";" SCRIPTS "${SCRIPTS}")
set(scripts "")
foreach(script ${SCRIPTS})
  file(READ "${script}" text)
  string(APPEND scripts "${text}\n")
endforeach()
file(READ "${PROGRAM}" program)
if(program MATCHES "</script")
  message(FATAL_ERROR "${PROGRAM} contains \"</script\", which would end its inline <script> early")
endif()
execute_process(COMMAND gzip -9 -n -c "${WASM}" OUTPUT_FILE "${OUTPUT}.wasm.gz" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip ${WASM}: ${status}")
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
