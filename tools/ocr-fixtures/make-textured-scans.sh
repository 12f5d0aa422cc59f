#!/usr/bin/env bash
# Textured scans (session of 3 Dec 15:37, ocr6; issue 13): textures other than a halftone's dots, to
# measure what the engine is given (pixels, time, memory) on them. Seed 3131's 0001-2021 printed by
# Chromium with its tables ruled, its pages rendered by pdftoppm at 200 dpi grey, then:
#   1. textured-grain-tint-200: recycled paper's grain (Gaussian noise on 92 % grey, blurred 0.8 px)
#      over the page, and an offset printer's screen tint (a 25 % grey, dithered h6x6a: 45°
#      dots) behind the lower half of every page, where tables stand; JPEG q60
#   2. textured-photo-200: the page printed over a coloured photo (ImageMagick's plasma, blurred, half
#      saturated, lightened to 55-100 %), light falling off to one side; JPEG q70, colour
# The gold beside each is the generator's (every value known).
# Usage: make-textured-scans.sh OUTDIR (repository root, dist packaged; chromium, poppler-utils,
# imagemagick, img2pdf).
set -euo pipefail
out=${1:?usage: make-textured-scans.sh OUTDIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
./nianbao generate "$work/html" --count 2 --seed 3131 --formats html-utf8 >/dev/null
d=0001-2021
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$work/$d.pdf" "$work/html/html-utf8/$d.html" 2>/dev/null
n=$(pdfinfo "$work/$d.pdf" | awk '/^Pages:/{print $2}')
gold() {
  cp "$work/html/html-utf8/$d.html.gold.csv" "$out/$1.gold.csv"
  cp "$work/html/html-utf8/$d.html.gold-findings.csv" "$out/$1.gold-findings.csv"
}
grain=(); photo=()
for p in $(seq 1 "$n"); do
  pdftoppm -r 200 -f "$p" -l "$p" -singlefile -gray -png "$work/$d.pdf" "$work/p-$p"
  size=$(identify -format '%wx%h' "$work/p-$p.png")
  w=${size%x*}; h=${size#*x}
  # the grain: noise on mid grey, blurred into fibres, centred on white
  convert -size "$size" xc:gray92 -seed "$p" -attenuate 0.6 +noise Gaussian -blur 0x0.8 "$work/grain-$p.png"
  # the tint: 25 % grey screened at 45°, over the lower half
  convert -size "${w}x$((h / 2))" xc:gray75 -ordered-dither h6x6a -level 0%,100% +level 55%,100% \
    "$work/tint-$p.png"
  convert "$work/p-$p.png" \( "$work/tint-$p.png" -background white -gravity south -extent "$size" \) \
    -compose multiply -composite "$work/grain-$p.png" -compose multiply -composite \
    -quality 60 -density 200 -units PixelsPerInch "$work/g-$p.jpg"
  convert -size "$size" -seed "$p" plasma:wheat-tan -blur 0x6 -modulate 100,50 +level 55%,100% "$work/bg-$p.png"
  convert "$work/p-$p.png" -colorspace sRGB "$work/bg-$p.png" -compose multiply -composite \
    \( -size "$size" gradient:white-gray70 -rotate 90 -resize "$size!" \) -compose multiply -composite \
    -quality 70 -density 200 -units PixelsPerInch "$work/c-$p.jpg"
  grain+=("$work/g-$p.jpg"); photo+=("$work/c-$p.jpg")
done
img2pdf -o "$out/$d.chromium.textured-grain-tint-200.pdf" "${grain[@]}"
gold "$d.chromium.textured-grain-tint-200.pdf"
img2pdf -o "$out/$d.chromium.textured-photo-200.pdf" "${photo[@]}"
gold "$d.chromium.textured-photo-200.pdf"
ls -l "$out"
