#!/usr/bin/env python3
"""Second batch of clean-ups of Chromium's innerText: lines trimmed at both edges (CountedRowPieces' copies), with
tabs expanded first, leading-only trims, and a sheet whose header rows were merged into one cell each.
Usage: mangle2.py INNERTEXT_DIR GEN_HTML_DIR OUTDIR"""
import os, re, shutil, sys

src, gen, out = sys.argv[1:]
os.makedirs(out, exist_ok=True)
def header(l):
    # table 三/四's header lines: the ones naming the requesters or the appeal results, no figure
    return not re.search(r'\d', l) and re.search(r'自然人|商业企业|科研机构|社会公益|法律服务|维持|纠正|尚未审结|总计', l)
variants = {
    'strip': lambda ls: [l.strip() for l in ls],
    'expand8strip': lambda ls: [l.expandtabs(8).strip() for l in ls],
    'expand4strip': lambda ls: [l.expandtabs(4).strip() for l in ls],
    'lstrip': lambda ls: [l.lstrip() for l in ls],
    'strip-squeeze': lambda ls: [l for i, l in enumerate(x.strip() for x in ls) if l or i == 0 or ls[i - 1].strip()],
    'header-merged': lambda ls: [l.replace('\t', ' ') if header(l) else l for l in ls],
    'crlf-strip': lambda ls: [l.strip() + '\r' for l in ls],
}
for f in sorted(os.listdir(src)):
    b = f[:-4]
    lines = open(os.path.join(src, f), encoding='utf-8').read().split('\n')
    for name, fn in variants.items():
        open(os.path.join(out, f'{name}-{b}.txt'), 'w', encoding='utf-8', newline='').write('\n'.join(fn(lines)))
        shutil.copy(os.path.join(gen, b + '.html.gold.csv'), os.path.join(out, f'{name}-{b}.txt.gold.csv'))
