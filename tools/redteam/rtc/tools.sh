#!/usr/bin/env bash
# Each page through Debian html2text (-utf8, widths 80 and 200), w3m (-cols 80) and lynx (-width 80), the page's gold
# beside each text.   Usage: tools.sh OUTDIR PAGE.html...   -> OUTDIR/{h2t80,h2t200,w3m,lynx}/<tool>-<page>.txt
set -u
out=$1; shift
mkdir -p "$out/h2t80" "$out/h2t200" "$out/w3m" "$out/lynx"
for f in "$@"; do
  b=$(basename "$f" .html)
  html2text -utf8 -width 80 "$f" > "$out/h2t80/html2text-$b.txt"
  html2text -utf8 -width 200 "$f" > "$out/h2t200/html2text-w200-$b.txt"
  w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8 "$f" > "$out/w3m/w3m-$b.txt"
  lynx -dump -width 80 -display_charset=utf-8 -assume_charset=utf-8 "$f" > "$out/lynx/lynx-$b.txt"
  cp "$f.gold.csv" "$out/h2t80/html2text-$b.txt.gold.csv"; cp "$f.gold.csv" "$out/h2t200/html2text-w200-$b.txt.gold.csv"
  cp "$f.gold.csv" "$out/w3m/w3m-$b.txt.gold.csv"; cp "$f.gold.csv" "$out/lynx/lynx-$b.txt.gold.csv"
done
