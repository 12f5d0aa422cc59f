#!/usr/bin/env python3
"""Clean-ups of Chromium's innerText (tools/redteam/rtz/innertext.py) that trimmed browser copies go through, each
written as <cleanup>/<doc>.txt with the page's gold beside it, for `./nianbao score <cleanup>`.
Usage: cleanups.py INNERTEXT_DIR OUTDIR   (INNERTEXT_DIR holds <doc>.txt and <doc>.txt.gold.csv)"""
import os, shutil, subprocess, sys

src, out = sys.argv[1:]
def squeeze(ls):  # cat -s: runs of empty lines made one
    return [l for i, l in enumerate(ls) if l or i == 0 or ls[i - 1]]
variants = {
    'copied': lambda ls: ls,
    'rstrip': lambda ls: [l.rstrip() for l in ls],
    'strip': lambda ls: [l.strip() for l in ls],
    'lstrip': lambda ls: [l.lstrip() for l in ls],
    'expand8strip': lambda ls: [l.expandtabs(8).strip() for l in ls],
    'strip-cat-s': lambda ls: squeeze([l.strip() for l in ls]),
    'strip-noempty': lambda ls: [l for l in (x.strip() for x in ls) if l],
    'rstrip-noempty': lambda ls: [l for l in (x.rstrip() for x in ls) if l],
    'noempty': lambda ls: [l for l in ls if l],
}
for f in sorted(x for x in os.listdir(src) if x.endswith('.txt')):
    lines = open(os.path.join(src, f), encoding='utf-8').read().split('\n')
    gold = os.path.join(src, f + '.gold.csv')
    for name, fn in variants.items():
        os.makedirs(os.path.join(out, name), exist_ok=True)
        open(os.path.join(out, name, f), 'w', encoding='utf-8', newline='').write('\n'.join(fn(lines)))
        shutil.copy(gold, os.path.join(out, name, f + '.gold.csv'))
    # util-linux column -t -s TAB (pads each field to its column's display width, drops empty lines), and with ' | '
    for name, extra in (('column-t', []), ('column-t-bar', ['-o', ' | '])):
        os.makedirs(os.path.join(out, name), exist_ok=True)
        with open(os.path.join(out, name, f), 'w', encoding='utf-8') as o:
            subprocess.run(['column', '-t', '-s', '\t'] + extra, stdin=open(os.path.join(src, f), 'rb'), stdout=o)
        shutil.copy(gold, os.path.join(out, name, f + '.gold.csv'))
