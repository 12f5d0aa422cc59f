#!/usr/bin/env bash
# Siblings of red team 17b's `-layout` / word-dump cases (fix18p): -layout text re-filled by par,
# re-expanded at tab widths 2/3/4 after unexpand at 8, and one word a line, each with its gold.
#
#   tools/refilled-layout-siblings.sh OUT
#
# Base PDFs: `generate --count 12 --formats html-utf8,pdf` at seeds 1717 and 1818 (6 generator PDFs each),
# and seed 1717's 6 HTML pages printed by Chromium at 100 % and 80 % (html{zoom:80%}), as generated and with
# every cell whose text is 0/０ emptied (gold: those cells blank): 36 PDFs. Then per PDF: `pdftotext -layout`
# (layout/), `par W` for W = 60, 72, 79, 100 (parW/), `unexpand -a | expand -t N` for N = 2, 3, 4 (expN/), and
# `pdftotext -bbox` words written one a line in poppler's order (words/). Score each folder: ./nianbao score OUT/parW
set -eu
out=$(mkdir -p "$1" && cd "$1" && pwd); here=$(cd "$(dirname "$0")/.." && pwd)
cd "$out"; mkdir -p base html layout par60 par72 par79 par100 exp2 exp3 exp4 words
for seed in 1717 1818; do
  [ -d gen$seed ] || "$here/nianbao" generate gen$seed --count 12 --seed $seed --formats html-utf8,pdf >/dev/null
  for p in gen$seed/pdf/*.pdf; do s=$(basename "$p" .pdf); cp "$p" base/g$seed-$s.pdf; cp "$p.gold.csv" base/g$seed-$s.gold.csv; done
done
for h in gen1717/html-utf8/*.html; do
  s=$(basename "$h" .html)
  for z in 100 80; do
    for e in keep empty; do
      o=html/c$z-$e-$s.html
      if [ $e = empty ]; then
        python3 - "$h" "$o" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
def cell(m):
    inner = re.sub(r'<[^>]+>', '', m.group(2)).strip()
    return m.group(1) + ('' if inner in ('0', '０') else m.group(2)) + '</td>'
open(sys.argv[2], 'w', encoding='utf-8').write(re.sub(r'(<td[^>]*>)(.*?)</td>', cell, s, flags=re.S))
PY
        python3 - "$h.gold.csv" base/c$z-$e-$s.gold.csv <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
w = csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline=''))
v = rows[0].index('value')
w.writerow(rows[0])
for r in rows[1:]:
    if r[v].strip() == '0':
        r[v] = ''
    w.writerow(r)
PY
      else cp "$h" "$o"; cp "$h.gold.csv" base/c$z-$e-$s.gold.csv; fi
      [ $z = 80 ] && sed -i 's#</head>#<style>html{zoom:80%}</style></head>#' "$o"
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=base/c$z-$e-$s.pdf "$o" >/dev/null 2>&1
    done
  done
done
for p in base/*.pdf; do
  s=$(basename "$p" .pdf); g=base/$s.gold.csv
  pdftotext -layout "$p" layout/$s.txt; cp $g layout/$s.txt.gold.csv
  for w in 60 72 79 100; do par $w < layout/$s.txt > par$w/$s.txt 2>/dev/null || true; cp $g par$w/$s.txt.gold.csv; done
  for t in 2 3 4; do unexpand -a < layout/$s.txt | expand -t $t > exp$t/$s.txt; cp $g exp$t/$s.txt.gold.csv; done
  pdftotext -bbox "$p" - | python3 -c '
import html, re, sys
for m in re.finditer(r"<word[^>]*>(.*?)</word>", sys.stdin.read()):
    print(html.unescape(m.group(1)))' > words/$s.txt
  cp $g words/$s.txt.gold.csv
done
