#!/usr/bin/env bash
# Makes the scans of session ocr17b (red team 17a's Scans): page 1 of a generated 2019 report whose
# 规章/本年新制作数量 (271) was struck and corrected by hand beside it (217) in coloured ink, the ink
# a scanner's drop-out takes off the page with a seal's red and a reader's blue:
#   generated-0002-2019.page1-scan-200-struck-blue.pdf  one stroke through 271 and 217 written in a
#                                                      blue ballpoint (#1f3fae): read 271, no finding, before
#   generated-0002-2019.page1-scan-200-crossed-red.pdf  271 crossed out with an X and 217 written in red
#                                                      (#c81e1e, 划线更正法): read 274217 under ocr-unverified
#                                                      only (271217, no finding, in red team 17a's run)
# Rendered at 200 dpi by pdftoppm, drawn on by ImageMagick (DejaVu Sans Oblique 26 px for the hand),
# Gaussian noise, JPEG q85, wrapped by img2pdf at 200 dpi; page 2 is scanned alike and cut by qpdf (the
# page read is the same as in the two-page scan red team 17a made). The expected cells
# (<scan>.truth.csv) are page 1 of the text-layer PDF extracted with --no-ocr, checked by eye against
# the scan, with 217 for the corrected cell: the correction stands. Run from the repository root
# after a build.
set -euo pipefail
out=fixtures/ocr
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
hand=/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf
./nianbao generate "$work/gen" --count 12 --seed 1616 --formats pdf >/dev/null
pdftoppm -r 200 -png "$work/gen/pdf/0002-2019.pdf" "$work/p"
convert "$work/p-2.png" +noise Gaussian -attenuate 0.4 -quality 85 "$work/p2.jpg"
./nianbao extract "$work/gen/pdf/0002-2019.pdf" -o "$work/text" --no-ocr -q
make() { # name, colour, the strokes over 271
  local name=$1 colour=$2
  shift 2
  convert "$work/p-1.png" -stroke "$colour" -strokewidth 3 "$@" -stroke none -fill "$colour" -font "$hand" \
    -pointsize 26 -annotate +632+519 217 +noise Gaussian -attenuate 0.4 -quality 85 "$work/p1.jpg"
  img2pdf --imgsize 200dpi -o "$work/two.pdf" "$work/p1.jpg" "$work/p2.jpg"
  qpdf --empty --pages "$work/two.pdf" 1 -- "$out/$name"
  python3 - "$work/text/cells.csv" "ocr/$name" > "$out/$name.truth.csv" <<'PY'
import csv, sys
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["document", "table", "row", "column", "value", "raw", "location"])
for c in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    if c["location"].startswith("page:1 "):
        v, raw = c["value"], c["raw"]
        if (c["table"], c["row"], c["column"]) == ("active", "regulations", "new_made"):
            v, raw = "217", "217"  # 271 printed, struck, 217 written beside it by hand: the correction stands
        w.writerow([sys.argv[2], c["table"], c["row"], c["column"], v, raw, c["location"]])
PY
}
make generated-0002-2019.page1-scan-200-struck-blue.pdf '#1f3fae' -draw "line 560,505 617,500"
make generated-0002-2019.page1-scan-200-crossed-red.pdf '#c81e1e' -draw "line 566,490 617,517" \
  -draw "line 566,517 617,490"
