#!/usr/bin/env python3
"""Regenerates the PDF fixtures of text a reader does not see (issue 10; docs/invariant.md):

- unseen-2019.pdf: the bordered 2019 report printed by Chromium (print-to-PDF, as a browser or a
  content system prints a page) with, in value cells of table 三, a typewriter correction (the old
  number covered by a white box, the new one drawn over it), a struck-out old number, white and
  1 px digits beside the value, and a footnote marker <sup>1</sup>.
- clipped-2019.pdf: the same report printed by Chromium with two value cells of table 三 whose text
  a CSS box clips (overflow:hidden): a number too wide for its fixed-width box, cut off part-way
  (not believed: value-unreadable), and an old number in a zero-width box, clipped away where it
  overflows onto the new one (not read: text-hidden).
- damaged-page.pdf: bordered-2019.pdf with 64 bytes of page 2's compressed content stream
  scrambled (a transfer error): PDFBox draws the page up to the damage and silently stops.

Needs chromium; the build does not. Usage: python3 tools/pdf-fixtures/make_unseen.py (from the
worktree root). Writes target/pdf-fixtures/<case>.truth.csv for check.py, like make.py."""
import csv, os, re, subprocess, zlib
import report_html
import truth as T
from make import OUT, WORK, truth_rows
from report_html import Style, document

OLD = {("new", "natural_person"): 43, ("new", "commercial"): 30}
PERTURBED = {
    ("new", "natural_person"): lambda v: ('<span class="tw">%d<span class="fix">%s</span></span>' % (v + 43, v), str(v)),
    ("new", "commercial"): lambda v: ("<del>%d</del>%s" % (v + 30, v), str(v)),
    ("granted", "natural_person"): lambda v: ('%s<span style="color:#fff">7</span>' % v, str(v)),
    ("granted", "commercial"): lambda v: ('<span style="font-size:1px">9</span>%s' % v, str(v)),
    ("partially_granted", "natural_person"): lambda v: ("%s<sup>1</sup>" % v, "%s¹" % v),
}
CSS = ("<style>@page { size: A4; margin: 18mm } .tw { position: relative; display: inline-block }"
       " .fix { position: absolute; left: -1px; top: -1px; right: -3px; bottom: -1px; background: #fff }</style>")


def unseen():
    plain = report_html.raw_value

    def markup(key, v, style):
        return PERTURBED[key](v)[0] if key in PERTURBED else plain(key, v, style)

    req, act, app = T.requests("2019"), T.active("2019"), T.appeals()
    report_html.raw_value = markup
    try:
        html = document("示例县人民政府2020年政府信息公开工作年度报告", "2019", Style(footer=False), req, act, app)
    finally:
        report_html.raw_value = plain
    html = html.replace("</head>", CSS + "</head>")
    src = os.path.join(WORK, "unseen-2019.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    pdf = os.path.join(OUT, "unseen-2019.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, src], check=True, capture_output=True)
    rows = []
    for t, r, c, v, raw in truth_rows("2019", req, act, app, Style()):
        if t == "requests" and (r, c) in PERTURBED:
            raw = PERTURBED[(r, c)](req[r][c])[1]
        rows.append((t, r, c, v, raw))
    with open(os.path.join(WORK, "unseen-2019.truth.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


CLIPPED = {
    ("new", "natural_person"): lambda v: (
        '<span style="display:inline-block;width:1.1em;overflow:hidden;white-space:nowrap;vertical-align:bottom">'
        '%s</span>' % v, str(v)),
    ("new", "commercial"): lambda v: (
        '<span style="display:inline-block;width:0;overflow:hidden;white-space:nowrap;vertical-align:bottom">'
        '%d</span>%s' % (v + 30, v), str(v)),
}


def clipped():
    plain = report_html.raw_value

    def markup(key, v, style):
        return CLIPPED[key](v)[0] if key in CLIPPED else plain(key, v, style)

    req, act, app = T.requests("2019"), T.active("2019"), T.appeals()
    report_html.raw_value = markup
    try:
        html = document("示例县人民政府2020年政府信息公开工作年度报告", "2019", Style(footer=False), req, act, app)
    finally:
        report_html.raw_value = plain
    html = html.replace("</head>", "<style>@page { size: A4; margin: 18mm }</style></head>")
    src = os.path.join(WORK, "clipped-2019.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    pdf = os.path.join(OUT, "clipped-2019.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, src], check=True, capture_output=True)
    with open(os.path.join(WORK, "clipped-2019.truth.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(truth_rows("2019", req, act, app, Style()))


def damaged():
    with open(os.path.join(OUT, "bordered-2019.pdf"), "rb") as f:
        data = bytearray(f.read())
    streams = []
    for m in re.finditer(rb"stream\r?\n", data):
        start, end = m.end(), data.find(b"endstream", m.end())
        try:
            out = zlib.decompressobj().decompress(bytes(data[start:end]))
        except zlib.error:
            continue
        if b" Tf" in out:
            streams.append((start, end))
    start, end = streams[1]  # page 2's content
    at = start + (end - start) * 2 // 5
    for i in range(at, at + 64):
        data[i] ^= 0x5A
    with open(os.path.join(OUT, "damaged-page.pdf"), "wb") as f:
        f.write(data)
    with open(os.path.join(WORK, "damaged-page.truth.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(
            truth_rows("2019", T.requests("2019"), T.active("2019"), T.appeals(), Style()))


if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    unseen()
    clipped()
    damaged()
