#!/usr/bin/env python3
"""Red team rep: mark a DOCX table's header rows as repeated on each page (w:tblHeader), as Word's
"Repeat as header row at the top of each page" does for the rows selected.

usage: docx_repeat_header.py IN.docx OUT.docx --rows first|block|N [--table all|N]
  first  the first row only (rty's docx_furniture.py --repeat-header: a cell merged down from it is cut)
  block  the first row and every row a vertical merge from it runs into (the whole header, as a person
         selects it: table 三's three rows under the note cell, 四's three)
  N      the first N rows
--table: which tables (0-based, in document order), default all.
"""
import argparse, re, zipfile


def header_rows(rows, how):
    if how == 'first':
        return 1
    if how == 'block':
        n = 1
        # a row continuing a vertical merge belongs to the block above it
        while n < len(rows) and 'w:vMerge w:val="continue"' in rows[n] or n < len(rows) and '<w:vMerge/>' in rows[n]:
            n += 1
        return n
    return int(how)


def mark(row):
    if '<w:trPr>' in row:
        return row.replace('<w:trPr>', '<w:trPr><w:tblHeader/>', 1)
    return re.sub(r'^<w:tr( [^>]*)?>', lambda m: m.group(0) + '<w:trPr><w:tblHeader/></w:trPr>', row, count=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src'); ap.add_argument('dst')
    ap.add_argument('--rows', default='block'); ap.add_argument('--table', default='all')
    a = ap.parse_args()
    zin = zipfile.ZipFile(a.src)
    parts = {n: zin.read(n) for n in zin.namelist()}
    doc = parts['word/document.xml'].decode()
    index = [0]

    def table(m):
        i = index[0]; index[0] += 1
        if a.table != 'all' and int(a.table) != i:
            return m.group(0)
        rows = re.findall(r'<w:tr[ >].*?</w:tr>', m.group(0), re.S)
        out = m.group(0)
        for r in rows[:header_rows(rows, a.rows)]:
            out = out.replace(r, mark(r), 1)
        return out

    doc = re.sub(r'<w:tbl>.*?</w:tbl>', table, doc, flags=re.S)
    parts['word/document.xml'] = doc.encode()
    with zipfile.ZipFile(a.dst, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist():
            z.writestr(n, parts[n])


if __name__ == '__main__':
    main()
