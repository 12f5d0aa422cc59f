#!/usr/bin/env bash
# Makes fixtures/ocr/generated-0002-2019.page1-scan-150-degraded.pdf: page 1 of a document of the
# generated corpus scanned at 150 dpi and degraded (ScanRenderer: turned, blurred, noise, JPEG), a 2019
# form that prints "/" for none. Its expected cells (<name>.truth.csv) are the cells on page 1 of the
# same document generated as a text-layer PDF (same seed: the gold files are identical), extracted
# with --no-ocr, which agree with the generator's gold file and were checked by hand against the page
# image (docs/ocr.md). Run from the repository root after `mvn -q -B package -DskipTests`; needs qpdf.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./nianbao generate "$work/scan" --count 3 --seed 5 --formats scan-150-degraded >/dev/null
qpdf --empty --pages "$work/scan/scan-150-degraded/0002-2019.pdf" 1 -- \
  fixtures/ocr/generated-0002-2019.page1-scan-150-degraded.pdf
# the text-layer twin: its page-1 cells must be the committed truth (checked by hand against the image)
./nianbao generate "$work/text" --count 3 --seed 5 --formats pdf >/dev/null
cmp "$work/text/pdf/0002-2019.pdf.gold.csv" "$work/scan/scan-150-degraded/0002-2019.pdf.gold.csv"
./nianbao extract "$work/text/pdf/0002-2019.pdf" -o "$work/out" --no-ocr -q
python3 - "$work/out/cells.csv" <<'PY' | diff - fixtures/ocr/generated-0002-2019.page1-scan-150-degraded.pdf.truth.csv
import csv, sys
name = "ocr/generated-0002-2019.page1-scan-150-degraded.pdf"
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["document", "table", "row", "column", "value", "raw", "location"])
for c in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    if c["location"].startswith("page:1 "):
        w.writerow([name, c["table"], c["row"], c["column"], c["value"], c["raw"], c["location"]])
PY
echo "the scan made; its truth matches the text-layer twin's page 1"
