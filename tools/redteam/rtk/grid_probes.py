#!/usr/bin/env python3
"""rtk (3 Dec 15:37): generated pages with each <table> rewritten as a CSS grid of divs (tbl's div-probe `grid`
form: one display:grid box, cells its children, spans as `span N`), plus one thing a CMS or an editor leaves among
the grid's children that a browser does not auto-place as a cell, or places where a reader may not expect it.
Golds are the generator's, copied beside each page; every variant keeps the table as a browser shows it (checked
with grid_cells.js: each cell's row and column from its box).

usage: grid_probes.py SRC_DIR OUT_DIR [VARIANT ...]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
"""
import glob, os, re, shutil, sys

# what goes first among the grid's children, and CSS for the page
VARIANTS = {
    # a "updated" ribbon pinned to the table's corner: absolutely positioned, out of the grid's flow
    'abs-ribbon': ('<div class="ribbon" style="position:absolute;top:-12px;right:0;background:#c00;color:#fff;'
                   'font-size:12px;padding:0 4px">更新</div>', '.grid{position:relative}'),
    # the same ribbon carrying the revision date
    'abs-ribbon-date': ('<div class="ribbon" style="position:absolute;top:-12px;right:0;background:#c00;color:#fff;'
                        'font-size:12px;padding:0 4px">2021-03-15 更新</div>', '.grid{position:relative}'),
    # a fallback for readers without scripts: a browser running scripts shows nothing of it
    'noscript': ('<noscript><div>本表需启用JavaScript查看</div></noscript>', ''),
    # a fixed "back to top" button the template drops inside the content box
    'fixed-top': ('<a class="totop" href="#" style="position:fixed;right:10px;bottom:10px">返回顶部</a>', ''),
    # an empty float the editor's clearing habit leaves: floats are ignored on grid items, it takes a cell
    # (control: a browser places it, so the page itself shows the table shifted; not a case if read shifted)
    'hidden-visibility': ('<div style="visibility:hidden">0</div>', ''),
}


def grid(s, first):
    def table(m):
        rows = re.findall(r'<tr[^>]*>(.*?)</tr>', m.group(0), re.S)
        def width(tag):
            c = re.search(r'colspan="(\d+)"', tag)
            return int(c.group(1)) if c else 1
        columns = max(sum(width(t) for t in re.findall(r'<td[^>]*>', r)) for r in rows)
        out = f'<div class="grid" style="display:grid;grid-template-columns:repeat({columns},auto)">' + first
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
    names = sys.argv[3:] or list(VARIANTS)
    for f in sorted(glob.glob(os.path.join(src, '*.html'))):
        page = open(f, encoding='utf-8').read()
        base = os.path.basename(f)[:-5]
        for name in names:
            first, css = VARIANTS[name]
            made = grid(page, first).replace('</head>', f'<style>{css}</style></head>', 1)
            dst = os.path.join(out, name, f'{base}-{name}.html')
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            open(dst, 'w', encoding='utf-8').write(made)
            for ext in ('.gold.csv', '.gold-findings.csv'):
                if os.path.exists(f + ext):
                    shutil.copy(f + ext, dst + ext)


if __name__ == '__main__':
    main()
