#!/usr/bin/env python3
"""The column test resources of GlibcWidth/PaddedFields (extractor/src/test/resources/text/column/): table 三 of a
Chromium innerText copy (innertext-requests.txt) with U+200B in every empty field between or after tabs (rtg's
`zwsp-empty`, a web editor's `<td>&#8203;</td>`) and with a soft hyphen after the fourth of each run of eight CJK
characters (rtg's `shy`), each lined up by util-linux 2.38.1 `column -t -s TAB` and `column -t -s TAB -o ' '`.
Usage: column-test-resources.py DIR   (DIR holds innertext-requests.txt)"""
import os, re, subprocess, sys

d = sys.argv[1]
t = open(os.path.join(d, 'innertext-requests.txt'), encoding='utf-8').read()
zw = re.sub(r'\t(?=\n)', '\t\u200b', re.sub(r'\t(?=\t)', '\t\u200b', t))
shy = re.sub(r'([\u4e00-\u9fff]{4})([\u4e00-\u9fff]{4})', lambda m: m.group(1) + '\u00ad' + m.group(2), t)
for name, text in (('zwsp-empty', zw), ('soft-hyphen', shy)):
    open(os.path.join(d, f'innertext-requests.{name}.txt'), 'w', encoding='utf-8').write(text)
    for suffix, extra in (('column-t', []), ('column-o-space', ['-o', ' '])):
        out = subprocess.run(['column', '-t', '-s', '\t'] + extra, input=text.encode('utf-8'), capture_output=True,
                             check=True).stdout
        open(os.path.join(d, f'innertext-requests.{name}.{suffix}.txt'), 'wb').write(out)
