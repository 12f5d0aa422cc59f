#!/usr/bin/env bash
# pdftohtml of Chromium prints of generated reports whose tables are set to the page's width (as most
# CMS templates do), at several widths, so that table 三 runs over a page break and its continuation
# page carries no header (red-team case pdftohtml-wide-continuation-blanks-2021.html, branch fix13b):
#
#   tools/pdftohtml-wide-corpus.sh COUNT SEED OUT
#
# OUT/<width>/NNNN-YYYY.html with the generator's gold beside each, for each width:
#   w100           table{width:100%}, Letter portrait (Chromium's default paper)
#   w100-land      table{width:100%}, Letter landscape
#   w100-a5        table{width:100%}, A5 portrait (a narrow page: long tables over three pages)
# COUNT generated pages (both forms, the generator's mix of blank cells) per width.
# Needs ./nianbao built (mvn -B -q package -DskipTests), chromium and poppler-utils.
set -euo pipefail
[ $# -eq 3 ] || { sed -n 2,14p "$0"; exit 2; }
count=$1; seed=$2; out=$3
root=$(cd "$(dirname "$0")/.." && pwd)
src=$(mktemp -d); trap 'rm -rf "$src"' EXIT
"$root/nianbao" generate "$src" --count "$count" --seed "$seed" --formats html-utf8 >/dev/null
declare -A css=(
  [w100]='table{width:100% !important}'
  [w100-land]='table{width:100% !important} @page{size:letter landscape}'
  [w100-a5]='table{width:100% !important} @page{size:A5}'
)
for width in "${!css[@]}"; do
  mkdir -p "$out/$width"
  for html in "$src"/html-utf8/*.html; do
    stem=$(basename "$html" .html)
    sed "s#</head>#<style>${css[$width]}</style></head>#" "$html" > "$src/page.html"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$src/chromium" \
      --print-to-pdf="$src/page.pdf" "file://$src/page.html" >/dev/null 2>&1
    pdftohtml -q -s -i -noframes "$src/page.pdf" "$src/ph" >/dev/null 2>&1
    mv "$src/ph.html" "$out/$width/$stem.html"
    cp "$html.gold.csv" "$out/$width/$stem.html.gold.csv"
    cp "$html.gold-findings.csv" "$out/$width/$stem.html.gold-findings.csv"
  done
done
echo "wrote $(ls "$out"/*/*.gold.csv | wc -l) documents with gold under $out"
