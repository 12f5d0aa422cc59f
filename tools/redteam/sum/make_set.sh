#!/usr/bin/env bash
# Helper sum: every shape of summary_shapes.py on each page, and each page through the real tools a reader meets:
# the page itself, Chromium's print (read as PDF; and through pdftotext default and -layout), LibreOffice's DOCX.
# Also rti's two-report pages (report_mix.py), which must still fail as "more than one report".
# usage: make_set.sh OUTDIR OTHER.html PAGE.html...   (OTHER: a page of another report for 'stale' and two-reports)
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$1; other=$2; shift 2
mkdir -p "$out/html" "$out/chromium-pdf" "$out/pdftotext" "$out/pdftotext-layout" "$out/lo-docx" "$out/two"
for p in "$@"; do
  s=$(basename "$p" .html)
  for shape in before-last-this before-change after-years between-results active stale transposed single; do
    python3 "$here/summary_shapes.py" "$shape" "$p" "$out/html/$s-$shape.html" "$other"
  done
  for kind in two-reports two-reports-first-other; do
    python3 "$here/../rti/report_mix.py" "$kind" "$p" "$out/two/$s-$kind.html" "$other"
    cp "$p.gold.csv" "$out/two/$s-$kind.html.gold.csv"
  done
done
prof=$(mktemp -d)
for h in "$out"/html/*.html; do
  s=$(basename "$h" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/chromium-pdf/$s.pdf" "file://$(readlink -f "$h")" >/dev/null 2>&1
  cp "$h.gold.csv" "$out/chromium-pdf/$s.pdf.gold.csv"
  pdftotext "$out/chromium-pdf/$s.pdf" "$out/pdftotext/$s.txt" && cp "$h.gold.csv" "$out/pdftotext/$s.txt.gold.csv"
  pdftotext -layout "$out/chromium-pdf/$s.pdf" "$out/pdftotext-layout/$s.txt" && cp "$h.gold.csv" "$out/pdftotext-layout/$s.txt.gold.csv"
done
soffice --headless -env:UserInstallation=file://"$prof" --convert-to 'docx:MS Word 2007 XML' --outdir "$out/lo-docx" "$out"/html/*.html >/dev/null 2>&1
for d in "$out"/lo-docx/*.docx; do s=$(basename "$d" .docx); cp "$out/html/$s.html.gold.csv" "$d.gold.csv"; done
rm -rf "$prof"
