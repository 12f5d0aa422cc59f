#!/usr/bin/env python3
"""Chromium innerText copies (tools/redteam/rtz/innertext.py) lined up by util-linux `column` (2.38.1) the ways people
line up a pasted table: `-t -s TAB` with an output separator (`-o ' | '`, `-o '|'`, `-o ' '`), and `-t` on whitespace
fields. Each is written as <variant>/<doc>.txt with the page's gold beside it, for `./nianbao score <variant>`.
`column` drops empty lines and pads every line to the widest line's number of fields.
Usage: columns.py INNERTEXT_DIR OUTDIR   (INNERTEXT_DIR holds <doc>.txt and <doc>.txt.gold.csv)"""
import os, shutil, subprocess, sys

src, out = sys.argv[1:]
variants = {
    'column-t-s': ['-t', '-s', '\t'],
    'column-o-bar-spaced': ['-t', '-s', '\t', '-o', ' | '],
    'column-o-bar': ['-t', '-s', '\t', '-o', '|'],
    'column-o-space': ['-t', '-s', '\t', '-o', ' '],
    'column-t-whitespace': ['-t'],
}
for f in sorted(x for x in os.listdir(src) if x.endswith('.txt')):
    for name, args in variants.items():
        os.makedirs(os.path.join(out, name), exist_ok=True)
        with open(os.path.join(out, name, f), 'w', encoding='utf-8') as o:
            subprocess.run(['column'] + args, stdin=open(os.path.join(src, f), 'rb'), stdout=o, check=True)
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(out, name, f + '.gold.csv'))
