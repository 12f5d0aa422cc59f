#!/usr/bin/env bash
# Permuted table 三 probes: each page × each top order (with an organisation order drawn per page and order) printed by
# Chromium, then pdftotext -fixed 3, -layout, -raw and default mode, the page's gold beside each text.
# Usage: probes.sh OUTDIR SEED PAGE.html...   (OUTDIR/<mode>/ get the texts; OUTDIR/html/ the permuted pages)
set -u
out=$1; seed=$2; shift 2
mkdir -p "$out/html" "$out/fixed3" "$out/layout" "$out/raw" "$out/default"
n=0
for f in "$@"; do
  b=$(basename "$f" .html)
  for top in NOT ONT OTN TON TNO NTO; do
    n=$((n + 1))
    orgs=$(python3 -c "import random; r=random.Random($seed*1000+$n); p=list('12345'); r.shuffle(p); print(''.join(p))")
    name="$b-$top-$orgs"
    python3 "$(dirname "$0")/permute.py" "$f" "$out/html/$name.html" "$top" "$orgs" || continue
    cp "$f.gold.csv" "$out/html/$name.html.gold.csv"
    d=$(mktemp -d)
    if timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$d/u" --no-pdf-header-footer \
        --print-to-pdf="$d/p.pdf" "file://$(realpath "$out/html/$name.html")" >/dev/null 2>&1; then
      pdftotext -fixed 3 "$d/p.pdf" "$out/fixed3/$name.txt"
      pdftotext -layout "$d/p.pdf" "$out/layout/$name.txt"
      pdftotext -raw "$d/p.pdf" "$out/raw/$name.txt"
      pdftotext "$d/p.pdf" "$out/default/$name.txt"
      for m in fixed3 layout raw default; do cp "$f.gold.csv" "$out/$m/$name.txt.gold.csv"; done
    fi
    rm -rf "$d"
  done
done
