#!/usr/bin/env bash
# The bar session's check on a fresh seed (3 Dec 15:37): pages of one seed, Chromium's innerText of each, the copies
# re-separated by rte's and col's makers, each variant scored. Usage: fresh_seed.sh SEED COUNT OUTDIR (from the worktree,
# after `mvn -B -q -o -pl model,extractor,ocr,corpus -am package -DskipTests`). Seed 1533, 12 pages: 6 min of Chromium.
set -euo pipefail
seed=$1; count=$2; out=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
"$here/nianbao" generate "$out/gen" --count "$count" --seed "$seed" --formats html-utf8
mkdir -p "$out/it"
for page in "$out"/gen/html-utf8/*.html; do
  b=$(basename "$page" .html)
  python3 "$here/tools/redteam/rtz/innertext.py" "$page" "$out/it/$b.txt"
  cp "$page.gold.csv" "$out/it/$b.txt.gold.csv"
done
python3 "$here/tools/redteam/rte/columns.py" "$out/it" "$out/rte"
python3 "$here/tools/redteam/col/columns.py" "$out/it" "$out/col"
for d in "$out/it" "$out"/rte/sed-bar "$out"/rte/tr-fullwidth-bar "$out"/rte/o-bar-keep-empty "$out"/rte/o-bar-noextreme \
         "$out"/col/column-o-bar-spaced; do
  echo "$d $("$here/nianbao" score "$d" | grep -E '^all ')"
done
