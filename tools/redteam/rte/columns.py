#!/usr/bin/env python3
"""Chromium innerText copies (tools/redteam/rtz/innertext.py) lined up or re-separated the ways people tidy a pasted
table, beyond col's three `column -o` separators (tools/redteam/col/columns.py): util-linux 2.38.1 `column -t -s TAB`
with other output separators (`;` `,` ` ; ` TAB|TAB `||` full-width `｜`), with right-aligned figure columns (`-R`),
empty lines kept (`-L`), the long prose column not counted (`-E 1`), column 1 truncated at a width
(`-T 1 -c 100`; `-W 1 -c 100` is left out: 2.38.1 writes without end on these copies); a copy saved by Windows Notepad (BOM, CRLF) then lined up; and tabs replaced by a separator
with no padding (`sed 's/\t/ | /g'`, `tr '\t' ','`). Each is written as <variant>/<doc>.txt with the page's gold
beside it, for `./nianbao score <variant>`.
Usage: columns.py INNERTEXT_DIR OUTDIR   (INNERTEXT_DIR holds <doc>.txt and <doc>.txt.gold.csv)"""
import os, shutil, subprocess, sys

src, out = sys.argv[1:]
figures = '2,3,4,5,6,7,8,9,10,11,12,13,14,15'
column = {
    'o-semicolon': ['-t', '-s', '\t', '-o', ';'],
    'o-comma': ['-t', '-s', '\t', '-o', ','],
    'o-spaced-semicolon': ['-t', '-s', '\t', '-o', ' ; '],
    'o-tab-bar-tab': ['-t', '-s', '\t', '-o', '\t|\t'],
    'o-double-bar': ['-t', '-s', '\t', '-o', '||'],
    'o-fullwidth-bar': ['-t', '-s', '\t', '-o', '｜'],
    'o-spaced-fullwidth-bar': ['-t', '-s', '\t', '-o', ' ｜ '],
    'o-bar-right': ['-t', '-s', '\t', '-o', ' | ', '-R', figures],
    'o-space-right': ['-t', '-s', '\t', '-o', ' ', '-R', figures],
    'o-bar-keep-empty': ['-t', '-s', '\t', '-o', ' | ', '-L'],
    'o-bar-noextreme': ['-t', '-s', '\t', '-o', ' | ', '-E', '1'],
    'o-bar-truncate-100': ['-t', '-s', '\t', '-o', ' | ', '-T', '1', '-c', '100'],
    't-noextreme': ['-t', '-s', '\t', '-E', '1'],
    't-right': ['-t', '-s', '\t', '-R', figures],
}
def windows(text):
    return ('\ufeff' + text.replace('\n', '\r\n')).encode('utf-8')
for f in sorted(x for x in os.listdir(src) if x.endswith('.txt')):
    raw = open(os.path.join(src, f), encoding='utf-8').read()
    outputs = {}
    for name, args in column.items():
        outputs[name] = subprocess.run(['column'] + args, input=raw.encode('utf-8'), capture_output=True, check=True, timeout=30).stdout
    outputs['notepad-o-bar'] = subprocess.run(['column', '-t', '-s', '\t', '-o', ' | '], input=windows(raw),
                                              capture_output=True, check=True).stdout
    outputs['sed-bar'] = raw.replace('\t', ' | ').encode('utf-8')
    outputs['tr-comma'] = raw.replace('\t', ',').encode('utf-8')
    outputs['tr-fullwidth-bar'] = raw.replace('\t', '｜').encode('utf-8')
    for name, data in outputs.items():
        os.makedirs(os.path.join(out, name), exist_ok=True)
        open(os.path.join(out, name, f), 'wb').write(data)
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(out, name, f + '.gold.csv'))
