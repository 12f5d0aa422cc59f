#!/usr/bin/env bash
# Chromium's print of the two HTML fixtures with narrow value columns, as pdftotext -layout reads it:
# numbers wrapped inside their cells (1941 printed 19 / 41), labels wrapped around their values.
#
#   tools/make-narrow-chromium-fixtures.sh     (from the repository root; needs chromium, poppler-utils)
#
# Writes fixtures/tools/{utf8-2019,split-2021}.chromium-narrow-layout.txt. Expected outputs beside
# them are checked by hand against the rendered pages (pdftoppm -r 80 -png) and the HTML fixtures'
# values (docs/fixtures.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
css='<style>td:nth-last-child(-n+6){width:1.6em;word-break:break-all}</style>'
for f in utf8-2019 split-2021; do
  sed "s|</head>|$css</head>|" "$root/fixtures/html/$f.html" > "$tmp/$f.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$tmp/chromium" \
    --print-to-pdf="$tmp/$f.pdf" "file://$tmp/$f.html" >/dev/null 2>&1
  pdftotext -layout "$tmp/$f.pdf" "$root/fixtures/tools/$f.chromium-narrow-layout.txt"
done
