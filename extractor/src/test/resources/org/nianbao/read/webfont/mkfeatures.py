"""Fonts whose character map is honest and whose GSUB feature tnum substitutes the digits (fix21h).

digits-tnum-swaps-8-9.ttf: red team 22's /tmp/rt22/g/mkfont.py -- DejaVu Sans subset to the digits
(corpus/redteam/css-web-font-bold-face-swapped-2019_files/nbsite-regular.ttf) given
`feature tnum { sub eight by nine; sub nine by eight; } tnum;` (fontTools feaLib).
digits-tnum-honest.ttf: the same font with each digit copied to a glyph `<name>.tf` of the same outline
and `feature tnum { sub zero by zero.tf; ... }`: real tabular figures, drawing the digits written.
Checked in Chromium (`font-variant-numeric:tabular-nums` on <span>958</span>): 859 and 958.
Run with Debian's python3-fonttools: /usr/bin/python3.11 mkfeatures.py SRC.ttf
"""
import copy
import sys

from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
from fontTools.ttLib import TTFont

src = sys.argv[1]
f = TTFont(src)
cm = f.getBestCmap()
eight, nine = cm[0x38], cm[0x39]
addOpenTypeFeaturesFromString(f, "languagesystem DFLT dflt; languagesystem latn dflt;\n"
                              "feature tnum { sub %s by %s; sub %s by %s; } tnum;" % (eight, nine, nine, eight))
f.save("digits-tnum-swaps-8-9.ttf")

f = TTFont(src)
cm = f.getBestCmap()
order = f.getGlyphOrder()
names = [cm[0x30 + i] for i in range(10)]
copies = []
for n in names:
    f["glyf"].glyphs[n + ".tf"] = copy.deepcopy(f["glyf"][n])
    f["hmtx"].metrics[n + ".tf"] = f["hmtx"].metrics[n]
    copies.append(n + ".tf")
f.setGlyphOrder(order + copies)
f["maxp"].numGlyphs = len(order + copies)
f["post"].formatType = 3.0
addOpenTypeFeaturesFromString(f, "languagesystem DFLT dflt; languagesystem latn dflt;\nfeature tnum {"
                              + "".join(" sub %s by %s;" % (a, b) for a, b in zip(names, copies)) + " } tnum;")
f.save("digits-tnum-honest.ttf")
