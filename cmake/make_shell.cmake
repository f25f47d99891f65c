# Inlines web/style.css and web/glue.js into web/shell.html, so the page is a single file.
#   cmake -DSHELL=... -DSTYLE=... -DGLUE=... -DOUTPUT=... -P make_shell.cmake
file(READ "${SHELL}" page)
file(READ "${STYLE}" style)
file(READ "${GLUE}" glue)
string(REPLACE "@FONTSHADE_STYLE@" "${style}" page "${page}")
string(REPLACE "@FONTSHADE_GLUE@" "${glue}" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
