#!/usr/bin/env bash
# tok's permuted table 三 prints (tools/redteam/tok/probes.sh: Chromium print, pdftotext -layout / -fixed 3) re-spaced the
# ways fa2's RequesterHeaderOrder change decides on: tabified at 8 and opened at a tab width of 4 (`unexpand -a | expand
# -t 4`, vim :retab), tabified at 8 and expanded at 2, and every line's leading spaces stripped (`sed 's/^ *//'`).
# Usage: respace.sh SNAPDIR OUTDIR   (SNAPDIR/<mode>/<doc>.txt + .gold.csv)
set -u
snap=$1; out=$2
for m in layout fixed3; do
  for v in u8e4 u8e2 lstrip; do mkdir -p "$out/$m-$v"; done
  for f in "$snap/$m"/*.txt; do
    b=$(basename "$f")
    unexpand -a "$f" | expand -t 4 > "$out/$m-u8e4/$b"
    unexpand -a "$f" | expand -t 2 > "$out/$m-u8e2/$b"
    sed 's/^ *//' "$f" > "$out/$m-lstrip/$b"
    for v in u8e4 u8e2 lstrip; do cp "$f.gold.csv" "$out/$m-$v/$b.gold.csv"; done
  done
done
