#!/usr/bin/env python3
"""tbl: generated pages with their <table>s rewritten as CMSs write tables of divs, golds copied beside each.

usage: div-probe.py SRC_DIR OUT_DIR [COUNT]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
Variants: `classed` (display:table/table-row/table-cell set by classes in a style sheet), `inline` (the same in
style attributes, no class), `grid` (one display:grid box per table, its cells direct children, spans as
grid-column/grid-row `span N`: no row element at all). colspan/rowspan have no meaning on a div: a div table
has no spans, a grid has them only through CSS.
"""
import glob, os, re, shutil, sys


def classed(s):
    s = s.replace('</head>', '<style>.t{display:table;border-collapse:collapse}.r{display:table-row}'
                             '.c{display:table-cell;border:1px solid #000}</style></head>')
    s = re.sub(r'<table[^>]*>', '<div class="t">', s).replace('</table>', '</div>')
    s = re.sub(r'</?tbody>', '', s)
    s = re.sub(r'<tr[^>]*>', '<div class="r">', s).replace('</tr>', '</div>')
    return re.sub(r'<td[^>]*>', '<div class="c">', s).replace('</td>', '</div>')


def inline(s):
    s = re.sub(r'<table[^>]*>', '<div style="display:table">', s).replace('</table>', '</div>')
    s = re.sub(r'</?tbody>', '', s)
    s = re.sub(r'<tr[^>]*>', '<div style="display:table-row">', s).replace('</tr>', '</div>')
    return re.sub(r'<td[^>]*>', '<div style="display:table-cell;border:1px solid">', s).replace('</td>', '</div>')


def grid(s):
    def table(m):
        rows = re.findall(r'<tr[^>]*>(.*?)</tr>', m.group(0), re.S)
        def width(tag):
            c = re.search(r'colspan="(\d+)"', tag)
            return int(c.group(1)) if c else 1
        columns = max(sum(width(t) for t in re.findall(r'<td[^>]*>', r)) for r in rows)
        out = f'<div class="grid" style="display:grid;grid-template-columns:repeat({columns},auto)">'
        for r in rows:
            for attrs, body in re.findall(r'<td([^>]*)>(.*?)</td>', r, re.S):
                style = []
                c = re.search(r'colspan="(\d+)"', attrs)
                rs = re.search(r'rowspan="(\d+)"', attrs)
                if c:
                    style.append(f'grid-column:span {c.group(1)}')
                if rs:
                    style.append(f'grid-row:span {rs.group(1)}')
                out += f'<div class="cell" style="border:1px solid;{";".join(style)}">{body}</div>'
        return out + '</div>'
    return re.sub(r'<table.*?</table>', table, s, flags=re.S)


def main():
    src, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    os.makedirs(out, exist_ok=True)
    for f in sorted(glob.glob(os.path.join(src, '*.html')))[:count]:
        page = open(f, encoding='utf-8').read()
        name = os.path.basename(f)[:-5]
        for variant, make in (('classed', classed), ('inline', inline), ('grid', grid)):
            dst = os.path.join(out, variant, f'{name}-{variant}.html')
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            open(dst, 'w', encoding='utf-8').write(make(page))
            for ext in ('.gold.csv', '.gold-findings.csv'):
                shutil.copy(f + ext, dst + ext)


if __name__ == '__main__':
    main()
