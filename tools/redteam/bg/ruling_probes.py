#!/usr/bin/env python3
"""bg: Chromium prints for the false grids of BackgroundGaps and DashedLines (issue 10), golds copied beside each
print (the generator's). rth's variants (tools/redteam/rth/pdf_probes.py) are taken as they are; the ones here are
their solid-ruled twins, the page the dotted twin should read like, and other boxes that are no cells.

usage: ruling_probes.py SRC_DIR OUT_DIR [VARIANT ...]   (SRC_DIR: `nianbao generate --formats html-utf8` output)
"""
import glob, importlib.util, os, shutil, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
PRINT = os.path.join(HERE, '..', 'rty', 'chrome_print.py')
spec = importlib.util.spec_from_file_location('rth_probes', os.path.join(HERE, '..', 'rth', 'pdf_probes.py'))
rth = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rth)
EXACT = rth.EXACT


def rows_only(style):
    return ('table{border:0 !important;border-collapse:collapse} td{border:0 !important;'
            f'border-bottom:{style} !important}}')


def cols_only(style):
    return ('table{border:0 !important;border-collapse:collapse} td{border:0 !important;'
            f'border-right:{style} !important;border-bottom:1px solid #999 !important}}')


VARIANTS = dict(rth.VARIANTS)
VARIANTS.update({
    # the twins a dotted table should read like
    'solid-rows-only': (rows_only('1px solid #666'), ''),
    'solid-cols-only': (cols_only('1px solid #666'), ''),
    'dashed-rows-only': (rows_only('1px dashed #666'), ''),
    'dotted-rows-only-2px': (rows_only('2px dotted #666'), ''),
    'dotted-rows-separate': ('table{border:0 !important;border-spacing:0} td{border:0 !important;'
                             'border-bottom:1px dotted #666 !important}', ''),
    # boxes that are no cells: zebra rows that touch, tinted paragraphs in a tight margin, highlighted spans
    'zebra-touching': (EXACT + 'table{border:0 !important;border-spacing:0;background:#fff}'
                       'td{border:0 !important;padding:3px} tr:nth-child(even) td{background:#e8eef7}', ''),
    'zebra-spaced-ruled': (EXACT + 'table{border-spacing:0 2px;border-collapse:separate;background:#fff}'
                           'tr:nth-child(even) td{background:#e8eef7}', ''),
    'tight-paragraph-boxes': (EXACT + 'p{background:#f3f3f3;padding:2px;margin:2px 0}'
                              'body{background:#fafafa;margin:3px}', ''),
    'cell-spans-marked': (EXACT + 'td{padding:1px} td span.v{background:#fff3b0;padding:0 2px}', 'WRAP'),
})


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or list(VARIANTS)
    jobs = []
    for html in sorted(glob.glob(os.path.join(src, '*.html'))):
        base = os.path.basename(html)[:-5]
        page = open(html, encoding='utf-8').read()
        for name in names:
            css, body = VARIANTS[name]
            p = page
            if body == 'WRAP':  # each figure in a span of its own, as rth's link-dotted-bottom
                import re
                p = re.sub(r'<td([^>]*)>(\d[\d,]*)</td>', r'<td\1><span class="v">\2</span></td>', page)
                body = ''
            os.makedirs(os.path.join(out, name), exist_ok=True)
            stem = os.path.join(out, name, f'{base}-{name}')
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
