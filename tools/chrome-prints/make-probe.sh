#!/usr/bin/env bash
# Chromium's "print to PDF" of the generator's HTML pages (separate cell borders, narrow columns), the probe
# set of session chrome (2 Dec): both forms, blank cells, several seeds, Letter (Chromium's default) and A4,
# a few with @page margins or printed at 80 % (CSS zoom 0.8: the page laid out wider, as the print dialog's
# scale does). The gold beside each print is the generator's. Usage: make-probe.sh OUTDIR (run from the
# repository root after `mvn -q -B package -DskipTests`; needs chromium and the WenQuanYi Zen Hei font).
set -euo pipefail
out=${1:?usage: make-probe.sh OUTDIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for s in 3131 4242 5353 6464 7575; do
  ./nianbao generate "$work/$s" --count 12 --seed $s --formats html-utf8 --threads 1 >/dev/null
done
# print SEED DOC VARIANT CSS: the page with CSS added to its head, printed by Chromium
print() {
  local src="$work/$1/html-utf8/$2.html" name="s$1-$2-$3"
  sed "s|</head>|<style>$4</style></head>|" "$src" > "$work/$name.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$work/$name.html" 2>/dev/null
  cp "$src.gold.csv" "$out/$name.pdf.gold.csv"
  cp "$src.gold-findings.csv" "$out/$name.pdf.gold-findings.csv"
}
a4='@page{size:A4}'
print 3131 0005-2019 letter ''
print 3131 0001-2021 letter ''
print 3131 0008-2019 letter ''        # blank cells
print 3131 0004-2021 letter ''        # blank cells
print 3131 0005-2019 a4 "$a4"
print 3131 0001-2021 a4 "$a4"
print 3131 0008-2019 a4 "$a4"
print 3131 0004-2021 a4 "$a4"
print 4242 0003-2019 letter ''
print 4242 0000-2021 letter ''
print 4242 0004-2019 a4 "$a4"
print 4242 0005-2021 a4 "$a4"
print 4242 0008-mixed a4 "$a4"
print 5353 0000-2019 a4-margin25 '@page{size:A4;margin:25mm}'
print 5353 0002-2021 a4-margin25 '@page{size:A4;margin:25mm}'
print 5353 0006-2019 letter-margin10 '@page{margin:10mm}'
print 5353 0008-2021 letter-margin10 '@page{margin:10mm}'
print 6464 0007-mixed a4-zoom80 "$a4 html{zoom:0.8}"   # blank cells
print 7575 0010-2021 a4-zoom80 "$a4 html{zoom:0.8}"    # blank cells
print 5353 0003-2021 letter-zoom80 'html{zoom:0.8}'
print 4242 0001-2021 a4-zoom80 "$a4 html{zoom:0.8}"
ls "$out" | grep -c '\.pdf$'
