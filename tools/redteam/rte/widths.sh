#!/usr/bin/env bash
# rtc's unit pages (tools/redteam/rtc/units.py) through the text browsers at the widths rtc did not try: Debian html2text
# -width 60/100/120/150, w3m -cols 60/100/132, lynx -width 60/100/132; each page's gold beside each text.
# Usage: widths.sh OUTDIR PAGE.html...   -> OUTDIR/<tool><width>/<tool><width>-<page>.txt
set -u
out=$1; shift
for f in "$@"; do
  b=$(basename "$f" .html)
  for w in 60 100 120 150; do
    mkdir -p "$out/h2t$w"; html2text -utf8 -width $w "$f" > "$out/h2t$w/h2t$w-$b.txt"; cp "$f.gold.csv" "$out/h2t$w/h2t$w-$b.txt.gold.csv"
  done
  for w in 60 100 132; do
    mkdir -p "$out/w3m$w" "$out/lynx$w"
    w3m -dump -cols $w -T text/html -I UTF-8 -O UTF-8 "$f" > "$out/w3m$w/w3m$w-$b.txt"; cp "$f.gold.csv" "$out/w3m$w/w3m$w-$b.txt.gold.csv"
    lynx -dump -width $w -display_charset=utf-8 -assume_charset=utf-8 "$f" > "$out/lynx$w/lynx$w-$b.txt"; cp "$f.gold.csv" "$out/lynx$w/lynx$w-$b.txt.gold.csv"
  done
done
