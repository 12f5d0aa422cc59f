#!/usr/bin/env bash
# Texts of pages by the real tools, gold copied beside each: w3m, lynx, Debian html2text, and pdftotext -layout of
# Chromium's print. Usage: render.sh GOLD_FOR_PAGE_CMD OUTDIR PAGE.html...  (GOLD_FOR_PAGE_CMD prints a page's gold path)
set -u
goldof=$1; out=$2; shift 2; mkdir -p "$out"
for f in "$@"; do
  b=$(basename "$f" .html); g=$($goldof "$f")
  w3m -dump -cols 200 -T text/html -I UTF-8 -O UTF-8 "$f" > "$out/w3m-$b.txt"
  lynx -dump -nolist -width=200 -display_charset=utf-8 "$f" > "$out/lynx-$b.txt"
  html2text -utf8 -width 200 "$f" > "$out/html2text-$b.txt" 2>/dev/null
  d=$(mktemp -d)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$d/u" --no-pdf-header-footer \
    --print-to-pdf="$d/p.pdf" "file://$(realpath "$f")" >/dev/null 2>&1 && pdftotext -layout "$d/p.pdf" "$out/pdftotext-layout-$b.txt"
  rm -rf "$d"
  for t in w3m lynx html2text pdftotext-layout; do [ -f "$out/$t-$b.txt" ] && cp "$g" "$out/$t-$b.txt.gold.csv"; done
done
