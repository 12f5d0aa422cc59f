#!/usr/bin/env python3
"""Makes fixtures/docx/styles-2019.docx (issue 10): fixtures/docx/revisions-2019-libreoffice.docx
with every hidden, struck, white, 1 pt and superscript run formatted through a character style
(some inheriting the property through w:basedOn) instead of directly, plus two value cells holding
an extra paragraph whose paragraph style strikes it (table 三 row 上年结转 自然人: struck 8 above 3)
or hides it through its basedOn chain (商业企业: hidden 6 under 5). styles.xml and document.xml are
edited by hand here, as LibreOffice does not write w:basedOn for character styles it exports.
Expected CSVs: the LibreOffice fixture's hand-checked ones under the new name, plus the two findings
of the paragraph-style cells. Run from the repository root; the build never runs this."""
import re
import sys
import zipfile

SRC = "fixtures/docx/revisions-2019-libreoffice.docx"
DST = "fixtures/docx/styles-2019.docx"

STYLES = """<w:style w:type="character" w:styleId="StruckBase"><w:name w:val="Struck Base"/><w:rPr><w:strike/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="Withdrawn"><w:name w:val="Withdrawn"/><w:basedOn w:val="StruckBase"/><w:rPr><w:b w:val="false"/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="DoubleStruck"><w:name w:val="Double Struck"/><w:rPr><w:dstrike/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="Gone"><w:name w:val="Gone"/><w:rPr><w:vanish/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="Paper"><w:name w:val="Paper"/><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="TinyBase"><w:name w:val="Tiny Base"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="Tiny"><w:name w:val="Tiny"/><w:basedOn w:val="TinyBase"/><w:rPr></w:rPr></w:style>\
<w:style w:type="character" w:styleId="NoteRef"><w:name w:val="Note Ref"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="OldFigure"><w:name w:val="Old Figure"/><w:basedOn w:val="Normal"/><w:rPr><w:strike/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="HiddenBase"><w:name w:val="Hidden Base"/><w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Retracted"><w:name w:val="Retracted"/><w:basedOn w:val="HiddenBase"/><w:rPr></w:rPr></w:style>"""

DIRECT_TO_STYLE = [
    ("<w:rPr><w:strike/></w:rPr>", "Withdrawn"),
    ("<w:rPr><w:dstrike/></w:rPr>", "DoubleStruck"),
    ("<w:rPr><w:vanish/></w:rPr>", "Gone"),
    ('<w:rPr><w:color w:val="FFFFFF"/></w:rPr>', "Paper"),
    ('<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>', "Tiny"),
    ('<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', "NoteRef"),
]


def para(style, text):
    return ('<w:p><w:pPr><w:pStyle w:val="%s"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr><w:t>%s</w:t></w:r></w:p>'
            % (style, text))


def edit_cell(doc, table, row, text, edit):
    """Applies edit to the paragraphs of the cell of table/row (1-based) whose text is exactly text."""
    tables = [m.start() for m in re.finditer(r"<w:tbl>", doc)]
    start = tables[table - 1]
    rows = [m.start() for m in re.finditer(r"<w:tr[ >]", doc[start:])]
    r0 = start + rows[row - 1]
    r1 = doc.index("</w:tr>", r0)
    for m in re.finditer(r"<w:tc>.*?</w:tc>", doc[r0:r1]):
        cell = m.group(0)
        if "".join(re.findall(r"<w:t>([^<]*)</w:t>", cell)) == text:
            p0 = cell.index("<w:p>")
            p1 = cell.rindex("</w:p>") + len("</w:p>")
            new = cell[:p0] + edit(cell[p0:p1]) + cell[p1:]
            return doc[:r0 + m.start()] + new + doc[r0 + m.end():]
    sys.exit("cell %r not found in table %d row %d" % (text, table, row))


def main():
    with zipfile.ZipFile(SRC) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts["word/document.xml"].decode("utf-8")
    for direct, style in DIRECT_TO_STYLE:
        count = doc.count(direct)
        if count != 1:
            sys.exit("expected one run with %s, found %d" % (direct, count))
        doc = doc.replace(direct, '<w:rPr><w:rStyle w:val="%s"/></w:rPr>' % style)
    doc = edit_cell(doc, 2, 5, "3", lambda p: para("OldFigure", "8") + p)
    doc = edit_cell(doc, 2, 5, "5", lambda p: p + para("Retracted", "6"))
    parts["word/document.xml"] = doc.encode("utf-8")
    styles = parts["word/styles.xml"].decode("utf-8")
    parts["word/styles.xml"] = styles.replace("</w:styles>", STYLES + "</w:styles>").encode("utf-8")
    with zipfile.ZipFile(DST, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)

    old = SRC.removeprefix("fixtures/")
    new = DST.removeprefix("fixtures/")
    with open(SRC + ".cells.csv", encoding="utf-8") as f:
        cells = f.read().replace(old + ",", new + ",")
    with open(DST + ".cells.csv", "w", encoding="utf-8") as f:
        f.write(cells)
    with open(SRC + ".findings.csv", encoding="utf-8") as f:
        lines = f.read().replace(old + ",", new + ",").splitlines()
    # in the reader's order: after the findings of row 一 (new), before those of row 三
    at = max(i for i, line in enumerate(lines) if ",requests,new," in line) + 1
    lines[at:at] = [
        new + ",info,text-struck,requests,carried_over,natural_person,struck-out '8' (strike-through (w:strike))"
        " was not read; the value is the text left standing: '3',table:2 row:5 col:4",
        new + ",info,text-hidden,requests,carried_over,commercial,hidden '6' (hidden text (w:vanish)) is not"
        " shown on the page and was not read,table:2 row:5 col:5",
    ]
    with open(DST + ".findings.csv", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
