#!/usr/bin/env bash
# Red team rtl (3 Dec 18:41): the conversions and scraper idioms tried on generated reports, each into a
# folder of its own with the source's gold files, ready for `./nianbao score DIR`.
#   make-angles.sh OUT    (needs LibreOffice, pandoc, pdftotext's pdfminer sibling pdf2txt, and Debian's
#                          python3-bs4, python3-docx, python3-pdfminer)
# Seeds: docx:12,html-utf8:12 of 7319; pdf:10 of 7320. Figures in README.md (Session of 3 Dec 18:41 (rtl)).
set -eu
out=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../.." && pwd)
P=/usr/bin/python3
"$root/nianbao" generate "$out/gen" --count 24 --seed 7319 --formats docx:12,html-utf8:12 >/dev/null
"$root/nianbao" generate "$out/gen2" --count 10 --seed 7320 --formats pdf >/dev/null
cd "$out"; D=gen/docx; H=gen/html-utf8
mkdir -p lo-doc lo-txt lo-pdf pd-html pd-gfm pd-plain pd-docx html-pd-docx
soffice --headless --convert-to doc --outdir lo-doc $D/*.docx >/dev/null 2>&1
soffice --headless --convert-to 'txt:Text (encoded):UTF8' --outdir lo-txt $D/*.docx >/dev/null 2>&1
soffice --headless --convert-to pdf --outdir lo-pdf $D/*.docx >/dev/null 2>&1
for f in $D/*.docx; do b=$(basename $f .docx)
  pandoc $f -t html -s --metadata title=r -o pd-html/$b.html; pandoc $f -t gfm -o pd-gfm/$b.md
  pandoc $f -t plain -o pd-plain/$b.txt; pandoc $f -o pd-docx/$b.docx
  $P "$here/scrape.py" docx $f scr; done
for f in $H/*.html; do b=$(basename $f .html); pandoc $f -o html-pd-docx/$b.docx
  $P "$here/scrape.py" bs4 $f scr; $P "$here/bs4_more.py" $f scr; done
mkdir -p scr/pdfminer-gen scr/pdfminer-lo
for f in gen2/pdf/*.pdf; do pdf2txt $f > scr/pdfminer-gen/$(basename $f .pdf).txt 2>/dev/null || true; done
for f in lo-pdf/*.pdf; do pdf2txt $f > scr/pdfminer-lo/$(basename $f .pdf).txt 2>/dev/null || true; done
gold() {  # $1 folder of renderings, $2 source folder, $3 source extension
  for f in "$1"/*; do case $f in *.csv) continue;; esac
    b=$(basename "$f"); stem=${b%.*}
    for g in "$2/$stem.$3".gold*.csv; do [ -e "$g" ] && cp "$g" "$1/$b${g#$2/$stem.$3}"; done; done; }
for d in lo-doc lo-txt pd-html pd-gfm pd-plain pd-docx scr/pydocx-body-order scr/pydocx-tables-last scr/pdfminer-lo; do gold $d $D docx; done
gold html-pd-docx $H html
for d in scr/bs4-*; do gold $d $H html; done
gold scr/pdfminer-gen gen2/pdf pdf
# the second sample: 30 DOCX of seed 7321 through LibreOffice's Text export, pandoc plain and python-docx
"$root/nianbao" generate "$out/g3" --count 30 --seed 7321 --formats docx >/dev/null
mkdir -p g3t g3p
soffice --headless --convert-to 'txt:Text (encoded):UTF8' --outdir g3t g3/docx/*.docx >/dev/null 2>&1
for f in g3/docx/*.docx; do pandoc $f -t plain -o g3p/$(basename $f .docx).txt; $P "$here/scrape.py" docx $f g3pd; done
for d in g3t g3p g3pd/pydocx-body-order; do gold $d g3/docx docx; done
# the third sample: 40 pages of seed 7322 through the BeautifulSoup idioms of scrape.py
"$root/nianbao" generate "$out/g4" --count 40 --seed 7322 --formats html-utf8 >/dev/null
for f in g4/html-utf8/*.html; do $P "$here/scrape.py" bs4 $f g4s; done
for d in g4s/*; do gold $d g4/html-utf8 html; done
