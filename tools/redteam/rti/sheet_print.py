#!/usr/bin/env python3
"""Red team rti: a report's tables kept in a spreadsheet and printed by LibreOffice Calc (what an office that fills the
form in Excel/WPS publishes): each HTML table of a generated page becomes rows of a flat ODS sheet, the prose between
tables a text cell in column A that runs over the empty cells right of it. Values are numbers where the page prints a
plain figure (shown with the sheet's number format), text otherwise.
usage: sheet_print.py PAGE.html OUT.fods [--merge] [--no-borders] [--format '#,##0'] [--widths narrow|wide]
--merge: the page's row/colspans become merged cells; without it the label sits in the top-left cell and the covered
cells stay empty (a label that runs over them when the row has no border between).
The gold is the page's: a figure printed with a number format is the same number."""
import argparse, html, re
from html.parser import HTMLParser


class Grid(HTMLParser):
    """The page's blocks in order: ('p', text) for prose, ('t', rows) for a table, rows of (text, rowspan, colspan)."""

    def __init__(self):
        super().__init__(); self.blocks = []; self.table = None; self.cell = None; self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'table':
            self.flush(); self.table = []
        elif tag == 'tr' and self.table is not None:
            self.table.append([])
        elif tag in ('td', 'th') and self.table is not None:
            self.cell = [[], int(a.get('rowspan', 1)), int(a.get('colspan', 1))]
        elif tag in ('p', 'div', 'h1', 'h2', 'h3', 'br') and self.table is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.cell is not None:
            self.table[-1].append((''.join(self.cell[0]).strip(), self.cell[1], self.cell[2])); self.cell = None
        elif tag == 'table' and self.table is not None:
            self.blocks.append(('t', self.table)); self.table = None
        elif tag in ('p', 'div', 'h1', 'h2', 'h3') and self.table is None:
            self.flush()

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0].append(data)
        elif self.table is None:
            self.text.append(data)

    def flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.text)).strip()
        if t:
            self.blocks.append(('p', t))
        self.text = []


def expand(rows):
    """(row, col) -> (text, rowspan, colspan) for each cell's top-left, and the set of covered positions."""
    taken, cells = set(), {}
    for r, row in enumerate(rows):
        c = 0
        for text, rs, cs in row:
            while (r, c) in taken:
                c += 1
            cells[(r, c)] = (text, rs, cs)
            for i in range(rs):
                for j in range(cs):
                    taken.add((r + i, c + j))
            c += cs
    return cells, taken


FIG = re.compile(r'^-?[0-9]+(\.[0-9]+)?$')  # ASCII digits only: a full-width figure stays text, as Calc keeps it


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src'); ap.add_argument('dst')
    ap.add_argument('--merge', action='store_true'); ap.add_argument('--no-borders', action='store_true')
    ap.add_argument('--format', default='0'); ap.add_argument('--widths', default='narrow')
    a = ap.parse_args()
    g = Grid(); g.feed(open(a.src, encoding='utf-8').read()); g.flush()
    ncols = 1
    tables = []
    for kind, b in g.blocks:
        if kind == 't':
            cells, taken = expand(b)
            width = max(c + cs for (r, c), (_, _, cs) in cells.items())
            ncols = max(ncols, width); tables.append((cells, taken, width, len(b)))
    border = 'none' if a.no_borders else '0.75pt solid #000000'
    out = []
    for kind, b in g.blocks:
        if kind == 'p':
            out.append(f'<table:table-row><table:table-cell table:style-name="prose" office:value-type="string">'
                       f'<text:p>{html.escape(b)}</text:p></table:table-cell>'
                       f'<table:table-cell table:number-columns-repeated="{ncols - 1}"/></table:table-row>')
            continue
        cells, taken = expand(b)
        width = max(c + cs for (r, c), (_, _, cs) in cells.items())
        for r in range(len(b)):
            row = []
            for c in range(ncols):
                if (r, c) in cells:
                    text, rs, cs = cells[(r, c)]
                    span = f' table:number-rows-spanned="{rs}" table:number-columns-spanned="{cs}"' \
                        if a.merge and (rs > 1 or cs > 1) else ''
                    if FIG.match(text):
                        row.append(f'<table:table-cell table:style-name="num"{span} office:value-type="float" '
                                   f'office:value="{text}"><text:p>{text}</text:p></table:table-cell>')
                    else:
                        row.append(f'<table:table-cell table:style-name="lab"{span} office:value-type="string">'
                                   f'<text:p>{html.escape(text)}</text:p></table:table-cell>')
                elif (r, c) in taken and a.merge:
                    row.append('<table:covered-table-cell table:style-name="lab"/>')
                elif c < width:
                    row.append('<table:table-cell table:style-name="lab"/>')
                else:
                    row.append('<table:table-cell/>')
            out.append('<table:table-row>' + ''.join(row) + '</table:table-row>')
        out.append(f'<table:table-row><table:table-cell table:number-columns-repeated="{ncols}"/></table:table-row>')
    colw = {'narrow': '1.6cm', 'wide': '2.4cm'}[a.widths]
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles/>
<office:automatic-styles>
 <number:number-style style:name="N1">{numfmt(a.format)}</number:number-style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin="1.5cm"/></style:page-layout>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="{colw}"/></style:style>
 <style:style style:name="coA" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="lab" style:family="table-cell"><style:table-cell-properties fo:border="{border}"/><style:text-properties style:font-name-asian="Noto Sans CJK SC" fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="num" style:family="table-cell" style:data-style-name="N1"><style:table-cell-properties fo:border="{border}"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="prose" style:family="table-cell"><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="年报">
<table:table-column table:style-name="coA"/><table:table-column table:style-name="co1" table:number-columns-repeated="{ncols - 1}"/>
{chr(10).join(out)}
</table:table></office:spreadsheet></office:body></office:document>'''
    open(a.dst, 'w', encoding='utf-8').write(doc)


def numfmt(f):
    """'0' or '#,##0' (thousands grouped) as an ODF number style."""
    grouping = 'true' if ',' in f else 'false'
    # up to four decimals, none forced: 4555.771 stays 4,555.771 and 12 stays 12, so the page's figures are the gold's
    return f'<number:number number:decimal-places="4" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="{grouping}"/>'


if __name__ == '__main__':
    main()
