#!/usr/bin/env python3
"""rth: Chromium prints aimed at the PDF reader's 3 Dec 12:33 changes (DashedLines, BackgroundGaps, TableStitcher's
break rule, RunOverRulings), golds copied beside each print (the generator's; a kept case's gold is checked by hand).

usage: pdf_probes.py SRC_DIR OUT_DIR [VARIANT ...]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
"""
import glob, os, shutil, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

PRINT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'rty', 'chrome_print.py')
EXACT = '*{-webkit-print-color-adjust:exact;print-color-adjust:exact}'


def watermark(colour, text, spacing, size=18, turn=0):
    divs = ''
    turned = f'transform:rotate({turn}deg);' if turn else ''
    for top in (8, 20, 32, 44, 56, 68, 80, 92):
        for left in (5, 40, 75):
            divs += (f'<div style="position:fixed;top:{top}%;left:{left}%;font-size:{size}px;color:{colour};'
                     f'letter-spacing:{spacing}px;{turned}z-index:9;white-space:nowrap">{text}</div>')
    return divs


VARIANTS = {
    # DashedLines: other things drawn as rows of small boxes
    'dotted-underline-cells': ('td{text-decoration:underline dotted}', ''),
    'link-dotted-bottom': ('td{} td span.v{border-bottom:1px dotted #00c}', 'WRAP'),
    'dotted-rows-only': ('table{border:0 !important;border-collapse:collapse} td{border:0 !important;'
                         'border-bottom:1px dotted #666 !important}', ''),
    'dotted-inner-solid-outer': ('table{border-collapse:collapse;border:1px solid #000 !important}'
                                 'td{border:1px dotted #000 !important}', ''),
    'label-leader-dots': ('td:first-child{border-right:2px dotted #000 !important}', ''),
    # BackgroundGaps: fills that are not a 1 px table
    'spaced-zebra': (EXACT + 'table{border:0 !important;border-spacing:0 2px;border-collapse:separate;background:#fff}'
                     'td{border:0 !important;padding:2px} tr:nth-child(even) td{background:#e8eef7}', ''),
    'spaced-cells-filled': (EXACT + 'table{border:0 !important;border-spacing:2px;background:#fff}'
                            'td{border:0 !important;background:#eef3fa}', ''),
    'grey-table-spaced-cells': (EXACT + 'table{border:0 !important;border-spacing:3px;background:#ddd}'
                                'td{border:0 !important;background:#fff}', ''),
    'header-fill-borders': (EXACT + 'tr:first-child td{background:#dde6f0} td{padding:3px}', ''),
    'box-round-paragraphs': (EXACT + 'p{background:#f3f3f3;padding:4px;margin:2px 0}'
                             'body{background:#fafafa}', ''),
    # RunOverRulings: watermarks with letter spacing (the ruling passes between glyphs that do not touch)
    'wm-spaced-999': ('', watermark('#999999', '政务公开 2020', 10)),
    'wm-spaced-date-999': ('', watermark('#999999', '2020-03-31', 12)),
    'wm-year-only-999': ('', watermark('#999999', '2020', 30)),
    'wm-spaced1-999': ('', watermark('#999999', '政务公开 2020', 1)),
    'wm-spaced2-999': ('', watermark('#999999', '政务公开 2020', 2)),
    'wm-spaced4-999': ('', watermark('#999999', '政务公开 2020', 4)),
    'wm-spaced6-999': ('', watermark('#999999', '政务公开 2020', 6)),
    'wm-spaced14-999': ('', watermark('#999999', '政务公开 2020', 14)),
    'wm-turned2-999': ('', watermark('#999999', '政务公开 2020', 0, turn=-2)),
    'wm-turned30-999': ('', watermark('#999999', '政务公开 2020', 0, turn=-30)),
    'wm-spaced-turned1-999': ('', watermark('#999999', '政务公开 2020', 10, turn=-1)),
    'wm-14px-999': ('', watermark('#999999', '政务公开 2020', 0, size=14)),
    'wm-14px-spaced4-999': ('', watermark('#999999', '政务公开 2020', 4, size=14)),
    'wm-spaced-rgba30': ('', watermark('rgba(0,0,0,0.30)', '政务公开 2020', 10)),
    'wm-spaced-large-ccc': ('', watermark('#aaaaaa', '政务公开 2020', 16, size=26)),
    'wm-spaced-site-999': ('', watermark('#999999', 'www.gov.cn 2020', 8)),
    'dotted-cols-only': ('table{border:0 !important;border-collapse:collapse} td{border:0 !important;'
                         'border-right:1px dotted #666 !important;border-bottom:1px solid #999 !important}', ''),
    'round-dots-3px': ('td{border:3px dotted #000 !important}', ''),
    'highlight-column': (EXACT + 'td:nth-child(3){background:#ffff99} td:nth-child(5){background:#fde9d9}', ''),
    # TableStitcher: collapsed borders, tall rows split by a page break with values on both sides
    'collapsed-tall-rows': ('table{border-collapse:collapse} td{border:1px solid #000;padding:6px 2px;'
                            'line-height:2.2}', ''),
}


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or list(VARIANTS)
    os.makedirs(out, exist_ok=True)
    jobs = []
    for html in sorted(glob.glob(os.path.join(src, '*.html'))):
        base = os.path.basename(html)[:-5]
        page = open(html, encoding='utf-8').read()
        for name in names:
            css, body = VARIANTS[name]
            p = page
            if body == 'WRAP':  # a figure in a link-like span, as CMSs that link every count to its list
                import re
                p = re.sub(r'<td([^>]*)>(\d[\d,]*)</td>', r'<td\1><span class="v">\2</span></td>', page)
                body = ''
            stem = os.path.join(out, f'{base}-{name}')
            tmp = stem + '.src.html'
            open(tmp, 'w', encoding='utf-8').write(p)
            jobs.append((tmp, stem + '.pdf', css, body))
            shutil.copy(html + '.gold.csv', stem + '.pdf.gold.csv')
    def run(j):
        tmp, pdf, css, body = j
        subprocess.run([sys.executable, PRINT, tmp, pdf, '--css', css, '--body', body], check=True)
        os.remove(tmp)
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(run, jobs))


if __name__ == '__main__':
    main()
