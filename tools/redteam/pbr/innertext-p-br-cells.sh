#!/bin/bash
# Chromium's innerText of table cells holding <p>, <p>…<br></p>, empty <p> and bare/empty cells (pbr, 3 Dec 15:37):
# prints the copy with line feeds as \n, to check the rules CutRowPieces relies on against the installed Chromium.
# Usage: innertext-p-br-cells.sh   (needs chromium; ~10 s)
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp)"
python3 "$here/../rtz/innertext.py" "$here/innertext-p-br-cells.html" "$out" && python3 -c "import sys; print(repr(open(sys.argv[1]).read()))" "$out"
rm -f "$out"
# Chromium 3 Dec 2026 gave (rows of the page, in order):
# 'a\t\n\n1\n\n\n\t\n\n2\n\n\n\t3\n\n\n4\n\n\n\t\t\n\n5\n\n\t\n\n6\n\n\n\n\t\n\n7\n\n\t\n\n8\n\n\n\t\n\n\n9\n\n\t\n\n10\n\n\t
#  \n\n\xa0\n\n\t11\n\n\n12\n\n\xa0\n\n\t\n\n13\n\n\t\n\n14\n\n\n\n\t\n\n\n\n\n\nx\t\n\n\t\n\n\n\n\n\ty\n\nend'
# <p> margins: two line feeds either side, collapsed with a neighbour's; <br>: one more line feed; a row's end: one line
# feed that does not collapse (3\n\n\n4: a bare cell ending a row, a <p> opening the next); <p></p>: nothing but its
# margins; <p>&nbsp;</p>: a line holding U+00A0. A tab ends every cell but a row's last
# (after whatever blank lines the cell's paragraphs leave) and is written nowhere else.
