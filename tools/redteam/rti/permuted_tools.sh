#!/usr/bin/env bash
# Red team rti: tables 三 AND 四 of generated html-utf8 pages printed with their columns permuted together with their
# headers (tok's permute.py for 三, rta's permute4.py for 四: a county's own template), then read by the text tools
# that scrape such pages (w3m, lynx, links, Debian html2text, Python html2text, pandoc plain, each at 80 and 150
# columns where the tool takes a width) and printed by Chromium then pdftotext (default, -layout, -raw); every text
# also copied indented by four spaces (a quote in a mail or a wiki). The gold is the page's (cells named by column id).
# Usage: permuted_tools.sh OUTDIR SEED PAGE.html...
set -u
out=$1; seed=$2; shift 2
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out/html" "$out/txt"
n=0
gold() { cp "$1" "$2.gold.csv"; }
for f in "$@"; do
  b=$(basename "$f" .html)
  for top in ONT TON NTO; do
    n=$((n + 1))
    read orgs four groups < <(python3 -c "
import random; r=random.Random($seed*1000+$n); p=list('12345'); r.shuffle(p); q=list('12345'); r.shuffle(q)
print(''.join(p), ''.join(q), r.choice(['RNA','RAN','NAR','ANR']))")
    name="$b-$top-$orgs-$groups-$four"
    python3 "$here/tok/permute.py" "$f" "$out/html/tmp.html" "$top" "$orgs" || continue
    python3 "$here/rta/permute4.py" "$out/html/tmp.html" "$out/html/$name.html" "$groups" "$four" || continue
    rm -f "$out/html/tmp.html"
    h="$out/html/$name.html"; gold "$f.gold.csv" "$h"
    t="$out/txt/$name"
    for w in 80 150; do
      w3m -dump -cols $w -T text/html -I UTF-8 -O UTF-8 "$h" > "$t.w3m$w.txt"
      lynx -dump -nolist -width=$w -assume_charset=utf-8 -display_charset=utf-8 "$h" > "$t.lynx$w.txt"
      links -dump -width $w -codepage utf-8 "$h" > "$t.links$w.txt" 2>/dev/null
    done
    html2text -utf8 "$h" > "$t.h2t.txt" 2>/dev/null
    html2markdown "$h" > "$t.h2md.txt" 2>/dev/null || python3 -m html2text "$h" > "$t.h2md.txt"
    pandoc -f html -t plain "$h" -o "$t.pandoc.txt"
    d=$(mktemp -d)
    if timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$d/u" --no-pdf-header-footer \
        --print-to-pdf="$d/p.pdf" "file://$(realpath "$h")" >/dev/null 2>&1; then
      cp "$d/p.pdf" "$out/html/$name.pdf"; gold "$f.gold.csv" "$out/html/$name.pdf"
      pdftotext "$d/p.pdf" "$t.pdftotext.txt"
      pdftotext -layout "$d/p.pdf" "$t.layout.txt"
      pdftotext -raw "$d/p.pdf" "$t.raw.txt"
    fi
    rm -rf "$d"
    for x in "$t".*.txt; do
      case "$x" in *.indent.txt) continue;; esac
      [ -s "$x" ] || { rm -f "$x"; continue; }
      gold "$f.gold.csv" "$x"
      sed 's/^/    /' "$x" > "${x%.txt}.indent.txt"; gold "$f.gold.csv" "${x%.txt}.indent.txt"
    done
  done
done
