#!/usr/bin/env bash
# Red team rtm (3 Dec 18:41): rti's permuted_tools.sh on a fresh seed (generate --formats html-utf8 --seed 2046
# --count 8, pages 0000-0003, permutation seed 2046); the case kept is page 0003's Debian html2text text with
# table 三 in order TON/35412 and table 四 as 行政诉讼 (直接, 复议后) then 行政复议, columns 总计 其他 纠正 维持 尚未.
# usage: make-permuted-h2t.sh OUTDIR
set -u
out=$1; here=$(cd "$(dirname "$0")/../../.." && pwd)
"$here/nianbao" generate "$out/gen" --count 8 --seed 2046 --formats html-utf8 --threads 1
bash "$here/tools/redteam/rti/permuted_tools.sh" "$out/perm" 2046 "$out"/gen/html-utf8/000[0-3]*.html
echo "case: $out/perm/txt/0003-2019-TON-35412-NAR-53214.h2t.txt"
