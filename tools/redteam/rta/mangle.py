#!/usr/bin/env python3
"""Clean-ups of Chromium's innerText (rtz's innertext.py) aimed at rows whose labels are indented with full-width
spaces or &nbsp;: tabs written as 4 or 2 spaces, the text first NFKC-normalised (U+3000 and U+00A0 become spaces, as
many "clean text" scripts and editors' "convert to half-width" do), expand -t 4, each line stripped, and a sheet's
TSV save. Usage: mangle.py INNERTEXT_DIR OUTDIR (golds copied from INNERTEXT_DIR/<doc>.txt.gold.csv)"""
import os, shutil, sys, unicodedata

src, out = sys.argv[1:]
os.makedirs(out, exist_ok=True)
nfkc = lambda t: unicodedata.normalize('NFKC', t)
variants = {
    'asis': lambda t: t,
    'sed4': lambda t: t.replace('\t', '    '),
    'sed2': lambda t: t.replace('\t', '  '),
    'nfkc-sed4': lambda t: nfkc(t).replace('\t', '    '),
    'nfkc-sed2': lambda t: nfkc(t).replace('\t', '  '),
    'nfkc-expand4': lambda t: nfkc(t).expandtabs(4),
    'nfkc-strip': lambda t: '\n'.join(l.strip() for l in nfkc(t).split('\n')),
    'strip': lambda t: '\n'.join(l.strip() for l in t.split('\n')),
    'expand8-strip': lambda t: '\n'.join(l.expandtabs(8).strip() for l in t.split('\n')),
}
for f in sorted(os.listdir(src)):
    if not f.endswith('.txt'):
        continue
    text = open(os.path.join(src, f), encoding='utf-8').read()
    for name, fn in variants.items():
        open(os.path.join(out, f'{name}-{f}'), 'w', encoding='utf-8').write(fn(text))
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(out, f'{name}-{f}.gold.csv'))
