#!/usr/bin/env bash
# Red-team scans of session ocr21 (docs/ocr.md, Figures): pages of generated reports rendered at
# 200 dpi grey by pdftoppm and degraded with ImageMagick in ways the fixtures never had, wrapped by
# img2pdf, the generator's gold copied beside each:
#   <doc>.fold.pdf      a crease multiplied over page 1 (a 2 px dark line in a 9 px grey shadow, sloping
#                       10 px across the page) at y = FOLD_Y px, turned 0.5°, noise, JPEG q60
#   <doc>.stamp.pdf     two black rectangular stamps (与原件核对无误, 复印件) on page 1 at the given boxes,
#                       turned −0.4°, noise, JPEG q70
#   <doc>.heavy150.pdf  every page at 150 dpi, turned 2.4°, blurred 1.1, noise, JPEG q35
# Usage: make-folds-stamps.sh GENERATED_PDF OUT_DIR [FOLD_Y] [STAMP1 STAMP2]
#   (GENERATED_PDF: from `./nianbao generate DIR --count 3 --seed 4242 --formats pdf`; session ocr21 used
#   DIR/pdf/0000-2021.pdf with FOLD_Y 1540 and stamps "560,790 900,900" and "1050,1255 1400,1350", which
#   put the crease through table 三's row 3.危及"三安全一稳定" and the stamps over table 二's 行政强制 row and
#   table 三's rows 一/二; and DIR/pdf/0001-2021.pdf's heavy scan. Look at page 1 to place them for other
#   documents.) The values a person reads are the generator's; check the images by eye.
set -euo pipefail
src=$1
out=$2
fold=${3:-1540}
s1=${4:-560,790 900,900}
s2=${5:-1050,1255 1400,1350}
IM=/usr/bin/convert   # ImageMagick itself (another 'convert' may come first on the PATH)
font=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
name=$(basename "$src" .pdf)
pdftoppm -r 200 -gray -png "$src" "$work/p"
pages=("$work"/p-*.png)
w=$(identify -format %w "${pages[0]}")
h=$(identify -format %h "${pages[0]}")
# the fold: multiplied, so the print stays visible under it
"$IM" -size "${w}x${h}" xc:white -fill none -stroke 'gray(200)' -strokewidth 9 \
  -draw "line 0,$((fold - 2)) $w,$((fold + 12))" -stroke 'gray(80)' -strokewidth 2 \
  -draw "line 0,$fold $w,$((fold + 10))" "$work/crease.png"
fold_imgs=() stamp_imgs=() heavy_imgs=()
for i in "${!pages[@]}"; do
  p=${pages[$i]}
  if [ "$i" = 0 ]; then
    "$IM" "$p" "$work/crease.png" -compose Multiply -composite -background white -rotate 0.5 \
      -attenuate 0.4 +noise Gaussian -colorspace Gray -quality 60 "$work/fold-$i.jpg"
    "$IM" "$p" -fill none -stroke 'gray(40)' -strokewidth 4 -draw "rectangle ${s1/ /,}" \
      -font "$font" -pointsize 38 -fill 'gray(40)' -stroke none \
      -draw "text $(( ${s1%%,*} + 20 )),$(( ${s1##*,} - 38 )) '与原件核对无误'" \
      -stroke 'gray(40)' -strokewidth 4 -fill none -draw "rectangle ${s2/ /,}" \
      -fill 'gray(40)' -stroke none -draw "text $(( ${s2%%,*} + 20 )),$(( ${s2##*,} - 32 )) '复印件'" \
      -background white -rotate -0.4 -attenuate 0.3 +noise Gaussian -colorspace Gray -quality 70 "$work/stamp-$i.jpg"
  else
    "$IM" "$p" -background white -rotate 0.5 -attenuate 0.4 +noise Gaussian -colorspace Gray -quality 60 "$work/fold-$i.jpg"
    "$IM" "$p" -background white -rotate -0.4 -attenuate 0.3 +noise Gaussian -colorspace Gray -quality 70 "$work/stamp-$i.jpg"
  fi
  "$IM" "$p" -resize 75% -background white -rotate 2.4 -blur 0x1.1 -attenuate 0.5 +noise Gaussian \
    -colorspace Gray -quality 35 "$work/heavy-$i.jpg"
  fold_imgs+=("$work/fold-$i.jpg"); stamp_imgs+=("$work/stamp-$i.jpg"); heavy_imgs+=("$work/heavy-$i.jpg")
done
for kind in fold stamp heavy150; do
  case $kind in fold) imgs=("${fold_imgs[@]}");; stamp) imgs=("${stamp_imgs[@]}");; *) imgs=("${heavy_imgs[@]}");; esac
  img2pdf --pagesize A4 -o "$out/$name.$kind.pdf" "${imgs[@]}"
  cp "$src.gold.csv" "$out/$name.$kind.pdf.gold.csv"
done
echo "made $out/$name.{fold,stamp,heavy150}.pdf"
