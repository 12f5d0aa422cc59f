#!/usr/bin/env bash
# Makes fixtures/ocr/generated-0004-2021.page1-scan-150.pdf: page 1 of a document of the generated corpus
# (seed 2024, document 0004, a 2021 form) printed with full-width digits, which stand a space apart
# (１６ shows as "1 6") and which a narrow cell wraps (２１７ as "21" over "7", table 三's 自然人 of
# 本年新收), scanned the way offices do: pdftoppm at 150 dpi grey, ImageMagick turns it 0.4° and saves
# JPEG quality 80, img2pdf wraps it. Its expected cells (<name>.truth.csv) are the cells on page 1 of the
# text-layer PDF, whose text layer reads 149 of the 150 (２１ over ７ is unreadable there, flagged) and
# whose values equal the generator's gold; the 150th (217) is the gold's, and every cell was checked by
# hand against the page image (docs/ocr.md). Run from the repository root after
# `mvn -q -B package -DskipTests`; needs poppler-utils, imagemagick, img2pdf.
set -euo pipefail
name=generated-0004-2021.page1-scan-150.pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./nianbao generate "$work/text" --count 5 --seed 2024 --formats pdf >/dev/null
src="$work/text/pdf/0004-2021.pdf"
pdftoppm -r 150 -gray -f 1 -l 1 -png "$src" "$work/p"
size=$(identify -format '%wx%h' "$work/p-1.png")
convert "$work/p-1.png" -background white -rotate 0.4 -gravity center -crop "$size+0+0" +repage \
  -density 150 -units PixelsPerInch -quality 80 "$work/p1.jpg"
img2pdf -o "fixtures/ocr/$name" "$work/p1.jpg"
./nianbao extract "$src" -o "$work/out" --no-ocr -q || true
python3 - "$work/out/cells.csv" "$src.gold.csv" "ocr/$name" > "fixtures/ocr/$name.truth.csv" <<'PY'
import csv, sys
cells, gold, name = sys.argv[1:]
gold = {(g["table"], g["row"], g["column"]): g["value"] for g in csv.DictReader(open(gold, encoding="utf-8-sig"))}
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["document", "table", "row", "column", "value", "raw", "location"])
for c in csv.DictReader(open(cells, encoding="utf-8-sig")):
    if c["location"].startswith("page:1 "):
        key = (c["table"], c["row"], c["column"])
        if c["value"] != gold[key]:
            print(f"{key}: text layer {c['value']!r} ({c['raw']!r}), gold {gold[key]!r}", file=sys.stderr)
        w.writerow([name, *key, gold[key], c["raw"], c["location"]])
PY
echo "made fixtures/ocr/$name and its truth"
