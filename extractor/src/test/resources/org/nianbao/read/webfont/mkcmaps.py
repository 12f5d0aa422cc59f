"""Fonts whose Unicode character maps disagree on the digits (fix22f, red team 23a's cmap case).

digits-honest.ttf carries two Unicode maps, (0,3) and (3,1), both honest. From it:
digits-cmap-w31-swapped.ttf: the (3,1) map gives 8 and 9 each other's glyph, the (0,3) map is left honest
(what a fontTools 字体反爬 script editing `getcmap(3, 1)` makes); Chromium (HarfBuzz) draws with (3,1): 958 shows 859.
digits-cmap-u03-swapped.ttf: the other way round; Chromium draws 958, a reader taking (0,3) would read 859.
Run with Debian's python3-fonttools: /usr/bin/python3 mkcmaps.py (in this folder).
"""
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable


def table(platform, encoding, mapping):
    t = CmapSubtable.newSubtable(4)
    t.platformID, t.platEncID, t.language, t.cmap = platform, encoding, 0, dict(mapping)
    return t


for swapped_table, out in (((3, 1), "digits-cmap-w31-swapped.ttf"), ((0, 3), "digits-cmap-u03-swapped.ttf")):
    f = TTFont("digits-honest.ttf")
    honest = f.getBestCmap()
    swapped = dict(honest)
    swapped[0x38], swapped[0x39] = honest[0x39], honest[0x38]
    f["cmap"].tables = [table(p, e, swapped if (p, e) == swapped_table else honest) for p, e in ((0, 3), (3, 1))]
    f.save(out)
