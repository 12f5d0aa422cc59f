#!/usr/bin/env bash
# Red team rti: generated DOCX reports re-saved by LibreOffice Writer (what an office does when it edits last year's
# Word file in LibreOffice/WPS and saves it again): DOCX -> DOCX, DOCX -> DOC, DOCX -> ODT -> DOCX, DOCX -> PDF and that
# PDF through pdftotext -layout. Golds are the generator's (a re-save changes no figure a person reads).
# Usage: docx_resave.sh OUTDIR DOC.docx...
set -u
out=$1; shift
mkdir -p "$out/docx" "$out/doc" "$out/odt" "$out/odt-docx" "$out/pdf" "$out/layout"
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$out/docx" "$@" >/dev/null 2>&1
soffice --headless --convert-to doc --outdir "$out/doc" "$@" >/dev/null 2>&1
soffice --headless --convert-to odt --outdir "$out/odt" "$@" >/dev/null 2>&1
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$out/odt-docx" "$out"/odt/*.odt >/dev/null 2>&1
soffice --headless --convert-to pdf --outdir "$out/pdf" "$@" >/dev/null 2>&1
rm -rf "$out/odt"
for p in "$out"/pdf/*.pdf; do pdftotext -layout "$p" "$out/layout/$(basename "$p" .pdf).txt"; done
for f in "$@"; do
  s=$(basename "$f" .docx)
  for x in "$out"/*/"$s".*; do case "$x" in *.gold.csv) ;; *) cp "$f.gold.csv" "$x.gold.csv";; esac; done
done
