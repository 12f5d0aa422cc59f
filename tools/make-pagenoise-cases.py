#!/usr/bin/python3
"""Makes the red-team siblings of issue 10's "what the page shows" cases (branch pagenoise) with real tools.

Pattern fills (siblings of chromium-pattern-whiteout-2019.pdf): Chromium prints a repeated CSS background
image as a /PatternType 1 tiling pattern fill.
  chromium-pattern-texture-2019.pdf     correction box with a two-colour (textured) tiled background over the 3
  chromium-pattern-struck-2019.pdf      correction box with a one-colour tiled background over a <del>3</del>
  chromium-pattern-background-2019.pdf  every value cell of table 二 with a tiled background (drawn under its text)
  qpdf-pattern-gaps-2019.pdf            chromium-pattern-whiteout-2019.pdf with the pattern's step doubled by
                                        qpdf --qdf / fix-qdf: the tiles leave gaps the old 3 shows through
Outline text (noise: visible text taken as hidden):
  chromium-text-stroke-2019.pdf         every table cell white with a black -webkit-text-stroke
  libreoffice-outline-2021.pdf          fixtures/docx/official-2021.docx with Word's outline effect (w:outline)
                                        on every run, printed by LibreOffice
Watermarks (noise: every value under them flagged):
  watermark-annotation-2019.pdf         fixtures/pdf/bordered-2019.pdf with a page-wide /Watermark annotation on
                                        each page (pikepdf; its appearance draws 内部资料 in grey at 30 %)
  libreoffice-watermark-2021.pdf        fixtures/docx/official-2021.docx with Word's text watermark (a VML text
                                        path in the header, silver at 50 %, behind the text), printed by LibreOffice
  chromium-watermark-words-2019.pdf     utf8-2019.html under a positioned <div> of 90 px text at 15 % opacity, turned
  chromium-watermark-digits-2019.pdf    30° (内部资料 仅供参考; 2020年 内部资料), and the digits one not turned
  chromium-watermark-digits-flat-2019.pdf

Needs chromium, soffice, qpdf, fix-qdf, ImageMagick's convert and python3-pikepdf (Debian). Run from the worktree
root: /usr/bin/python3 tools/make-pagenoise-cases.py
"""
import base64
import pathlib
import re
import shutil
import subprocess
import tempfile
import zipfile

import pikepdf

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "redteam"
HTML = (ROOT / "fixtures" / "html" / "utf8-2019.html").read_text(encoding="utf-8")
STYLE = ("<style>table{border-collapse:collapse}td{border:1px solid #000;padding:2px 4px}"
         "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}</style>")


def chromium(html, pdf, work):
    src = work / (pdf.stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + str(pdf), src.as_uri()], check=True, capture_output=True, timeout=180)


def styled(html, extra=""):
    return html.replace("</head>", STYLE + extra + "</head>")


def tile(work, name, *draw):
    png = work / name
    subprocess.run(["convert", "-size", "4x4", "xc:#fffffe", *draw, str(png)], check=True)
    return "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode()


def correction(html, old, url):
    box = ('<td style="position:relative">' + old + '<span style="position:absolute;left:1px;top:1px;'
           'padding:0 3px;background:url(' + url + ') repeat">5</span></td>')
    return html.replace("<tr><td>规章</td><td>3</td>", "<tr><td>规章</td>" + box, 1)


def patterns(work):
    plain = tile(work, "plain.png")
    texture = tile(work, "texture.png", "-fill", "#d8ccb0", "-draw", "point 0,0", "-draw", "point 2,2")
    chromium(styled(correction(HTML, "3", texture)), OUT / "chromium-pattern-texture-2019.pdf", work)
    chromium(styled(correction(HTML, "<del>3</del>", plain)), OUT / "chromium-pattern-struck-2019.pdf", work)
    # every value cell of table 二 (the cells after the label in its rows) with a tiled background
    table2 = HTML[HTML.index("<table"):HTML.index("</table>")]
    shaded = re.sub(r"<td>(\d[^<]*)</td>", r'<td style="background:url(' + texture + r') repeat">\1</td>', table2)
    chromium(styled(HTML.replace(table2, shaded)), OUT / "chromium-pattern-background-2019.pdf", work)
    qdf = work / "qdf.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(OUT / "chromium-pattern-whiteout-2019.pdf"),
                    str(qdf)], check=True)
    edited = re.sub(rb"/XStep 4\b", b"/XStep 8", re.sub(rb"/YStep 4\b", b"/YStep 8", qdf.read_bytes()))
    fixed = work / "fixed.pdf"
    with open(fixed, "wb") as f:
        subprocess.run(["fix-qdf"], input=edited, stdout=f, check=True)
    subprocess.run(["qpdf", str(fixed), str(OUT / "qpdf-pattern-gaps-2019.pdf")], check=True)


def outlines(work):
    stroke = "<style>td{color:#fff;-webkit-text-stroke:0.6px #000}</style>"
    chromium(styled(HTML, stroke), OUT / "chromium-text-stroke-2019.pdf", work)

    def outline(name, data):
        if name != "word/document.xml":
            return data
        xml = re.sub(r"<w:rPr>", "<w:rPr><w:outline/>", data.decode("utf-8"))
        return re.sub(r"<w:r>(?!<w:rPr>)", "<w:r><w:rPr><w:outline/></w:rPr>", xml).encode("utf-8")
    libreoffice(work, "libreoffice-outline-2021", outline, {})


def libreoffice(work, name, edit, added):
    """fixtures/docx/official-2021.docx with each part passed through edit(part, bytes) and the parts added,
    printed to OUT/name.pdf by LibreOffice."""
    docx = work / (name + ".docx")
    with zipfile.ZipFile(ROOT / "fixtures" / "docx" / "official-2021.docx") as z_in, \
            zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z_out:
        for item in z_in.infolist():
            z_out.writestr(item, edit(item.filename, z_in.read(item.filename)))
        for part, data in added.items():
            z_out.writestr(part, data)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx)], check=True,
                   capture_output=True, timeout=300)
    shutil.copy(work / (name + ".pdf"), OUT / (name + ".pdf"))


def watermark(work):
    pdf = pikepdf.open(ROOT / "fixtures" / "pdf" / "bordered-2019.pdf")
    for page in pdf.pages:
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0,
                                                    BaseFont=pikepdf.Name("/STSong-Light"),
                                                    Encoding=pikepdf.Name("/UniGB-UCS2-H"),
                                                    DescendantFonts=[pikepdf.Dictionary(
                                                        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType0,
                                                        BaseFont=pikepdf.Name("/STSong-Light"),
                                                        CIDSystemInfo=pikepdf.Dictionary(
                                                            Registry=pikepdf.String("Adobe"),
                                                            Ordering=pikepdf.String("GB1"), Supplement=4))]))
        w = float(page.MediaBox[2])
        h = float(page.MediaBox[3])
        text = "内部资料".encode("utf-16-be").hex().upper()
        content = ("q /GS0 gs 0.6 g BT /F1 90 Tf 0.7071 0.7071 -0.7071 0.7071 %.1f %.1f Tm <%s> Tj ET Q"
                   % (w * 0.22, h * 0.25, text)).encode()
        ap = pdf.make_stream(content, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                             BBox=[0, 0, w, h],
                             Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font), ExtGState=pikepdf.Dictionary(
                                 GS0=pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=0.3, CA=0.3))))
        annot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Watermark,
                                                     Rect=[0, 0, w, h], F=4, AP=pikepdf.Dictionary(N=ap)))
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(annot)
    pdf.save(OUT / "watermark-annotation-2019.pdf")


HEADER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
          '<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
          'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
          '<v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" '
          'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;'
          'rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
          'mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="silver" stroked="f">'
          '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;SimSun&quot;;font-size:1pt" string="内部资料"/>'
          '</v:shape></w:pict></w:r></w:p></w:hdr>')


def word_watermark(work):
    """Word's 水印 (设计 → 水印 → 自定义文字): a VML text-path shape in the header, behind the text."""

    def header(name, data):
        if name == "word/document.xml":
            return data.replace(b"<w:sectPr>", b'<w:sectPr><w:headerReference xmlns:r="http://schemas.openxml'
                                b'formats.org/officeDocument/2006/relationships" w:type="default" r:id="rIdWm"/>')
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdWm" Target="header1.xml" Type="http://'
                                b'schemas.openxmlformats.org/officeDocument/2006/relationships/header"/></Relationships>')
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Override ContentType="application/vnd.openxmlformats-officedocument.'
                                b'wordprocessingml.header+xml" PartName="/word/header1.xml"/></Types>')
        return data
    libreoffice(work, "libreoffice-watermark-2021", header, {"word/header1.xml": HEADER.encode("utf-8")})


def diagonal_watermarks(work):
    """A CMS watermark: big faint text in a positioned <div> over the report, turned 30° or not."""
    for name, text, turn in [("chromium-watermark-words-2019", "内部资料 仅供参考", True),
                             ("chromium-watermark-digits-2019", "2020年 内部资料", True),
                             ("chromium-watermark-digits-flat-2019", "2020 内部资料", False)]:
        div = ('<div style="position:absolute;left:60px;top:300px;font-size:90px;color:rgba(0,0,0,.15);'
               + ("transform:rotate(-30deg);" if turn else "") + 'z-index:9;white-space:nowrap">' + text + "</div>")
        chromium(styled(HTML).replace("</body>", div + "</body>"), OUT / (name + ".pdf"), work)


def main():
    with tempfile.TemporaryDirectory() as t:
        work = pathlib.Path(t)
        patterns(work)
        outlines(work)
        watermark(work)
        word_watermark(work)
        diagonal_watermarks(work)


if __name__ == "__main__":
    main()
