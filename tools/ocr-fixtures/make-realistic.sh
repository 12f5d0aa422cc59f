#!/usr/bin/env bash
# Makes the realistic scans under fixtures/ocr from the PDF fixtures (see make.sh for the plain ones):
# pages scanned turned by 90°/180°/270°, a red official seal (公章) stamped over table 三, a phone photo
# (keystone, uneven light, colour, JPEG), a borderless table scanned, and pen marks over the tables.
# pdftoppm renders at 200 dpi, ImageMagick draws and distorts, img2pdf wraps the pages as an
# image-only PDF. The expected values are the source PDF's (fixtures/pdf/<source>.pdf.cells.csv,
# checked by hand), never these files' OCR output; what each change covers was checked on the image
# (docs/ocr.md). Run from the repository root; needs poppler-utils, imagemagick, img2pdf and the
# WenQuanYi Zen Hei font (fonts-wqy-zenhei).
set -euo pipefail
src=fixtures/pdf
out=${OUT:-fixtures/ocr}
font=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for c in bordered-2019 bordered-2021 borderless-2019; do
  pdftoppm -r 200 -png "$src/$c.pdf" "$work/$c"   # colour, 1654 × 2339 px a page
done
jpeg() { convert "$1" "${@:3}" -density 200 -units PixelsPerInch "$2"; }

# 1. the red seal of the issuing office stamped over table 三 (page 2: rows 5.属于三类… to （四）2., columns
#    科研机构 to 法律服务机构), ink multiplied over the print as a stamp's is; colour JPEG q85 scan
red='rgb(215,35,45)'
convert -background none -fill "$red" -font "$font" -pointsize 46 label:'某某县人民政府办公室' \
  -distort Arc '250 0 150' "$work/arc.png"
convert -size 360x360 xc:none -fill none -stroke "$red" -strokewidth 9 -draw 'circle 180,180 180,8' \
  -stroke none -fill "$red" -draw 'polygon 180,118 194,160 238,160 202,186 216,228 180,202 144,228 158,186 122,160 166,160' \
  \( "$work/arc.png" -resize 290x \) -gravity north -geometry +0+26 -composite \
  -channel A -evaluate multiply 0.9 +channel "$work/seal.png"
convert "$work/bordered-2019-2.png" "$work/seal.png" -geometry +1000+380 -compose Multiply -composite \
  -blur 0x0.5 -quality 85 -density 200 -units PixelsPerInch "$work/s2.jpg"
# page 2 only (since session ocr15): page 1 was a clean copy of a page the other scans read, OCR'd for nothing
img2pdf -o "$out/bordered-2019.scan-200-seal.pdf" "$work/s2.jpg"

# 2. pages fed into the scanner turned: page 1 by 90° clockwise, page 2 upside down (grey, JPEG q80)
jpeg "$work/bordered-2021-1.png" "$work/t1.jpg" -rotate 90 -colorspace Gray -quality 80
jpeg "$work/bordered-2021-2.png" "$work/t2.jpg" -rotate 180 -colorspace Gray -quality 80
img2pdf -o "$out/bordered-2021.scan-200-turned.pdf" "$work/t1.jpg" "$work/t2.jpg"

# 3. a phone photo of each page: keystone (the top 3 % narrower, the phone tilted back), turned 0.6°,
#    light falling off to one side, a warm cast, sensor noise, JPEG q75; page 1 photographed in
#    landscape and saved without turning (270°), as phones that only set the EXIF orientation do
photo() {
  convert "$1" -virtual-pixel white -background white \
    -distort Perspective '0,0 50,28  1654,0 1600,36  0,2339 6,2339  1654,2339 1648,2330' -rotate 0.6 +repage \
    \( -size 1654x2339 xc: -sparse-color Barycentric '0,0 rgb(255,252,246) 1654,2339 rgb(196,188,172)' \) \
    -compose Multiply -composite \
    -attenuate 0.3 +noise Gaussian "${@:3}" -quality 75 -density 200 -units PixelsPerInch "$2"
}
photo "$work/bordered-2019-1.png" "$work/p1.jpg" -rotate 270
photo "$work/bordered-2019-2.png" "$work/p2.jpg"
img2pdf -o "$out/bordered-2019.photo-keystone.pdf" "$work/p1.jpg" "$work/p2.jpg"

# 4. a borderless table scanned: no ruling lines to find (grey, JPEG q80, turned 0.4°)
for i in 1 2; do
  jpeg "$work/borderless-2019-$i.png" "$work/b$i.jpg" -background white -rotate 0.4 +repage -colorspace Gray -quality 80
done
img2pdf -o "$out/borderless-2019.scan-200.pdf" "$work/b1.jpg" "$work/b2.jpg"

# 5. a reader's pen marks (blue ballpoint): ticks beside row labels, a number ringed, a row underlined,
#    a question mark and a note in the margin, a stroke across a column of table 三; grey-blue JPEG q85
blue='rgb(30,50,160)'
convert "$work/bordered-2021-2.png" -fill none -stroke "$blue" -strokewidth 4 \
  -draw 'polyline 500,300 520,325 560,275' -draw 'polyline 500,380 520,405 560,355' \
  -draw 'ellipse 1100,418 45,28 0,360' \
  -draw 'path "M 470,640 C 700,655 1100,630 1500,648"' \
  -draw 'path "M 1610,300 Q 1640,260 1625,240 Q 1600,225 1585,250 M 1612,310 L 1611,330 M 1611,352 L 1611,356"' \
  -draw 'path "M 1180,820 C 1200,900 1170,1000 1195,1100"' \
  -stroke none -fill "$blue" -font "$font" -pointsize 40 -annotate -8x-8+1300+1445 '已核' \
  -blur 0x0.4 -quality 85 -density 200 -units PixelsPerInch "$work/m2.jpg"
# page 2 only, as for the seal
img2pdf -o "$out/bordered-2021.scan-200-marks.pdf" "$work/m2.jpg"
