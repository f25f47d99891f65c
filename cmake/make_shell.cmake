# Inlines web/style.css and the page's scripts (GLUE: a list, glue.js first) into web/shell.html, so
# the page is a single file.
#   cmake -DSHELL=... -DSTYLE=... "-DGLUE=a.js;b.js" -DOUTPUT=... -P make_shell.cmake
file(READ "${SHELL}" page)
file(READ "${STYLE}" style)
# The Makefile generator hands the list over with its semicolons escaped ("a.js\;b.js"): unescape them.
string(REPLACE "\\;" ";" GLUE "${GLUE}")
set(glue "")
foreach(script ${GLUE})
  file(READ "${script}" text)
  string(APPEND glue "${text}\n")
endforeach()
string(REPLACE "@FONTSHADE_STYLE@" "${style}" page "${page}")
string(REPLACE "@FONTSHADE_GLUE@" "${glue}" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
