#!/usr/bin/python3
"""Scraper idioms researchers use, run on a report: writes OUT/<idiom>/<stem>.txt.

  scrape.py bs4 PAGE.html OUTDIR     BeautifulSoup get_text: default, separator '\\n' + strip, separator '\\t'
  scrape.py docx FILE.docx OUTDIR    python-docx: paragraphs then tables (row.cells joined by tabs), and
                                     body order (paragraphs and tables as they come)
"""
import os, sys

def write(outdir, idiom, stem, text):
    d = os.path.join(outdir, idiom); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)

def bs4_idioms(path, outdir):
    from bs4 import BeautifulSoup
    with open(path, "rb") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for s in soup(["script", "style"]):
        s.decompose()
    stem = os.path.splitext(os.path.basename(path))[0]
    write(outdir, "bs4-default", stem, soup.get_text())
    write(outdir, "bs4-nl-strip", stem, soup.get_text(separator="\n", strip=True))
    write(outdir, "bs4-tab", stem, soup.get_text(separator="\t"))
    # the row idiom: each <tr> a line of its cells' stripped text joined by tabs
    lines = []
    for t in soup.find_all("table"):
        for tr in t.find_all("tr"):
            lines.append("\t".join(td.get_text(strip=True) for td in tr.find_all(["td", "th"])))
        lines.append("")
    write(outdir, "bs4-rows", stem, "\n".join(lines))

def docx_idioms(path, outdir):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    def table_text(t):
        return "\n".join("\t".join(c.text for c in row.cells) for row in t.rows)
    text = "\n".join(p.text for p in d.paragraphs) + "\n\n" + "\n\n".join(table_text(t) for t in d.tables)
    write(outdir, "pydocx-tables-last", stem, text)
    out = []
    for child in d.element.body.iterchildren():
        if child.tag.endswith("}p"):
            out.append(Paragraph(child, d).text)
        elif child.tag.endswith("}tbl"):
            out.append(table_text(Table(child, d)))
    write(outdir, "pydocx-body-order", stem, "\n".join(out))

if __name__ == "__main__":
    kind, path, outdir = sys.argv[1:4]
    {"bs4": bs4_idioms, "docx": docx_idioms}[kind](path, outdir)
