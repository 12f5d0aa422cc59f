#!/usr/bin/python3
"""Siblings of red team 11's five "visible figure judged hidden" cases (issue 10, branch vis12), made with
real tools; each is checked on its pixels (pdftoppm) before its gold is written by hand.

Word pattern shading (ECMA-376 ST_Shd pctN: N % of w:color over w:fill), from docx-cell-shading-pattern-2021.docx:
  docx-cell-shading-pct60-red-2021.docx   cell pct60, dark red over white, white figure (shows: a red cell)
  docx-cell-shading-pct60-red-2021.doc    the same saved as DOC by LibreOffice
  libreoffice-cell-shading-pct60-2021.pdf the same printed by LibreOffice
  docx-run-shading-pct5-2021.docx         run pct5 auto/auto (5 % black: F2F2F2), white figure (does not show)
  docx-cell-shading-stripes-2021.docx     cell dkHorizontal stripes (horzStripe) black on white, white figure
HTML outline, glow, inset shadow, from html-text-stroke-white-2019.html (cell 规章 / 本年新制作数量, 3):
  html-text-shadow-white-2019.html        white 3 with a black text-shadow glow (shows)
  html-inset-shadow-white-2019.html       white 3 in a cell painted by box-shadow: inset 0 0 0 50px #1f4e79 (shows)
  html-text-shadow-light-2019.html        white 3 with a near-white glow (does not show)
  chromium-text-stroke-white-2019.pdf     Chromium's print of html-text-stroke-white-2019.html
  chromium-text-shadow-white-2019.pdf     Chromium's print of html-text-shadow-white-2019.html
  chromium-inset-shadow-white-2019.pdf    Chromium's print of html-inset-shadow-white-2019.html
Highlighters with a blend mode:
  chromium-highlight-darken-2019.pdf      chromium-highlight-multiply's box in light blue with mix-blend-mode:darken
  qpdf-flattened-highlight-green-2019.pdf fixtures/pdf/bordered-2019.pdf, a green Multiply highlight over 行政许可 /
                                          本年处理决定数量 (371), flattened by qpdf (shows)
  qpdf-flattened-marker-black-2019.pdf    the same with a black Multiply box over 382 (a marker redaction: does not show)

Needs chromium, soffice, qpdf and python3-pikepdf (Debian). Run from the worktree root:
/usr/bin/python3 tools/make-shading-blend-siblings.py
"""
import pathlib
import shutil
import subprocess
import tempfile
import zipfile

import pikepdf

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "redteam"
CELL_SHADING = 'w:shd w:val="pct80" w:color="auto" w:fill="auto"'
RUN = ('<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t xml:space="preserve">2</w:t></w:r>')


def docx(source, name, edit):
    with zipfile.ZipFile(OUT / source) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode()
    edited = edit(xml)
    assert edited != xml, name
    parts["word/document.xml"] = edited.encode()
    with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def soffice(src, fmt, out, work):
    # a profile of its own: another soffice running on the machine would otherwise take the job
    subprocess.run(["soffice", "-env:UserInstallation=" + (work / "profile").as_uri(), "--headless",
                    "--convert-to", fmt, "--outdir", str(work), str(src)], check=True,
                   capture_output=True, timeout=180)
    shutil.copy(work / (src.stem + "." + fmt), out)


def chromium(html_text, pdf, work):
    src = work / (pdf.stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + str(pdf), src.as_uri()], check=True, capture_output=True, timeout=180)


def word(work):
    docx("docx-cell-shading-pattern-2021.docx", "docx-cell-shading-pct60-red-2021.docx",
         lambda x: x.replace(CELL_SHADING, 'w:shd w:val="pct60" w:color="C00000" w:fill="FFFFFF"'))
    docx("docx-cell-shading-pattern-2021.docx", "docx-cell-shading-stripes-2021.docx",
         lambda x: x.replace(CELL_SHADING, 'w:shd w:val="horzStripe" w:color="000000" w:fill="FFFFFF"'))
    docx("docx-cell-shading-pattern-2021.docx", "docx-run-shading-pct5-2021.docx",
         lambda x: x.replace("<" + CELL_SHADING + "/>", "").replace(
             RUN, '<w:r><w:rPr><w:shd w:val="pct5" w:color="auto" w:fill="auto"/><w:color w:val="FFFFFF"/></w:rPr>'
                  '<w:t xml:space="preserve">2</w:t></w:r>'))
    red = OUT / "docx-cell-shading-pct60-red-2021.docx"
    soffice(red, "doc", OUT / "docx-cell-shading-pct60-red-2021.doc", work)
    soffice(red, "pdf", OUT / "libreoffice-cell-shading-pct60-2021.pdf", work)


def html(work):
    page = (OUT / "html-text-stroke-white-2019.html").read_text(encoding="utf-8")
    stroked = '<td style="color:#fff;-webkit-text-stroke:1px #000">3</td>'
    assert stroked in page
    variants = {
        "html-text-shadow-white-2019.html": '<td style="color:#fff;text-shadow:0 0 2px #000,0 0 2px #000">3</td>',
        "html-inset-shadow-white-2019.html": '<td style="color:#fff;box-shadow:inset 0 0 0 50px #1f4e79">3</td>',
        "html-text-shadow-light-2019.html": '<td style="color:#fff;text-shadow:0 0 2px #f8f8f8">3</td>',
    }
    for name, cell in variants.items():
        (OUT / name).write_text(page.replace(stroked, cell), encoding="utf-8")
    # printed with background colours kept, as a user printing a coloured page asks for
    keep = "<style>*{-webkit-print-color-adjust:exact;print-color-adjust:exact}</style></head>"
    for source, pdf in (("html-text-stroke-white-2019.html", "chromium-text-stroke-white-2019.pdf"),
                        ("html-text-shadow-white-2019.html", "chromium-text-shadow-white-2019.pdf"),
                        ("html-inset-shadow-white-2019.html", "chromium-inset-shadow-white-2019.pdf")):
        text = (OUT / source).read_text(encoding="utf-8").replace("</head>", keep, 1)
        chromium(text, OUT / pdf, work)


def highlight(work):
    page = (ROOT / "fixtures" / "html" / "utf8-2019.html").read_text(encoding="utf-8")
    cell = ('<td><span style="position:relative">3<span style="position:absolute;left:-3px;right:-3px;top:0;'
            'bottom:0;background:#9cf;mix-blend-mode:darken"></span></span></td>')
    marked = page.replace("<tr><td>规章</td><td>3</td>", "<tr><td>规章</td>" + cell, 1)
    assert marked != page
    style = ("<style>table{border-collapse:collapse}td{border:1px solid #000;padding:2px 4px}"
             "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}</style></head>")
    chromium(marked.replace("</head>", style, 1), OUT / "chromium-highlight-darken-2019.pdf", work)
    height = 841.89  # A4; boxes from pdftotext -bbox of the fixture
    annotate(work, (444.4, height - 392.3, 463.45, height - 379.3), (0.5, 1, 0.5),
             OUT / "qpdf-flattened-highlight-green-2019.pdf")
    annotate(work, (232.0, height - 392.3, 251.05, height - 379.3), (0, 0, 0),
             OUT / "qpdf-flattened-marker-black-2019.pdf")


def annotate(work, box, rgb, out):
    """A Highlight annotation over box whose appearance paints rgb with blend mode Multiply, then flattened."""
    x0, y0, x1, y1 = box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2
    pdf = pikepdf.open(ROOT / "fixtures" / "pdf" / "bordered-2019.pdf")
    page = pdf.pages[0]
    w, h = x1 - x0, y1 - y0
    ap = pikepdf.Stream(pdf, ("/GS0 gs %g %g %g rg 0 0 %g %g re f" % (*rgb, w, h)).encode())
    ap["/Type"] = pikepdf.Name.XObject
    ap["/Subtype"] = pikepdf.Name.Form
    ap["/BBox"] = [0, 0, w, h]
    ap["/Resources"] = pikepdf.Dictionary(ExtGState=pikepdf.Dictionary(
        GS0=pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, BM=pikepdf.Name.Multiply)))
    annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Highlight, Rect=[x0, y0, x1, y1],
                               QuadPoints=[x0, y1, x1, y1, x0, y0, x1, y0], C=list(rgb), F=4,
                               AP=pikepdf.Dictionary(N=ap))
    page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(annot)]))
    marked = work / (out.stem + ".annotated.pdf")
    pdf.save(marked)
    subprocess.run(["qpdf", "--flatten-annotations=all", str(marked), str(out)], check=True)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        word(work)
        html(work)
        highlight(work)


if __name__ == "__main__":
    main()
