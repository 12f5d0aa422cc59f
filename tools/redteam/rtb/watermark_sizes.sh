#!/bin/bash
# Red team rtb (3 Dec): rty's horizontal light-grey year watermark (tools/redteam/rty/chrome_print.py) at sizes under
# and around 3.5 times the page's median glyph, on pages set as official documents are (body 三号 16 pt = 21.33 px,
# tables 五号/小五 10.5/9 pt = 14/12 px): PdfPageReader compares a digit with the page's median size, which the body
# text sets, not the table's.
# usage: watermark_sizes.sh GENERATED.html OUTDIR
set -euo pipefail
src=$1; out=$2; here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out"
name=$(basename "$src" .html)
for fonts in ${FONTS:-16:16 21.33:14 21.33:12 16:12}; do
  body=${fonts%:*}; table=${fonts#*:}
  for wm in ${SIZES:-40 48 56 64 72}; do
    for top in ${TOPS:-30 40}; do
      f="$out/rtb-watermark-body${body%.*}-table${table}-wm${wm}-top${top}-$name.pdf"
      python3 "$here/../rty/chrome_print.py" "$src" "$f" \
        --css "@page{size:A4} body{font-size:${body}px} table{font-size:${table}px}" \
        --body "<div style=\"position:fixed;top:${top}%;left:0;right:0;text-align:center;font-size:${wm}px;color:#d8d8d8;z-index:9\">2020</div>"
      cp "$src.gold.csv" "$f.gold.csv"
    done
  done
done
