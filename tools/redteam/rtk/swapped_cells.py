#!/usr/bin/env python3
"""rtk (3 Dec 15:37): CSS-offset anti-scraping (CSS偏移反爬) at the cell level: two neighbouring figure cells of a
page's first table written in one order and drawn in the other, each pushed over the other by position:relative
(left:±pitch) in fixed-width tracks. Forms: `grid` (tbl's div-probe grid, `repeat(N,120px)`), `td` (the <table> with
table-layout:fixed, every column 120px). The gold is the generator's with the two cells exchanged: what the page shows.

usage: swapped_cells.py SRC_DIR OUT_DIR   (SRC_DIR: `nianbao generate --formats html-utf8` output)
"""
import csv, glob, os, re, sys, unicodedata

PITCH = 120


def pick(table):
    """The first row with two neighbouring cells holding different plain figures: (row index, cell index)."""
    for i, row in enumerate(re.findall(r'<tr[^>]*>(.*?)</tr>', table, re.S)):
        cells = [re.sub(r'<[^>]+>', '', b).strip() for b in re.findall(r'<td[^>]*>(.*?)</td>', row, re.S)]
        spans = re.findall(r'<td([^>]*)>', row)
        for j in range(1, len(cells) - 1):
            a, b = cells[j], cells[j + 1]
            if a.isdigit() and b.isdigit() and a != b and 'span' not in spans[j] + spans[j + 1]:
                return i, j, a, b
    return None



def as_td(table, at):
    i, j = at[0], at[1]
    rows = re.findall(r'<tr[^>]*>.*?</tr>', table, re.S)
    row = rows[i]
    parts = re.split(r'(<td[^>]*>)', row)
    # parts: [pre, tag0, body0, tag1, body1, ...]
    parts[1 + 2 * j] = parts[1 + 2 * j].replace('<td', f'<td style="position:relative;left:{PITCH}px"', 1)
    parts[1 + 2 * (j + 1)] = parts[1 + 2 * (j + 1)].replace('<td', f'<td style="position:relative;left:-{PITCH}px"', 1)
    out = table.replace(row, ''.join(parts), 1)
    return out.replace('<table', '<table style="table-layout:fixed;width:auto"', 1)


def as_grid(table, at):
    rows = re.findall(r'<tr[^>]*>(.*?)</tr>', table, re.S)
    def width(tag):
        c = re.search(r'colspan="(\d+)"', tag)
        return int(c.group(1)) if c else 1
    columns = max(sum(width(t) for t in re.findall(r'<td[^>]*>', r)) for r in rows)
    out = f'<div class="grid" style="display:grid;grid-template-columns:repeat({columns},{PITCH}px)">'
    for i, r in enumerate(rows):
        for j, (attrs, body) in enumerate(re.findall(r'<td([^>]*)>(.*?)</td>', r, re.S)):
            style = ['border:1px solid']
            c = re.search(r'colspan="(\d+)"', attrs)
            rs = re.search(r'rowspan="(\d+)"', attrs)
            if c:
                style.append(f'grid-column:span {c.group(1)}')
            if rs:
                style.append(f'grid-row:span {rs.group(1)}')
            if i == at[0] and j in (at[1], at[1] + 1):
                style.append(f'position:relative;left:{PITCH if j == at[1] else -PITCH}px')
            out += f'<div class="cell" style="{";".join(style)}">{body}</div>'
    return out + '</div>'


def main():
    src, out = sys.argv[1], sys.argv[2]
    for f in sorted(glob.glob(os.path.join(src, '*.html'))):
        page = open(f, encoding='utf-8').read()
        base = os.path.basename(f)[:-5]
        first = re.search(r'<table.*?</table>', page, re.S)
        at = pick(first.group(0))
        if not at:
            continue
        for form, make in (('td', as_td), ('grid', as_grid)):
            made = page[:first.start()] + make(first.group(0), at) + page[first.end():]
            made = made.replace('</head>', f'<style>td{{width:{PITCH}px}}</style></head>', 1) if form == 'td' else made
            dst = os.path.join(out, form, f'{base}-swapped-{form}.html')
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            open(dst, 'w', encoding='utf-8').write(made)
            # the gold: the two figures exchanged, as the page draws them
            rows = list(csv.reader(open(f + '.gold.csv', encoding='utf-8')))
            a, b = (unicodedata.normalize('NFKC', v) for v in at[2:])
            # the two figures are consecutive values of one row of the table (the gold lists a row's cells in order)
            k = next(k for k in range(len(rows) - 1) if rows[k][0] == rows[k + 1][0] == 'active'
                     and rows[k][1] == rows[k + 1][1] and (rows[k][3], rows[k + 1][3]) == (a, b))
            rows[k][3], rows[k + 1][3] = b, a
            with open(dst + '.gold.csv', 'w', encoding='utf-8', newline='') as g:
                w = csv.writer(g, lineterminator='\n')
                for r in rows:
                    w.writerow(r)
            print(dst, at)


if __name__ == '__main__':
    main()
