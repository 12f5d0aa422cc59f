#!/usr/bin/env python3
"""pcells2.py's innerText copies as copied and through the clean-ups opn2's probes used: each line right-trimmed
(`rstrip`), stripped both sides (`strip`), and lined up by util-linux `column -t -s TAB -o ' '` / `-o ' | '`.
Usage: cleanups.py INNERTEXT_DIR OUTDIR -> OUTDIR/<variant>/<variant>-<doc>.txt + .gold.csv"""
import os, shutil, subprocess, sys

src, out = sys.argv[1:]
col = lambda sep: lambda t: subprocess.run(['column', '-t', '-s', '\t', '-o', sep], input=t.encode('utf-8'),
                                           capture_output=True, check=True, timeout=30).stdout.decode('utf-8')
variants = {
    'asis': lambda t: t,
    'rstrip': lambda t: '\n'.join(l.rstrip() for l in t.split('\n')),
    'strip': lambda t: '\n'.join(l.strip() for l in t.split('\n')),
    'column-space': col(' '),
    'column-bar': col(' | '),
}
for f in sorted(x for x in os.listdir(src) if x.endswith('.txt')):
    raw = open(os.path.join(src, f), encoding='utf-8', newline='').read()
    for name, fn in variants.items():
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, f'{name}-{f}'), 'w', encoding='utf-8', newline='').write(fn(raw))
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(d, f'{name}-{f}.gold.csv'))
