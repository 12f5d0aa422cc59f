#!/usr/bin/env bash
# Renders generated reports through the real tools whose flattenings the decoder reads, with the
# gold files beside each output (values never change by rendering):
#
#   tools/real-corpus.sh COUNT SEED OUT
#
# OUT/pdftotext-layout/   pdftotext -layout of the generated PDF
# OUT/pdftotext/          pdftotext (default mode: columns emitted block by block)
# OUT/pdftohtml/          pdftohtml -s -i -noframes (HTML, read by the HTML reader)
# OUT/chromium-layout/    the generated HTML page printed to PDF by Chromium, then pdftotext -layout
# OUT/chromium-default/   the same PDF, then pdftotext (default mode)
# With KEEP_PDF=1 the Chromium PDFs are kept too, as OUT/chromium-pdf/STEM.pdf (to render and look at).
# COUNT documents per rendering, both formats, with blank cells (the generator's own mix).
# Needs ./nianbao built (mvn -B -q package -DskipTests), poppler-utils and chromium.
set -euo pipefail
[ $# -eq 3 ] || { sed -n 2,15p "$0"; exit 2; }
count=$1; seed=$2; out=$3
root=$(cd "$(dirname "$0")/.." && pwd)
src=$(mktemp -d); trap 'rm -rf "$src"' EXIT
"$root/nianbao" generate "$src" --count $((count * 2)) --seed "$seed" --formats pdf,html-utf8 >/dev/null
mkdir -p "$out"/{pdftotext-layout,pdftotext,pdftohtml,chromium-layout,chromium-default}
gold() { cp "$1.gold.csv" "$2.gold.csv"; cp "$1.gold-findings.csv" "$2.gold-findings.csv"; }
for pdf in "$src"/pdf/*.pdf; do
  stem=$(basename "$pdf" .pdf)
  pdftotext -layout "$pdf" "$out/pdftotext-layout/$stem.txt"; gold "$pdf" "$out/pdftotext-layout/$stem.txt"
  pdftotext "$pdf" "$out/pdftotext/$stem.txt"; gold "$pdf" "$out/pdftotext/$stem.txt"
  pdftohtml -q -s -i -noframes "$pdf" "$src/ph" >/dev/null 2>&1
  mv "$src/ph.html" "$out/pdftohtml/$stem.html"; gold "$pdf" "$out/pdftohtml/$stem.html"
done
for html in "$src"/html-utf8/*.html; do
  stem=$(basename "$html" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$src/chromium" \
    --print-to-pdf="$src/page.pdf" "file://$html" >/dev/null 2>&1
  pdftotext -layout "$src/page.pdf" "$out/chromium-layout/$stem.txt"; gold "$html" "$out/chromium-layout/$stem.txt"
  pdftotext "$src/page.pdf" "$out/chromium-default/$stem.txt"; gold "$html" "$out/chromium-default/$stem.txt"
  if [ "${KEEP_PDF:-0}" = 1 ]; then mkdir -p "$out/chromium-pdf"; cp "$src/page.pdf" "$out/chromium-pdf/$stem.pdf"; fi
done
echo "wrote $(ls "$out"/*/*.gold.csv | wc -l) documents with gold under $out"
