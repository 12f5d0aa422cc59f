#!/usr/bin/env bash
# Makes the scans under fixtures/ocr from the PDF fixtures, the way offices scan their reports:
# pdftoppm renders (200 or 150 dpi, grey), ImageMagick degrades (rotation, blur, noise, JPEG quality,
# bilevel Group 4 fax TIFF), img2pdf wraps images as an image-only PDF. The noise is random, so a
# re-run gives other bytes; the expected values are the source PDF's (fixtures/pdf/<source>.pdf.cells.csv),
# never these files' OCR output. Run from the repository root; needs poppler-utils, imagemagick, img2pdf.
set -euo pipefail
src=fixtures/pdf
out=fixtures/ocr
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for c in bordered-2019 bordered-2021; do
  pdftoppm -r 200 -gray -png "$src/$c.pdf" "$work/$c-200"
done
# clean 200 dpi, JPEG quality 80, as an office copier's "scan to PDF"
for i in 1 2; do
  convert "$work/bordered-2019-200-$i.png" -quality 80 -density 200 -units PixelsPerInch "$work/c-2019-$i.jpg"
done
img2pdf -o "$out/bordered-2019.scan-200.pdf" "$work/c-2019-1.jpg" "$work/c-2019-2.jpg"
# degraded 200 dpi: turned 0.9°, blurred, noisy, JPEG quality 55
for i in 1 2; do
  convert "$work/bordered-2021-200-$i.png" -background white -rotate 0.9 -blur 0x0.7 -attenuate 0.4 \
    +noise Gaussian -density 200 -units PixelsPerInch -quality 55 "$work/d-2021-$i.jpg"
done
img2pdf -o "$out/bordered-2021.scan-200-degraded.pdf" "$work/d-2021-1.jpg" "$work/d-2021-2.jpg"
# a fax-like bilevel TIFF, 150 dpi, turned -0.7°, two pages (one frame each), Group 4
pdftoppm -r 150 -gray -png "$src/bordered-2019.pdf" "$work/b150"
convert "$work/b150-1.png" "$work/b150-2.png" -background white -rotate -0.7 +repage -threshold 80% \
  -density 150 -units PixelsPerInch -compress Group4 "$out/bordered-2019.scan-150-bilevel.tif"
# one page as a PNG image file (page 2 of the 2021 report), turned 1.1°
convert "$work/bordered-2021-200-2.png" -background white -rotate 1.1 +repage -density 200 -units PixelsPerInch \
  "$out/bordered-2021.page2-scan-200.png"
