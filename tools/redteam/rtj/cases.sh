#!/usr/bin/env bash
# The five cases rtj kept (3 Dec 15:37), copied out of variants.py's output. INNERTEXT_DIR holds col's Chromium
# innerText copies of seeds 8181/8282/9191 (`./nianbao generate DIR --count N --seed S --formats html-utf8`, 12 pages of 8181/8282, 16 of 9191, then
# tools/redteam/rtz/innertext.py per page, named s<seed>-<page>.txt). Usage: cases.sh INNERTEXT_DIR SCRATCH REDTEAM_DIR
set -euo pipefail
src=$1; scratch=$2; dst=$3
python3 "$(dirname "$0")/variants.py" "$src" "$scratch"
put() {  # variant, source document, case name
  cp "$scratch/$1/$2" "$dst/$3"; cp "$scratch/$1/$2.gold.csv" "$dst/$3.gold.csv"
}
put pr-t-e4 s8282-0008-2021.txt chromium-innertext-rtj-pr-t-e4-display-width-tabs-2021.txt
put column-o-space-E1 s9191-0013-2019.txt chromium-innertext-rtj-column-o-space-noextreme-petition-2019.txt
put sed-bar-trim-both s8181-0004-2019.txt chromium-innertext-rtj-sed-bar-trimmed-lines-penalty-2019.txt
put sed-bar-markdown-delimiter s8181-0004-2019.txt chromium-innertext-rtj-sed-bar-markdown-delimiter-penalty-2019.txt
put sed-bar-bare s8181-0002-2021.txt chromium-innertext-rtj-tr-bare-bar-rejected-confirm-2021.txt
