#!/usr/bin/env python3
"""rtk (3 Dec 15:37): Chromium prints of the generated tables styled as publishers style them, aimed at
BackgroundGaps (tinted cells with white gaps, zebra rows, a highlighted row) and at RunOverRulings' letter-spaced
stamps (labels and headers letter-spaced, figures letter-spaced): a table must be read, not doubted wholesale.
Golds are the generator's, copied beside each print.

usage: tint_spacing_probes.py SRC_DIR OUT_DIR [VARIANT ...]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
"""
import glob, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRINT = os.path.join(HERE, '..', 'rty', 'chrome_print.py')
BORDERLESS = 'table{border:0;border-collapse:separate;border-spacing:2px} td{border:0;padding:2px 4px}'

VARIANTS = {
    # every cell tinted, white 2 px gaps between: the gaps are the only rulings
    'tinted-gaps': BORDERLESS + ' td{background:#dde6f3}',
    # zebra rows with white gaps between cells
    'zebra-gaps': BORDERLESS + ' tr:nth-child(odd) td{background:#eeeeee} tr:nth-child(even) td{background:#ffffff}',
    # ruled table with one highlighted row (a total row picked out in yellow)
    'highlight-row': 'tr:nth-child(4) td{background:#fff3b0}',
    # header and label cells letter-spaced as 合　　计 is, in a ruled table
    'spaced-labels': 'td:first-child{letter-spacing:6px} tr:nth-child(2) td{letter-spacing:4px}',
    # figures letter-spaced (a "1 2 3 4" look)
    'spaced-figures': 'td{letter-spacing:5px}',
}


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or list(VARIANTS)
    for html in sorted(glob.glob(os.path.join(src, '*.html'))):
        base = os.path.basename(html)[:-5]
        for name in names:
            os.makedirs(os.path.join(out, name), exist_ok=True)
            stem = os.path.join(out, name, f'{base}-{name}')
            subprocess.run([sys.executable, PRINT, html, stem + '.pdf', '--css', VARIANTS[name]], check=True)
            shutil.copy(html + '.gold.csv', stem + '.pdf.gold.csv')


if __name__ == '__main__':
    main()
