#!/usr/bin/env bash
# Mangled copies of Chromium's innerText (innertext.py) the ways editors and scripts do; golds copied from the pages.
# Usage: mangle.sh INNERTEXT_DIR GEN_HTML_DIR OUTDIR
set -u
in=$1; gen=$2; out=$3; mkdir -p "$out"
for f in "$in"/*.txt; do
  b=$(basename "$f" .txt); g="$gen/$b.html.gold.csv"
  v() { cp "$g" "$out/$1-$b.txt.gold.csv"; }
  sed 's/\t/  /g' "$f" > "$out/sed2-$b.txt"; v sed2
  sed 's/\t/    /g' "$f" > "$out/sed4-$b.txt"; v sed4
  sed 's/\t/  /g; s/^ *//; s/ *$//' "$f" > "$out/sed2strip-$b.txt"; v sed2strip
  expand -t 4 "$f" > "$out/expand4-$b.txt"; v expand4
  tr -s ' \t' < "$f" > "$out/trs-$b.txt"; v trs
  vim -es -u NONE -c 'set expandtab ts=4' -c '%retab' -c 'wq' <(cat "$f") >/dev/null 2>&1; cp "$f" /tmp/rtz-vim-$$.txt
  vim -es -u NONE -c 'set expandtab ts=4 sw=4' -c '%retab' -c 'wq' /tmp/rtz-vim-$$.txt >/dev/null 2>&1; mv /tmp/rtz-vim-$$.txt "$out/retab4-$b.txt"; v retab4
  column -t -s $'\t' -o '  ' "$f" > "$out/column2-$b.txt" 2>/dev/null; v column2
  python3 - "$f" "$out" "$b" <<'PY'
import csv, io, sys
f, out, b = sys.argv[1:]
lines = open(f, encoding='utf-8').read().split('\n')
rows = [l.split('\t') for l in lines]
def w(name, text):
    open(f'{out}/{name}-{b}.txt', 'w', encoding='utf-8').write(text)
# csvkit-style: comma separated, minimal quoting
s = io.StringIO(); csv.writer(s, lineterminator='\n').writerows(rows); w('csvmin', s.getvalue())
# every field quoted, ';' separated (a Calc save with ';' and "quote all text cells")
s = io.StringIO(); csv.writer(s, delimiter=';', quoting=csv.QUOTE_ALL, lineterminator='\n').writerows(rows); w('semiquoted', s.getvalue())
# a sheet saved tab-separated, rows padded to the widest, text quoted, figures unquoted
width = max(len(r) for r in rows)
def q(c):
    return c if c == '' or c.replace(',', '').replace('.', '', 1).isdigit() else '"' + c.replace('"', '""') + '"'
w('sheetpad', '\n'.join('\t'.join(q(c) for c in r + [''] * (width - len(r))) for r in rows) + '\n')
# a sheet that dropped empty trailing cells (Excel's TSV), text quoted
w('sheetnopad', '\n'.join('\t'.join(q(c) for c in r).rstrip('\t') for r in rows) + '\n')
# each line strip()ed then its tabs as two spaces (an editor's trim, then tabs to spaces)
w('strip-sed2', '\n'.join(l.strip().replace('\t', '  ') for l in lines))
# python str.split() joined by two spaces (a "clean whitespace" script)
w('split2', '\n'.join('  '.join(l.split()) for l in lines))
# padded sheet, then trailing whitespace trimmed by an editor on save
w('sheetpad-rstrip', '\n'.join('\t'.join(q(c) for c in r + [''] * (width - len(r))).rstrip() for r in rows) + '\n')
PY
  for n in csvmin semiquoted sheetpad sheetnopad strip-sed2 split2 sheetpad-rstrip; do v $n; done
done
