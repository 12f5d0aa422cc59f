#!/usr/bin/env bash
# Makes scans of generated reports whose figures were crossed out with an X and corrected by hand
# (session ocr16): in two cells of each document's page 1 — the first figure of table 二 and the
# first figure of 10 to 99 in table 三 — the printed figure is a typo (the true one's digits
# reversed, or one more), crossed out corner to corner with two pen strokes in black ink, and the
# true figure is written beside it, sloping. The reader takes the written figure, which is the
# generator's gold: the gold files are copied beside each scan unchanged. Pages rendered at 200 dpi
# grey by pdftoppm, drawn on by ImageMagick, blurred a little, JPEG q85, wrapped by img2pdf.
# Usage: make-crossed.sh GENERATED_PDF_DIR OUT_DIR DOC... (the documents' names without .pdf;
# GENERATED_PDF_DIR: `./nianbao generate DIR --count 8 --seed 1616 --formats pdf`'s DIR/pdf). The
# cells' places are the text layer's (`./nianbao extract --no-ocr`), in points; a figure is printed
# 8 px right of its cell's left border, 7 pt high. Run from the repository root after a build.
set -euo pipefail
src=$1
out=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
mono=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
hand=/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf
for name in "$@"; do
  ./nianbao extract "$src/$name.pdf" -o "$work/text-$name" --no-ocr -q
  pdftoppm -r 200 -gray -png "$src/$name.pdf" "$work/$name"
  draw=$(python3 - "$work/text-$name/cells.csv" "$mono" "$hand" <<'PY'
import csv, sys
cells = [c for c in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")) if c["location"].startswith("page:1 ")]
s = 200 / 72
def box(c):
    return [float(v) * s for v in c["location"].split("bbox:")[1].split(",")]
picked = []
for table, ok in (("active", lambda v: v.isdigit() and int(v) >= 10),
                  ("requests", lambda v: v.isdigit() and 10 <= int(v) <= 99)):
    picked += [c for c in cells if c["table"] == table and ok(c["value"])][:1]
args = []
for c in picked:
    x0, y0, x1, y1 = box(c)
    v = c["value"]
    wrong = v[::-1] if v[::-1] != v and not v.endswith("0") else str(int(v) + 1)
    fx, base = x0 + 8, (y0 + y1) / 2 + 10        # where the figure stands, its baseline
    fw = 14.5 * len(wrong)                          # its width at 29 px
    args += ["-fill", "white", "-draw", f"'rectangle {x0 + 3:.0f},{y0 + 3:.0f} {x0 + 8 + fw + 6:.0f},{y1 - 3:.0f}'",
             "-fill", "black", "-font", sys.argv[2], "-pointsize", "29",
             "-annotate", f"+{fx:.0f}+{base:.0f}", wrong,
             "-stroke", "'rgb(20,20,28)'", "-strokewidth", "3",
             "-draw", f"'line {fx - 4:.0f},{base - 24:.0f} {fx + fw + 4:.0f},{base + 5:.0f}'",
             "-draw", f"'line {fx - 4:.0f},{base + 5:.0f} {fx + fw + 4:.0f},{base - 24:.0f}'",
             "-stroke", "none", "-fill", "'rgb(20,20,28)'", "-font", sys.argv[3],
             "-pointsize", "22" if c["table"] == "requests" else "30",
             "-annotate", f"-6x-6+{fx + fw + 14:.0f}+{base - 2:.0f}", v]
    print(f"{c['table']},{c['row']},{c['column']}: printed {wrong} crossed out, {v} written", file=sys.stderr)
print(" ".join(args))
PY
)
  eval convert "$work/$name-1.png" $draw -blur 0x0.4 -quality 85 -density 200 -units PixelsPerInch "$work/$name-1.jpg"
  pages=("$work/$name-1.jpg")
  for png in "$work/$name"-*.png; do
    [ "$png" = "$work/$name-1.png" ] && continue
    convert "$png" -quality 85 -density 200 -units PixelsPerInch "${png%.png}.jpg"
    pages+=("${png%.png}.jpg")
  done
  img2pdf -o "$out/$name.pdf" "${pages[@]}"
  cp "$src/$name.pdf.gold.csv" "$src/$name.pdf.gold-findings.csv" "$out/"
done
