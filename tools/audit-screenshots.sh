#!/usr/bin/env bash
# Remakes docs/audit-index.png and docs/audit-pdf-page.png: the bundled fixtures extracted and
# audited, then photographed by headless Chromium. Needs the built distribution and chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$out" "$profile"' EXIT
./nianbao extract fixtures -o "$out" -q || true   # exit 1: some fixtures are broken on purpose
./nianbao audit "$out"
page="$(grep -o 'doc-[0-9]*\.html">fixtures/pdf/bordered-2021.pdf' "$out/audit/index.html" | cut -d'"' -f1)"
shot() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size="$3" \
    --virtual-time-budget=5000 --screenshot="$2" "$1" 2>/dev/null
}
shot "file://$out/audit/index.html" docs/audit-index.png 1400,760
shot "file://$out/audit/$page#cell=requests/new/natural_person" docs/audit-pdf-page.png 1600,1000
echo "docs/audit-index.png docs/audit-pdf-page.png written from $page"
