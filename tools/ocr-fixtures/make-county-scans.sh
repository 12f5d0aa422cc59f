#!/usr/bin/env bash
# Scans closer to what counties publish (session of 2 Dec 10:29, ocr): four generated reports, two of
# each form (seed 3131: 0005-2019, 0001-2021, and 0008-2019, 0004-2021 whose zeros are mostly printed
# as blank cells), printed as offices print them — the HTML page by
# Chromium (--print-to-pdf), the Word document by LibreOffice (--convert-to pdf), blank cells and
# all — then scanned: pdftoppm renders the pages that hold tables at 150/200/300 dpi, ImageMagick
# turns, keystones, darkens, stamps and compresses them, img2pdf wraps them as an image-only PDF.
# The gold beside each scan is the generator's (every value known), checked by eye against the
# page images. Usage: make-county-scans.sh OUTDIR (run from the repository root after
# `mvn -q -B package -DskipTests`; needs chromium, libreoffice, poppler-utils, imagemagick, img2pdf
# and the WenQuanYi Zen Hei font).
set -euo pipefail
out=${1:?usage: make-county-scans.sh OUTDIR}
font=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
./nianbao generate "$work/html" --count 9 --seed 3131 --formats html-utf8 >/dev/null
./nianbao generate "$work/docx" --count 9 --seed 3131 --formats docx >/dev/null
for d in 0005-2019 0001-2021 0008-2019 0004-2021; do
  cmp "$work/html/html-utf8/$d.html.gold.csv" "$work/docx/docx/$d.docx.gold.csv"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/$d.chromium.pdf" "$work/html/html-utf8/$d.html" 2>/dev/null
  libreoffice --headless --convert-to pdf --outdir "$work/lo" "$work/docx/docx/$d.docx" >/dev/null 2>&1
  mv "$work/lo/$d.pdf" "$work/$d.lo.pdf"
done
# the generator's gold and the findings it expects (a report's own sums that do not hold)
gold() {
  cp "$work/html/html-utf8/$1.html.gold.csv" "$out/$2.gold.csv"
  cp "$work/html/html-utf8/$1.html.gold-findings.csv" "$out/$2.gold-findings.csv"
}
# page P of PRINT at DPI as $work/<print>-<dpi>-<P>.png (grey unless colour is asked for)
render() { pdftoppm -r "$2" -f "$3" -l "$3" -singlefile ${4:-} -png "$work/$1.pdf" "$work/$1-$2-$3"; }

# 1. Chromium's print of the 2019 report, its four pages with tables (table 四's values on page 4) at
#    300 dpi grey, turned 1.5°, JPEG q50
for p in 1 2 3 4; do
  render 0005-2019.chromium 300 $p -gray
  convert "$work/0005-2019.chromium-300-$p.png" -background white -rotate 1.5 +repage -quality 50 \
    -density 300 -units PixelsPerInch "$work/k1-$p.jpg"
done
img2pdf -o "$out/0005-2019.chromium.scan-300-q50.pdf" "$work"/k1-{1,2,3,4}.jpg
gold 0005-2019 0005-2019.chromium.scan-300-q50.pdf

# 2. LibreOffice's print of the 2021 report at 150 dpi, turned −2.5°, bi-level (-monochrome), Group 4 TIFF
for p in 1 2 3 4; do
  render 0001-2021.lo 150 $p -gray
  convert "$work/0001-2021.lo-150-$p.png" -background white -rotate -2.5 +repage -monochrome \
    -density 150 -units PixelsPerInch "$work/k2-$p.png"
done
convert "$work"/k2-{1,2,3,4}.png -compress Group4 -density 150 -units PixelsPerInch "$out/0001-2021.lo.scan-150-mono.tif"
gold 0001-2021 0001-2021.lo.scan-150-mono.tif

# 3. a phone photo of Chromium's 2021 print: keystone (the top narrower), turned 0.8°, light falling
#    off to one corner, JPEG q45 (200 dpi grey)
for p in 1 2 3; do
  render 0001-2021.chromium 200 $p -gray
  convert "$work/0001-2021.chromium-200-$p.png" -virtual-pixel white -background white \
    -distort Perspective '0,0 60,40  1700,0 1630,30  0,2200 8,2195  1700,2200 1694,2200' -rotate 0.8 +repage \
    \( +clone -sparse-color Barycentric '0,0 rgb(250,250,250) %[w],%[h] rgb(165,165,165)' \) -compose Multiply -composite \
    -quality 45 -density 200 -units PixelsPerInch "$work/k3-$p.jpg"
done
img2pdf -o "$out/0001-2021.chromium.photo-keystone-q45.pdf" "$work"/k3-{1,2,3}.jpg
gold 0001-2021 0001-2021.chromium.photo-keystone-q45.pdf

# 4. LibreOffice's 2019 print in colour at 200 dpi, a red round seal (ring, star, the office's name
#    in an arc) multiplied over the end of table 三 and table 四 on page 3, turned 0.7°, JPEG q60
red='rgb(215,35,45)'
convert -background none -fill "$red" -font "$font" -pointsize 46 label:'某某县人民政府办公室' \
  -distort Arc '250 0 150' "$work/arc.png"
convert -size 360x360 xc:none -fill none -stroke "$red" -strokewidth 9 -draw 'circle 180,180 180,8' \
  -stroke none -fill "$red" -draw 'polygon 180,118 194,160 238,160 202,186 216,228 180,202 144,228 158,186 122,160 166,160' \
  \( "$work/arc.png" -resize 290x \) -gravity north -geometry +0+26 -composite \
  -channel A -evaluate multiply 0.85 +channel "$work/seal.png"
for p in 1 2 3; do
  render 0005-2019.lo 200 $p
  if [ $p = 3 ]; then
    convert "$work/0005-2019.lo-200-$p.png" "$work/seal.png" -geometry +700+820 -compose Multiply -composite \
      "$work/0005-2019.lo-200-$p.png"
  fi
  convert "$work/0005-2019.lo-200-$p.png" -background white -rotate 0.7 +repage -quality 60 \
    -density 200 -units PixelsPerInch "$work/k4-$p.jpg"
done
img2pdf -o "$out/0005-2019.lo.scan-200-seal-q60.pdf" "$work"/k4-{1,2,3}.jpg
gold 0005-2019 0005-2019.lo.scan-200-seal-q60.pdf

# 5. Chromium's 2021 print fed in turned: page 1 sideways (90° clockwise), page 2 upside down, page 3
#    upright; 200 dpi grey JPEG q30
for p in 1 2 3; do
  turn=(0 90 180 0)
  render 0001-2021.chromium 200 $p -gray
  convert "$work/0001-2021.chromium-200-$p.png" -rotate "${turn[$p]}" -quality 30 \
    -density 200 -units PixelsPerInch "$work/k5-$p.jpg"
done
img2pdf -o "$out/0001-2021.chromium.scan-200-turned-q30.pdf" "$work"/k5-{1,2,3}.jpg
gold 0001-2021 0001-2021.chromium.scan-200-turned-q30.pdf

# 6. LibreOffice's 2019 print at 150 dpi grey under uneven light (a third of the light gone at the far
#    corner), turned 3°, JPEG q35
for p in 1 2 3; do
  render 0005-2019.lo 150 $p -gray
  convert "$work/0005-2019.lo-150-$p.png" -background white -rotate 3 +repage \
    \( +clone -sparse-color Barycentric '0,0 rgb(255,255,255) %[w],%[h] rgb(150,150,150)' \) -compose Multiply -composite \
    -quality 35 -density 150 -units PixelsPerInch "$work/k6-$p.jpg"
done
img2pdf -o "$out/0005-2019.lo.scan-150-uneven-q35.pdf" "$work"/k6-{1,2,3}.jpg
gold 0005-2019 0005-2019.lo.scan-150-uneven-q35.pdf

# 7. Chromium's print of a 2019 report with blank cells at 200 dpi, turned 1°, bi-level (-monochrome), PDF
for p in 1 2 3; do
  render 0008-2019.chromium 200 $p -gray
  convert "$work/0008-2019.chromium-200-$p.png" -background white -rotate 1 +repage -monochrome \
    -density 200 -units PixelsPerInch "$work/k7-$p.png"
done
img2pdf -o "$out/0008-2019.chromium.scan-200-mono.pdf" "$work"/k7-{1,2,3}.png
gold 0008-2019 0008-2019.chromium.scan-200-mono.pdf

# 8. LibreOffice's print of a 2021 report with blank cells at 300 dpi in colour: the red seal over
#    table 四 on its last page, light falling off to one corner, turned −2°, JPEG q40
for p in 1 2 3 4; do
  render 0004-2021.lo 300 $p
  if [ $p = 4 ]; then
    convert "$work/0004-2021.lo-300-$p.png" \( "$work/seal.png" -resize 150% \) -geometry +1100+850 \
      -compose Multiply -composite "$work/0004-2021.lo-300-$p.png"
  fi
  convert "$work/0004-2021.lo-300-$p.png" -background white -rotate -2 +repage \
    \( +clone -sparse-color Barycentric '0,0 rgb(255,255,255) %[w],%[h] rgb(170,165,155)' \) -compose Multiply -composite \
    -quality 40 -density 300 -units PixelsPerInch "$work/k8-$p.jpg"
done
img2pdf -o "$out/0004-2021.lo.scan-300-seal-q40.pdf" "$work"/k8-{1,2,3,4}.jpg
gold 0004-2021 0004-2021.lo.scan-300-seal-q40.pdf
ls -l "$out"
