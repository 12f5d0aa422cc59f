#!/bin/bash
# Chromium's DOM of a page after its scripts (the truth for page-script probes): --dump-dom under TZ=Asia/Shanghai,
# zh-CN, no network, 3 s of virtual time. usage: chrome_dom.sh PAGE.html > DOM.html
d=$(mktemp -d)
TZ=Asia/Shanghai timeout 60 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$d/u" --virtual-time-budget=3000 --lang=zh-CN \
  --dump-dom "file://$(readlink -f "$1")" 2>/dev/null
rm -rf "$d"
