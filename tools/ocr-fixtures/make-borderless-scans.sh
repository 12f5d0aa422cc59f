#!/usr/bin/env bash
# Borderless tables scanned (session of 3 Dec 12:33, ocr5; issue 13): a lone 0 the engine reads as the letter o
# off the ruled cells is a 0 only where its ink is a ring. Seed 3131's 0001-2021 prints 140 of its 200 cells
# as 0. Its HTML page with the tables' border attribute taken out (a Word or web report whose tables have no
# rules) is printed by Chromium (--print-to-pdf), pdftoppm renders its pages at 150 dpi grey, ImageMagick
# degrades them, img2pdf wraps them:
#   1. borderless-150-q50:      turned 0.7°, blurred 0.4, JPEG q50 (a grey office scan)
#   2. borderless-halftone-150: grey paper (-level), turned -0.8°, ordered dither o3x3 (a scanner's halftone
#                               mode), PDF of bi-level PNGs
# The gold beside each is the generator's (every value known), checked by eye against the page images.
# Usage: make-borderless-scans.sh OUTDIR (from the repository root after the dist is packaged; needs
# chromium, poppler-utils, imagemagick, img2pdf).
set -euo pipefail
out=${1:?usage: make-borderless-scans.sh OUTDIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
./nianbao generate "$work/html" --count 2 --seed 3131 --formats html-utf8 >/dev/null
d=0001-2021
sed 's/ border="1"//g' "$work/html/html-utf8/$d.html" > "$work/$d.borderless.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$work/$d.pdf" "$work/$d.borderless.html" 2>/dev/null
n=$(pdfinfo "$work/$d.pdf" | awk '/^Pages:/{print $2}')
gold() {
  cp "$work/html/html-utf8/$d.html.gold.csv" "$out/$1.gold.csv"
  cp "$work/html/html-utf8/$d.html.gold-findings.csv" "$out/$1.gold-findings.csv"
}
grey=(); dots=()
for p in $(seq 1 "$n"); do
  pdftoppm -r 150 -f "$p" -l "$p" -singlefile -gray -png "$work/$d.pdf" "$work/p-$p"
  convert "$work/p-$p.png" -background white -rotate 0.7 +repage -blur 0x0.4 \
    -quality 50 -density 150 -units PixelsPerInch "$work/g-$p.jpg"
  convert "$work/p-$p.png" -background white -rotate -0.8 +repage -level 0%,100% +level 0%,90% \
    -ordered-dither o3x3 -type bilevel -density 150 -units PixelsPerInch "$work/h-$p.png"
  grey+=("$work/g-$p.jpg"); dots+=("$work/h-$p.png")
done
img2pdf -o "$out/$d.chromium.borderless-150-q50.pdf" "${grey[@]}"
gold "$d.chromium.borderless-150-q50.pdf"
img2pdf -o "$out/$d.chromium.borderless-halftone-150.pdf" "${dots[@]}"
gold "$d.chromium.borderless-halftone-150.pdf"
ls -l "$out"
