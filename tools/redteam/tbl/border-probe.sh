#!/usr/bin/env bash
# tbl: Chromium prints of generated pages whose tables are ruled other ways than `border=1 cellspacing=0`
# (rty's open class: dashed, dotted, mixed-width borders, and the old CMS "1 px table" whose lines are the
# black table background showing through 1 px gaps between white cells). Golds copied beside each print.
# usage: border-probe.sh SRC_DIR OUT_DIR [VARIANT ...]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
print="$here/../rty/chrome_print.py"
src=$1 out=$2; shift 2
mkdir -p "$out"
variant_args() {  # sets args for one variant
  case $1 in
    dashed) args=(--css 'td{border:1px dashed #000 !important}') ;;
    dotted) args=(--css 'td{border:1px dotted #000 !important}') ;;
    mixed) args=(--css 'table{border-collapse:collapse;border:2px solid #000} td{border:1px solid #000} tr:nth-child(odd) td{border-bottom:2px solid #000}') ;;
    dashed-collapsed) args=(--css 'table{border-collapse:collapse} td{border:1px dashed #333}') ;;
    px1) args=(--replace 'border="1" cellspacing="0"' 'border="0" cellspacing="1" bgcolor="#000000"' --css 'td{background:#fff}') ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}
variants=("$@"); [ ${#variants[@]} = 0 ] && variants=(dashed dotted mixed px1)
n=0
for html in "$src"/*.html; do
  d=$(basename "$html" .html)
  for v in "${variants[@]}"; do
    variant_args "$v"
    python3 "$print" "$html" "$out/$d-$v.pdf" "${args[@]}" &
    cp "$html.gold.csv" "$out/$d-$v.pdf.gold.csv"
    cp "$html.gold-findings.csv" "$out/$d-$v.pdf.gold-findings.csv"
    n=$((n + 1)); [ $((n % 2)) = 0 ] && wait
  done
done
wait
