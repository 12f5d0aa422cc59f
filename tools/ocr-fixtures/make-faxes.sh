#!/usr/bin/env bash
# Makes faxes of generated reports (session ocr16): each page rendered at 100 dpi grey by pdftoppm,
# sent through ImageMagick as a Group 3 fax machine sends it — turned a little, half the vertical
# resolution (the page squeezed to 100 × 50 dpi and stretched back, so every row of pixels is
# doubled), salt-and-pepper noise from the line, thresholded to black and white, a few scan lines
# lost (white) — and wrapped by
# img2pdf as one image-only PDF a document. The threshold (68 %) keeps this font's thin print
# legible at 100 dpi (at 55 %, or with the thin strokes eroded, a person could not read the figures);
# the lost scan lines cut every column border they cross, and the turn makes each row border a
# staircase of pieces. Usage: make-faxes.sh GENERATED_PDF_DIR OUT_DIR
# (GENERATED_PDF_DIR: `./nianbao generate DIR --count 8 --seed 1616 --formats pdf`'s DIR/pdf). The
# gold files beside each PDF are copied beside its fax: the values a person reads on the fax are
# the generator's (checked by eye on the images: docs/ocr.md, session ocr16). The noise and the lost
# lines are seeded from the document's name: a re-run gives the same pictures for the same input.
set -euo pipefail
src=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for pdf in "$src"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  seed=$(printf '%s' "$name" | cksum | cut -d' ' -f1)
  pdftoppm -r 100 -gray -png "$pdf" "$work/$name"
  pages=()
  for png in "$work/$name"-*.png; do
    h=$(identify -format '%h' "$png")
    w=$(identify -format '%w' "$png")
    # a few scan lines lost on the phone line: 1 to 2 px white rows at seeded places
    lost=$(python3 -c "
import random
r = random.Random($seed + len('$png'))
print(' '.join(f'-draw \"rectangle 0,{y} $w,{y + r.randint(0, 1)}\"' for y in sorted(r.sample(range(60, $h - 60), 6))))")
    turn=$(python3 -c "import random; print(round(random.Random($seed).uniform(-0.5, 0.5), 2))")
    eval convert "$png" -background white -rotate "$turn" +repage -resize 100%x50% -resize 100%x200% \
      -seed "$seed" -attenuate 0.02 +noise Impulse -threshold 68% -fill white $lost \
      -density 100 -units PixelsPerInch -type bilevel "${png%.png}.fax.png"
    pages+=("${png%.png}.fax.png")
  done
  img2pdf -o "$out/$name.pdf" "${pages[@]}"
  cp "$pdf.gold.csv" "$out/$name.pdf.gold.csv"
  cp "$pdf.gold-findings.csv" "$out/$name.pdf.gold-findings.csv"
done
