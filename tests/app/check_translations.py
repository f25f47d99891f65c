#!/usr/bin/env python3
"""Every string the app shows goes through tr() and the strings tables in src/app/text/strings_*.cpp
(one table a topic; together they are the app's one dictionary, English to Spanish).

Checks: every tr("...") literal in src/app has an entry; so has every message template of the core
(src/core/base/message_templates.cpp: the app says the core's file errors in Spanish) and every text
of the core's options table meant for the screen (src/core/network/option_table.cpp: an option's
.display, .tooltip, .edit_tip, .slider_tip, .unused_tip, a choice's .shown); every entry has a
Spanish text; printf placeholders (%s, %d, %lld, %.2f, %zu, %%) are the same, in the same order, in
both languages, and so are a template's named blanks ({line}, {name}); no entry is unused. Prints one
line per problem and ends with "N passed, N failed".
Usage: check_translations.py SRC_APP_DIR
"""
import pathlib
import re
import sys

LITERAL = r'"((?:[^"\\]|\\.)*)"'
TR_CALL = re.compile(r'\btr(?:_later)?\(\s*' + LITERAL + r'\s*\)')
ENTRY = re.compile(r'\{\s*' + LITERAL + r'\s*,\s*' + LITERAL + r'\s*\}')
PLACEHOLDER = re.compile(r'%(?:%|[-+ #0]*\d*(?:\.\d+)?(?:ll|l|z|h)?[sdifgeuxc])')
CORE_TEMPLATE = re.compile(r'\{\s*MessageId::\w+\s*,\s*' + LITERAL + r'\s*\}')
BLANK = re.compile(r'\{(\w+)\}')
OPTION_TEXT = re.compile(r'\.(?:display|tooltip|edit_tip|slider_tip|unused_tip|shown)\s*=\s*' + LITERAL)


def main(folder):
    folder = pathlib.Path(folder)
    table = {}
    duplicates = []
    for table_file in sorted((folder / 'text').glob('strings_*.cpp')):
        for en, es in ENTRY.findall(table_file.read_text(encoding='utf-8')):
            if en == '':
                continue  # a table's placeholder before its first string
            if en in table:
                duplicates.append(en)
            table[en] = es
    used = {}
    for source in sorted(folder.rglob('*.cpp')):
        for match in TR_CALL.finditer(source.read_text(encoding='utf-8')):
            used.setdefault(match.group(1), str(source.relative_to(folder)))
    templates = folder.parent / 'core' / 'base' / 'message_templates.cpp'
    core_templates = CORE_TEMPLATE.findall(templates.read_text(encoding='utf-8')) if templates.exists() else []
    for english in core_templates:
        used.setdefault(english, 'core/' + templates.name)
    option_table = folder.parent / 'core' / 'network' / 'option_table.cpp'
    option_texts = OPTION_TEXT.findall(option_table.read_text(encoding='utf-8')) if option_table.exists() else []
    for english in option_texts:
        used.setdefault(english, 'core/network/' + option_table.name)

    passed, failed = 0, 0

    def check(ok, message):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print('FAIL ' + message)

    check(len(used) > 50, f'expected the app to use many translated strings, found {len(used)}')
    check(len(core_templates) > 30, f'expected the core\'s message templates in {templates}, found {len(core_templates)}')
    check(len(option_texts) > 20, f'expected the screen\'s texts of the options in {option_table}, found {len(option_texts)}')
    check(not duplicates, f'entries listed twice: {duplicates}')
    for en, where in sorted(used.items()):
        check(en in table, f'{where}: tr("{en}") has no entry in the text/strings_*.cpp tables')
    for en, es in sorted(table.items()):
        check(es != '', f'"{en}" has no Spanish text')
        check(PLACEHOLDER.findall(en) == PLACEHOLDER.findall(es),
              f'"{en}": placeholders {PLACEHOLDER.findall(en)} but Spanish has {PLACEHOLDER.findall(es)}')
        check(sorted(BLANK.findall(en)) == sorted(BLANK.findall(es)),
              f'"{en}": blanks {sorted(BLANK.findall(en))} but Spanish has {sorted(BLANK.findall(es))}')
        check(en in used, f'"{en}" is in the table but no tr() uses it')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'src/app'))
