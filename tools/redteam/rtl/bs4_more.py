#!/usr/bin/python3
"""More BeautifulSoup idioms on a report page: writes OUT/<idiom>/<stem>.txt.

  bs4_more.py PAGE.html OUTDIR
  min-default : the page minified (white space between tags removed, as CMSs serve it), get_text()
  space-strip : get_text(' ', strip=True)
  nl-nostrip  : get_text('\\n')
"""
import os, re, sys
from bs4 import BeautifulSoup

path, outdir = sys.argv[1:3]
raw = open(path, "rb").read()
stem = os.path.splitext(os.path.basename(path))[0]
def write(idiom, text):
    d = os.path.join(outdir, idiom); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, stem + ".txt"), "w", encoding="utf-8").write(text)
def soup_of(b):
    s = BeautifulSoup(b, "html.parser")
    for x in s(["script", "style"]):
        x.decompose()
    return s
minified = re.sub(rb">\s+<", b"><", raw)
write("bs4-min-default", soup_of(minified).get_text())
write("bs4-space-strip", soup_of(raw).get_text(" ", strip=True))
write("bs4-nl-nostrip", soup_of(raw).get_text("\n"))
write("bs4-min-nl-nostrip", soup_of(minified).get_text("\n"))
