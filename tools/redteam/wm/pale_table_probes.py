#!/usr/bin/env python3
"""wm (3 Dec 15:37): Chromium prints of a table printed wholly in one pale grey, with and without a watermark in the
same or another pale grey over it, to check that reading a pale table (PaleTable) does not let a watermark's digits in.
Golds are the generator's, copied beside each print.

usage: pale_table_probes.py SRC_DIR OUT_DIR [VARIANT ...]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
"""
import glob, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRINT = os.path.join(HERE, '..', 'rty', 'chrome_print.py')


def watermark(colour, text='政务公开 2020', size=18, spacing=0):
    divs = ''
    for top in (8, 20, 32, 44, 56, 68, 80, 92):
        for left in (5, 40, 75):
            divs += (f'<div style="position:fixed;top:{top}%;left:{left}%;font-size:{size}px;color:{colour};'
                     f'letter-spacing:{spacing}px;z-index:9;white-space:nowrap">{text}</div>')
    return divs


VARIANTS = {
    'pale-bbb': ('td{color:#bbbbbb}', ''),
    'pale-c0c0c0': ('td{color:#c0c0c0}', ''),
    # the table's own grey laid over it as a stamp: 18 px, at the cells' 14 px, a bare year at 14 px, letter-spaced
    'pale-bbb-wm-bbb': ('td{color:#bbbbbb}', watermark('#bbbbbb')),
    'pale-bbb-wm14-bbb': ('td{color:#bbbbbb}', watermark('#bbbbbb', size=14)),
    'pale-bbb-year14-bbb': ('td{color:#bbbbbb}', watermark('#bbbbbb', text='2020', size=14)),
    'pale-bbb-wm-spaced4-bbb': ('td{color:#bbbbbb}', watermark('#bbbbbb', spacing=4)),
    'pale-bbb-wm-ccc': ('td{color:#bbbbbb}', watermark('#cccccc')),
}


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or list(VARIANTS)
    for html in sorted(glob.glob(os.path.join(src, '*.html'))):
        base = os.path.basename(html)[:-5]
        for name in names:
            css, body = VARIANTS[name]
            os.makedirs(os.path.join(out, name), exist_ok=True)
            stem = os.path.join(out, name, f'{base}-{name}')
            subprocess.run([sys.executable, PRINT, html, stem + '.pdf', '--css', css, '--body', body], check=True)
            shutil.copy(html + '.gold.csv', stem + '.pdf.gold.csv')


if __name__ == '__main__':
    main()
