"""Fonts with an honest character map whose layout lookups FontBox does not apply reach the digits (fix22f;
red team 23a's css-web-font-gsub-contextual-calt-2019.html and css-web-font-gpos-kern-placement-2019.html).

From dejavu-sub.ttf (DejaVu Sans subset to the digits, % , . Å é), its GSUB/GPOS/GDEF removed, given by fontTools feaLib:
digits-calt-contextual-swap.ttf: `calt` a contextual lookup (type 5) calling an 8/9 swap (Chromium: 958 drawn 859);
digits-ccmp-multiple.ttf: `ccmp` a multiple substitution `sub eight by nine zero` (958 drawn 9590);
digits-kern-placement.ttf: `kern` single positionings moving 9 two figures right and 8 two left (958 drawn 859);
digits-kern-letters.ttf: honest, `kern` pairs between Å/é and %/, and a `calt` contextual lookup between Å and é
(958 drawn 958).
Run with Debian's python3-fonttools: /usr/bin/python3 mklookups.py (in this folder).
"""
from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
from fontTools.ttLib import TTFont

LS = "languagesystem DFLT dflt; languagesystem latn dflt;\n"


def make(out, fea):
    f = TTFont("dejavu-sub.ttf")
    for t in ("GSUB", "GPOS", "GDEF", "MATH"):
        if t in f:
            del f[t]
    addOpenTypeFeaturesFromString(f, LS + fea)
    f.save(out)


adv = TTFont("dejavu-sub.ttf")["hmtx"]["eight"][0]
make("digits-calt-contextual-swap.ttf",
     "lookup SW { sub eight by nine; sub nine by eight; } SW;\nfeature calt { sub [eight nine]' lookup SW; } calt;")
make("digits-ccmp-multiple.ttf", "feature ccmp { sub eight by nine zero; } ccmp;")
make("digits-kern-placement.ttf",
     "feature kern { pos nine <%d 0 0 0>; pos eight <%d 0 0 0>; } kern;" % (2 * adv, -2 * adv))
make("digits-kern-letters.ttf",
     "lookup AE { sub eacute by Aring; } AE;\nfeature calt { sub Aring eacute' lookup AE; } calt;\n"
     "feature kern { pos Aring eacute -100; pos percent comma -80; } kern;")
