#!/usr/bin/env bash
# Regenerates the committed real-tool text of the ratchet corpus (corpus/src/test/resources/corpus/tool-*):
# generated reports run through w3m, lynx, links, html2text, html2markdown, pandoc (plain, markdown, gfm), pdftotext -raw and pdftotext,
# 8 documents each, so that CI scores them without having the tools. Needs the tools and the CJK font
# (the pdftotext -raw text is made from a generated PDF). Run from the repository root after:
#   mvn -q -B package -DskipTests
set -euo pipefail
font=${1:-/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}
rm -rf corpus/src/test/resources/corpus/tool-*
./nianbao generate corpus/src/test/resources/corpus --count 56 --seed 2024 --font "$font" --formats tool-w3m,tool-lynx,tool-links,tool-html2text,tool-html2markdown,tool-pandoc-plain,tool-pdftotext-raw
# pdftotext in its default mode (cells block by block), added later: its own 8 documents, so the others keep theirs
./nianbao generate corpus/src/test/resources/corpus --count 8 --seed 2024 --formats tool-pdftotext --font "$font"
# pandoc's Markdown of the page and of the Word document (tables with merged cells written as raw HTML), added later:
# their own 8 documents each, so the others keep theirs
./nianbao generate corpus/src/test/resources/corpus --count 16 --seed 2024 --formats tool-pandoc-markdown,tool-pandoc-gfm-docx --font "$font"
