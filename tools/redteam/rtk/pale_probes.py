#!/usr/bin/env python3
"""rtk (3 Dec 15:37): Chromium prints of a table printed wholly in one pale grey (PaleTable reads that colour) with
something else pale on the page: a stamp of digits other than wm's bare year (a date, a page mark, a document
number), at the cells' size or within PaleTable's 1.25 size factor, in the table's grey or one PaleTable calls the
same (within 8 of 255); one cell in a darker grey; superseded figures struck through beside their correction.
Golds are the generator's, copied beside each print (a struck figure's cell is its correction: the generator's value).

usage: pale_probes.py SRC_DIR OUT_DIR [VARIANT ...]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
"""
import glob, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRINT = os.path.join(HERE, '..', 'rty', 'chrome_print.py')


def tiled(colour, text, size=14, tops=(8, 20, 32, 44, 56, 68, 80, 92), lefts=(5, 40, 75)):
    """A stamp repeated over the page as CMS print templates tile it: fixed divs, printed on every page."""
    divs = ''
    for top in tops:
        for left in lefts:
            divs += (f'<div style="position:fixed;top:{top}%;left:{left}%;font-size:{size}px;color:{colour};'
                     f'z-index:9;white-space:nowrap">{text}</div>')
    return divs


def struck(page):
    """Every third figure cell of the page's tables superseded: the old figure struck, the correction beside it."""
    count = [0]
    def cell(m):
        count[0] += 1
        value = m.group(2)
        if count[0] % 3 or not value.isdigit():
            return m.group(0)
        old = str(int(value) + 1)
        return f'{m.group(1)}<del>{old}</del> {value}</td>'
    return re.sub(r'(<td[^>]*>)\s*(\d+)\s*</td>', cell, page)


VARIANTS = {
    'pale-bbb-date14-bbb': ('td{color:#bbbbbb}', tiled('#bbbbbb', '2021.03.15'), None),
    'pale-bbb-year16-bbb': ('td{color:#bbbbbb}', tiled('#bbbbbb', '2021', size=16), None),
    'pale-bbb-year14-c2c2c2': ('td{color:#bbbbbb}', tiled('#c2c2c2', '2021'), None),
    'pale-bbb-docno14-bbb': ('td{color:#bbbbbb}', tiled('#bbbbbb', '〔2021〕12号'), None),
    'pale-bbb-pagemark14-bbb': ('td{color:#bbbbbb}', tiled('#bbbbbb', '- 1 -'), None),
    'pale-bbb-one-999': ('td{color:#bbbbbb} tr:nth-child(3) td:nth-child(3){color:#999}', '', None),
    'pale-bbb-struck': ('td{color:#bbbbbb}', '', struck),
}


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or list(VARIANTS)
    for html in sorted(glob.glob(os.path.join(src, '*.html'))):
        base = os.path.basename(html)[:-5]
        for name in names:
            css, body, change = VARIANTS[name]
            os.makedirs(os.path.join(out, name), exist_ok=True)
            stem = os.path.join(out, name, f'{base}-{name}')
            page = html
            if change:
                page = stem + '.src.html'
                open(page, 'w', encoding='utf-8').write(change(open(html, encoding='utf-8').read()))
            subprocess.run([sys.executable, PRINT, page, stem + '.pdf', '--css', css, '--body', body], check=True)
            if change:
                os.remove(page)
            shutil.copy(html + '.gold.csv', stem + '.pdf.gold.csv')


if __name__ == '__main__':
    main()
