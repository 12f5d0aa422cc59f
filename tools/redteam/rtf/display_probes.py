#!/usr/bin/env python3
"""Red team rtf (3 Dec 12:33): pages whose figures carry display tricks real sites use, kept as HTML and
printed by Chromium (--print-to-pdf, backgrounds printed), both scored against the generator's gold.

Decoys: anti-scraping pages put a digit inside a figure that the page does not show (a span hidden by
display:none, font-size:0, opacity:0, a transparent colour, a screen-reader-only clip, a template, ...), or
show a digit only through CSS (::before content); the figure a person reads is the generator's.
Paint: watermarks and cell colours near GlyphVisibility's contrast rule (< 76 of 255 doubted).

usage: display_probes.py GENERATED.html OUTDIR [--only NAME,...] [--no-pdf]
"""
import argparse, os, random, re, subprocess, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRINT = os.path.join(HERE, '..', 'rty', 'chrome_print.py')

# a hidden decoy digit inside each figure: (class rule, opening tag, closing tag)
DECOYS = {
    'display-none': ('.x{display:none}', '<span class="x">', '</span>'),
    'font-size-0': ('.x{font-size:0}', '<span class="x">', '</span>'),
    'opacity-0': ('.x{opacity:0}', '<span class="x">', '</span>'),
    'color-transparent': ('.x{color:transparent}', '<span class="x">', '</span>'),
    'text-fill-transparent': ('.x{-webkit-text-fill-color:transparent}', '<span class="x">', '</span>'),
    'white-text': ('.x{color:#fff}', '<span class="x">', '</span>'),
    'sr-only-clip': ('.x{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;'
                     'clip:rect(0,0,0,0);white-space:nowrap;border:0}', '<span class="x">', '</span>'),
    'visually-hidden-clip-path': ('.x{position:absolute;width:1px;height:1px;overflow:hidden;'
                                  'clip-path:inset(50%);white-space:nowrap}', '<span class="x">', '</span>'),
    'visibility-hidden-abs': ('.x{visibility:hidden;position:absolute}', '<span class="x">', '</span>'),
    'width-0-inline-block': ('.x{display:inline-block;width:0;overflow:hidden;vertical-align:top}',
                             '<span class="x">', '</span>'),
    'text-indent-9999': ('.x{display:inline-block;width:1px;overflow:hidden;text-indent:-9999px;'
                         'vertical-align:top}', '<span class="x">', '</span>'),
    'scale-0': ('.x{display:inline-block;transform:scale(0);width:0}', '<span class="x">', '</span>'),
    'template': ('', '<template>', '</template>'),
    'noscript': ('', '<noscript>', '</noscript>'),
    'hidden-attr': ('', '<span hidden>', '</span>'),
    'line-height-0-abs': ('.x{position:absolute;left:-10000px}', '<span class="x">', '</span>'),
}

FIGURE = re.compile(r'<td([^>]*)>(\d)(\d*(?:,\d{3})*)(（[增减]）|\([增减]）|\(减）|）)?(?=<)')


def decoy(page, name, rng):
    rule, op, cl = DECOYS[name]
    def sub(m):
        return f'<td{m.group(1)}>{m.group(2)}{op}{rng.randint(1, 9)}{cl}{m.group(3)}{m.group(4) or ""}'
    return page.replace('</head>', f'<style>{rule}</style></head>', 1) if rule else page, sub


def with_decoys(page, name, seed):
    rng = random.Random(seed)
    page, sub = decoy(page, name, rng)
    return FIGURE.sub(sub, page)


def css_digits(page, how):
    """Each figure's first digit shown only by CSS generated content (::before), or aria-hidden but shown."""
    rules = ''.join(f'.d{d}::before{{content:"{d}"}}' for d in range(10))
    def sub(m):
        if how == 'before':
            return f'<td{m.group(1)}><span class="d{m.group(2)}"></span>{m.group(3)}{m.group(4) or ""}'
        return f'<td{m.group(1)}><span aria-hidden="true">{m.group(2)}</span>{m.group(3)}{m.group(4) or ""}'
    page = FIGURE.sub(sub, page)
    return page.replace('</head>', f'<style>{rules}</style></head>', 1) if how == 'before' else page


def watermark(colour, size=18, text='政务公开 2020'):
    divs = ''
    for top in (8, 20, 32, 44, 56, 68, 80, 92):
        for left in (5, 40, 75):
            divs += (f'<div style="position:fixed;top:{top}%;left:{left}%;font-size:{size}px;color:{colour};'
                     f'z-index:9;white-space:nowrap">{text}</div>')
    return divs


EXACT = '*{-webkit-print-color-adjust:exact;print-color-adjust:exact}'
PAINTS = {
    # coloured and dark watermarks: a pale saturated colour is far from white in one channel only
    'wm-ff9999': ('', watermark('#ff9999')),
    'wm-f4b183': ('', watermark('#f4b183')),
    'wm-9dc3e6': ('', watermark('#9dc3e6')),
    'wm-ffd966': ('', watermark('#ffd966')),
    'wm-999': ('', watermark('#999999')),
    'wm-rgba30': ('', watermark('rgba(0,0,0,0.30)')),
    'wm-rgba35': ('', watermark('rgba(0,0,0,0.35)')),
    'wm-red-rgba40': ('', watermark('rgba(255,0,0,0.40)')),
    # digits only: a date stamp, no word to tell it from a number run on over its column
    'wm-date-999': ('', watermark('#999999', text='2020-03-31')),
    'wm-date-rgba30': ('', watermark('rgba(0,0,0,0.30)', text='2020-03-31')),
    'wm-site-date-999': ('', watermark('#999999', text='www.gov.cn 2020-03-31')),
    # pale figures that are the values (false alarms to count)
    'figures-bbb': ('td{color:#bbbbbb}', ''),
    'figures-aaa': ('td{color:#aaaaaa}', ''),
    # cell backgrounds printed: yellow first row, zebra rows, white on dark
    'zebra-yellow': (EXACT + 'tr:first-child td{background:#ffff00} tr:nth-child(even) td{background:#f2f2f2}', ''),
    'white-on-dark': (EXACT + 'tr:first-child td{background:#1f4e79;color:#fff} tr:nth-child(even) td{background:#ddebf7}', ''),
    'zebra-grey-wm-ccc': (EXACT + 'tr:nth-child(even) td{background:#d9d9d9}', watermark('#cccccc')),
    'dark-rows-wm-ccc': (EXACT + 'tr:nth-child(even) td{background:#808080;color:#fff}', watermark('#cccccc')),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src'); ap.add_argument('out')
    ap.add_argument('--only', default=''); ap.add_argument('--no-pdf', action='store_true')
    ap.add_argument('--no-html', action='store_true')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    page = open(a.src, encoding='utf-8').read()
    base = os.path.basename(a.src)[:-5]
    gold = a.src + '.gold.csv'
    only = set(filter(None, a.only.split(',')))
    made = {}
    for name in DECOYS:
        made['decoy-' + name] = (with_decoys(page, name, hash(base) & 0xffff), '', '')
    made['css-before-digit'] = (css_digits(page, 'before'), '', '')
    made['aria-hidden-digit'] = (css_digits(page, 'aria'), '', '')
    for name, (css, body) in PAINTS.items():
        made[name] = (page, css, body)
    for name, (p, css, body) in made.items():
        if only and name not in only:
            continue
        stem = os.path.join(a.out, f'rtf-{name}-{base}')
        if not a.no_html:
            html = p.replace('</head>', f'<style>{css}</style></head>', 1).replace('<body>', '<body>' + body, 1)
            open(stem + '.html', 'w', encoding='utf-8').write(html)
            shutil.copy(gold, stem + '.html.gold.csv')
        if not a.no_pdf:
            src = stem + '.src.html'
            open(src, 'w', encoding='utf-8').write(p)
            subprocess.run([sys.executable, PRINT, src, stem + '.pdf', '--css', css, '--body', body], check=True)
            os.remove(src)
            shutil.copy(gold, stem + '.pdf.gold.csv')


if __name__ == '__main__':
    main()
