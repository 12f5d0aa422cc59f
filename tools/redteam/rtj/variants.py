#!/usr/bin/env python3
"""Red team rtj (3 Dec 15:37): Chromium innerText copies (tools/redteam/rtz/innertext.py; col's seed-8181 copies) changed
the ways people tidy a pasted table, aimed at the session's text-side rules (BarsForTabs, NumberedLines,
OverflowedFirstFields, GlibcWidth/PaddedFields): bars with no padding then trimmed, bare `|`, a Markdown delimiter row
added under the first table row, `column -t -s '|'` of a bar copy, `column -o ' | '` with -L and -E 1 together, `column
-o ' ' -E 1`, full-width digits (an input method's), U+200B / U+FEFF / soft hyphen inside figures, `expand`, `pr -t -e`.
Each is written as <variant>/<doc>.txt with the page's gold beside it (the figures a person reads on the page: the
characters added have no width or are the same digits), for `./nianbao score <variant>`.
Usage: variants.py INNERTEXT_DIR OUTDIR [MAX_DOCS]"""
import os, re, shutil, subprocess, sys

src, out = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
FW = str.maketrans('0123456789', '０１２３４５６７８９')
FIG = re.compile(r'(?<![\d.])(\d{2,})(?![\d.])')

def col(text, *args):
    return subprocess.run(['column', *args], input=text.encode(), capture_output=True, check=True, timeout=30).stdout.decode()

def tabbed_lines(text, fn):
    """fn applied to lines holding a tab (the tables' rows), others left alone."""
    return '\n'.join(fn(l) if '\t' in l else l for l in text.split('\n'))

def inside(ch):
    """ch put after a figure's first digit (a CMS's break opportunity, a copy-protection filler)."""
    return lambda l: FIG.sub(lambda m: m.group(1)[0] + ch + m.group(1)[1:], l)

def md_delim(text):
    """A user turning the copy into Markdown adds a delimiter row under the first bar line only (the first table)."""
    lines = text.split('\n'); done = False; res = []
    for l in lines:
        res.append(l)
        if not done and ' | ' in l:
            res.append(' | '.join(['---'] * (l.count(' | ') + 1))); done = True
    return '\n'.join(res)

variants = {
    'sed-bar-trim-both': lambda t: '\n'.join(l.strip() for l in t.replace('\t', ' | ').split('\n')),
    'sed-bar-bare': lambda t: t.replace('\t', '|'),
    'sed-bar-markdown-delimiter': lambda t: md_delim(t.replace('\t', ' | ')),
    'sed-bar-column-t-s-bar': lambda t: col(t.replace('\t', '|'), '-t', '-s', '|'),
    'sed-bar-column-t-s-bar-o-bar': lambda t: col(t.replace('\t', '|'), '-t', '-s', '|', '-o', ' | '),
    'column-o-bar-L-E1': lambda t: col(t, '-t', '-s', '\t', '-o', ' | ', '-L', '-E', '1'),
    'column-o-space-E1': lambda t: col(t, '-t', '-s', '\t', '-o', ' ', '-E', '1'),
    'column-o-fwbar-E1': lambda t: col(t, '-t', '-s', '\t', '-o', '｜', '-E', '1'),
    'column-o-space-L': lambda t: col(t, '-t', '-s', '\t', '-o', ' ', '-L'),
    'fullwidth-digits-column-t': lambda t: col(tabbed_lines(t, lambda l: l.translate(FW)), '-t', '-s', '\t'),
    'fullwidth-digits-column-o-bar': lambda t: col(tabbed_lines(t, lambda l: l.translate(FW)), '-t', '-s', '\t', '-o', ' | '),
    'zwsp-in-figures-column-t': lambda t: col(tabbed_lines(t, inside('\u200b')), '-t', '-s', '\t'),
    'zwsp-in-figures-column-o-space': lambda t: col(tabbed_lines(t, inside('\u200b')), '-t', '-s', '\t', '-o', ' '),
    'bom-in-figures-column-o-space': lambda t: col(tabbed_lines(t, inside('\ufeff')), '-t', '-s', '\t', '-o', ' '),
    'shy-in-figures-column-t': lambda t: col(tabbed_lines(t, inside('\u00ad')), '-t', '-s', '\t'),
    'zwsp-in-figures-expand': lambda t: subprocess.run(['expand'], input=tabbed_lines(t, inside('\u200b')).encode(), capture_output=True).stdout.decode(),
    'fullwidth-digits-expand': lambda t: subprocess.run(['expand'], input=tabbed_lines(t, lambda l: l.translate(FW)).encode(), capture_output=True).stdout.decode(),
    'pr-t-e4': lambda t: subprocess.run(['pr', '-t', '-e4'], input=t.encode(), capture_output=True).stdout.decode(),
}
docs = sorted(x for x in os.listdir(src) if x.endswith('.txt'))[:limit]
for f in docs:
    raw = open(os.path.join(src, f), encoding='utf-8').read()
    for name, fn in variants.items():
        os.makedirs(os.path.join(out, name), exist_ok=True)
        open(os.path.join(out, name, f), 'w', encoding='utf-8').write(fn(raw))
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(out, name, f + '.gold.csv'))
