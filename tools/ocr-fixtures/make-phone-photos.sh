#!/usr/bin/env bash
# Phone photos and halftoned scans of printed pages (session of 3 Dec 06:09, ocr3; issue 13): what is
# left open after the county scans — a page photographed at an angle under a desk lamp, and a scanner
# set to "halftone" whose dither turns the grey of a page's paper and of its blank cells into dots.
# Two generated reports (seed 3131: 0001-2021 whose cells all hold figures, 0008-2019 whose zeros are
# mostly printed as blank cells) are printed by Chromium (--print-to-pdf) and LibreOffice
# (--convert-to pdf), pdftoppm renders their pages, ImageMagick degrades them, img2pdf wraps them:
#   1. photo-angle:   Chromium's 2021 print at 200 dpi grey, photographed from below and to the left
#                     (-distort Perspective: top edge 9 % narrower, left edge shorter), turned 1.2°, a lamp's
#                     light falling off from the top right (radial gradient, -level to a grey paper),
#                     blurred 0.7, noise, JPEG q40
#   2. photo-dim:     LibreOffice's 2021 print, the same photo darker (paper about 60 % grey at the far corner)
#                     and smaller (150 dpi), keystone the other way, JPEG q35
#   3. halftone:      Chromium's 2019 print with blank cells at 200 dpi on grey paper (-level), turned 0.6°,
#                     ordered dither (o4x4: the scanner's halftone mode), PDF of bi-level PNGs
#   4. halftone-lo:   LibreOffice's 2019 print with blank cells at 150 dpi, the same halftone (o3x3) and a
#                     gradient so the dots thicken towards one side
# The gold beside each is the generator's (every value known), checked by eye against the page images.
# Usage: make-phone-photos.sh OUTDIR (from the repository root after the dist is packaged; needs
# chromium, libreoffice, poppler-utils, imagemagick, img2pdf).
set -euo pipefail
out=${1:?usage: make-phone-photos.sh OUTDIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
./nianbao generate "$work/html" --count 9 --seed 3131 --formats html-utf8 >/dev/null
./nianbao generate "$work/docx" --count 9 --seed 3131 --formats docx >/dev/null
for d in 0001-2021 0008-2019; do
  cmp "$work/html/html-utf8/$d.html.gold.csv" "$work/docx/docx/$d.docx.gold.csv"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/$d.chromium.pdf" "$work/html/html-utf8/$d.html" 2>/dev/null
  libreoffice --headless --convert-to pdf --outdir "$work/lo" "$work/docx/docx/$d.docx" >/dev/null 2>&1
  mv "$work/lo/$d.pdf" "$work/$d.lo.pdf"
done
gold() {
  cp "$work/html/html-utf8/$1.html.gold.csv" "$out/$2.gold.csv"
  cp "$work/html/html-utf8/$1.html.gold-findings.csv" "$out/$2.gold-findings.csv"
}
pages() { pdfinfo "$work/$1.pdf" | awk '/^Pages:/{print $2}'; }
render() { pdftoppm -r "$2" -f "$3" -l "$3" -singlefile -gray -png "$work/$1.pdf" "$work/$1-$2-$3"; }

# 1. photo-angle
n=$(pages 0001-2021.chromium); list=()
for p in $(seq 1 "$n"); do
  render 0001-2021.chromium 200 $p
  convert "$work/0001-2021.chromium-200-$p.png" -virtual-pixel white -background white \
    -distort Perspective '0,0 90,70  1700,0 1610,20  0,2200 20,2120  1700,2200 1690,2195' -rotate 1.2 +repage \
    \( +clone -fill white -colorize 100 -sparse-color Shepards '%[fx:w*0.9],%[fx:h*0.05] rgb(255,255,255) %[fx:w*0.1],%[fx:h*0.95] rgb(150,150,150)' \) \
    -compose Multiply -composite -level 0%,100%,0.9 -blur 0x0.7 -attenuate 0.6 +noise Gaussian \
    -quality 40 -density 200 -units PixelsPerInch "$work/a1-$p.jpg"
  list+=("$work/a1-$p.jpg")
done
img2pdf -o "$out/0001-2021.chromium.photo-angle-q40.pdf" "${list[@]}"
gold 0001-2021 0001-2021.chromium.photo-angle-q40.pdf

# 2. photo-dim
n=$(pages 0001-2021.lo); list=()
for p in $(seq 1 "$n"); do
  render 0001-2021.lo 150 $p
  convert "$work/0001-2021.lo-150-$p.png" -virtual-pixel white -background white \
    -distort Perspective '0,0 10,5  1275,0 1265,0  0,1650 45,1620  1275,1650 1230,1640' -rotate -0.9 +repage \
    \( +clone -fill white -colorize 100 -sparse-color Barycentric '0,0 rgb(235,235,235) %[w],%[h] rgb(150,150,150)' \) \
    -compose Multiply -composite -blur 0x0.5 -attenuate 0.5 +noise Gaussian \
    -quality 35 -density 150 -units PixelsPerInch "$work/a2-$p.jpg"
  list+=("$work/a2-$p.jpg")
done
img2pdf -o "$out/0001-2021.lo.photo-dim-150-q35.pdf" "${list[@]}"
gold 0001-2021 0001-2021.lo.photo-dim-150-q35.pdf

# 3. halftone
n=$(pages 0008-2019.chromium); list=()
for p in $(seq 1 "$n"); do
  render 0008-2019.chromium 200 $p
  convert "$work/0008-2019.chromium-200-$p.png" -background white -rotate 0.6 +repage \
    -level 0%,100% +level 0%,88% -ordered-dither o4x4 -type bilevel \
    -density 200 -units PixelsPerInch "$work/a3-$p.png"
  list+=("$work/a3-$p.png")
done
img2pdf -o "$out/0008-2019.chromium.halftone-200.pdf" "${list[@]}"
gold 0008-2019 0008-2019.chromium.halftone-200.pdf

# 4. halftone-lo
n=$(pages 0008-2019.lo); list=()
for p in $(seq 1 "$n"); do
  render 0008-2019.lo 150 $p
  convert "$work/0008-2019.lo-150-$p.png" -background white -rotate -1 +repage \
    \( +clone -fill white -colorize 100 -sparse-color Barycentric '0,0 rgb(240,240,240) %[w],0 rgb(200,200,200)' \) \
    -compose Multiply -composite -ordered-dither o3x3 -type bilevel \
    -density 150 -units PixelsPerInch "$work/a4-$p.png"
  list+=("$work/a4-$p.png")
done
img2pdf -o "$out/0008-2019.lo.halftone-150.pdf" "${list[@]}"
gold 0008-2019 0008-2019.lo.halftone-150.pdf
ls -l "$out"
