#!/usr/bin/env bash
# Regenerates the committed PDF part of the accuracy corpus (corpus/src/test/resources/corpus/pdf).
# Needs a CJK TrueType font, which the build machines do not have: apt-get install -y fonts-wqy-zenhei
# Run from the repository root after: mvn -q -B package -DskipTests
set -euo pipefail
font=${1:-/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}
rm -rf corpus/src/test/resources/corpus/pdf
./nianbao generate corpus/src/test/resources/corpus --count 12 --seed 2024 --formats pdf --font "$font"
