#!/bin/bash
# Red team rtd (3 Dec): a horizontal pale watermark tiled over every printed page (position:fixed divs repeat on each
# page in Chromium's print), as document systems stamp "<site> <date>" on a report they serve, at 1.2-2 times the
# table's text: under LatticeReconstructor's 2x and PdfPageReader's 3.5x, so its digits join the cells they fall in.
# usage: tiled_watermark.sh GENERATED.html OUTDIR   (env SIZES, TABLE, TEXTS)
set -euo pipefail
src=$1; out=$2; here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out"
name=$(basename "$src" .html)
table=${TABLE:-14}
for wm in ${SIZES:-18 22 26}; do
  for text in ${TEXTS:-2020-03-31 2020}; do
    divs=""
    for top in 8 20 32 44 56 68 80 92; do
      for left in 5 40 75; do
        divs+="<div style=\"position:fixed;top:${top}%;left:${left}%;font-size:${wm}px;color:#cccccc;z-index:9;white-space:nowrap\">政务公开 ${text}</div>"
      done
    done
    f="$out/rtd-tiled-wm${wm}-${text}-table${table}-$name.pdf"
    python3 "$here/../rty/chrome_print.py" "$src" "$f" \
      --css "@page{size:A4} body{font-size:16px} table{font-size:${table}px}" --body "$divs"
    cp "$src.gold.csv" "$f.gold.csv"
  done
done
