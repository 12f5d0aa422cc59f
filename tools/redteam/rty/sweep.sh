#!/usr/bin/env bash
# Red team rty: print generated pages with Chromium under several CSS variants, golds copied beside each print.
# usage: sweep.sh SRC_DIR OUT_DIR "DOC ..." "NAME=CSS" ... [-- chrome_print.py options]
# e.g. sweep.sh /tmp/g/html-utf8 /tmp/out "0000-2021 0001-2019" "z80=@page{size:A4} html{zoom:0.8}" -- --browser-header-footer
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$1 out=$2 docs=$3; shift 3
variants=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do variants+=("$1"); shift; done
[ "${1:-}" = -- ] && shift
mkdir -p "$out"
n=0
for d in $docs; do
  for v in "${variants[@]}"; do
    name=${v%%=*} css=${v#*=}
    python3 "$here/chrome_print.py" "$src/$d.html" "$out/$d-$name.pdf" --css "$css" "$@" &
    cp "$src/$d.html.gold.csv" "$out/$d-$name.pdf.gold.csv"
    cp "$src/$d.html.gold-findings.csv" "$out/$d-$name.pdf.gold-findings.csv"
    n=$((n + 1)); [ $((n % 3)) = 0 ] && wait
  done
done
wait
