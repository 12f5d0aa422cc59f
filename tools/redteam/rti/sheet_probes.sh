#!/usr/bin/env bash
# Red team rti: generated pages kept as spreadsheets (sheet_print.py) in four ways — labels in their top-left cell
# running over/clipped by their neighbours or merged as on the page, ruled or not, figures plain or grouped (#,##0) —
# printed by LibreOffice Calc to PDF (columns past the page width go to later pages, Calc's own order), and each PDF
# through pdftotext -layout. Golds are the pages'.
# Usage: sheet_probes.sh OUTDIR PAGE.html...
set -u
out=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out/fods" "$out/pdf" "$out/layout"
for f in "$@"; do
  b=$(basename "$f" .html)
  python3 "$here/sheet_print.py" "$f" "$out/fods/$b-clip.fods"
  python3 "$here/sheet_print.py" "$f" "$out/fods/$b-merge-grouped.fods" --merge --format '#,##0'
  python3 "$here/sheet_print.py" "$f" "$out/fods/$b-merge-wide-noborders.fods" --merge --widths wide --no-borders
  python3 "$here/sheet_print.py" "$f" "$out/fods/$b-clip-wide-grouped.fods" --widths wide --format '#,##0'
done
soffice --headless --convert-to pdf --outdir "$out/pdf" "$out"/fods/*.fods >/dev/null 2>&1
for p in "$out"/pdf/*.pdf; do
  s=$(basename "$p" .pdf); page=${s%-clip*}; page=${page%-merge*}
  g=$(ls "$(dirname "$f")/$page.html.gold.csv")
  cp "$g" "$p.gold.csv"
  pdftotext -layout "$p" "$out/layout/$s.txt"; cp "$g" "$out/layout/$s.txt.gold.csv"
done
