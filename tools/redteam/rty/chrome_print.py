#!/usr/bin/env python3
"""Red team rty: print a generated HTML page with Chromium (--print-to-pdf) after adding CSS to its head and
HTML right after <body> (a running header as a position:fixed div repeats on every printed page).

usage: chrome_print.py IN.html OUT.pdf [--css CSS] [--body HTML] [--replace OLD NEW]... [--browser-header-footer]
"""
import argparse, os, subprocess, tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src'); ap.add_argument('dst')
    ap.add_argument('--css', default=''); ap.add_argument('--body', default='')
    ap.add_argument('--replace', nargs=2, action='append', default=[])
    ap.add_argument('--browser-header-footer', action='store_true',
                    help="keep Chromium's own print header and footer (date, title, URL, page n/N): a page printed as is")
    a = ap.parse_args()
    page = open(a.src, encoding='utf-8').read()
    page = page.replace('</head>', f'<style>{a.css}</style></head>', 1)
    page = page.replace('<body>', '<body>' + a.body, 1)
    for old, new in a.replace:
        if old not in page:
            raise SystemExit(f'not in page: {old}')
        page = page.replace(old, new)
    with tempfile.TemporaryDirectory() as d:
        html = os.path.join(d, 'page.html')
        open(html, 'w', encoding='utf-8').write(page)
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                        '--disable-background-networking', '--disable-component-update', '--disable-sync',
                        f'--user-data-dir={d}/profile'] + ([] if a.browser_header_footer else ['--no-pdf-header-footer']) + [
                        f'--print-to-pdf={os.path.abspath(a.dst)}', 'file://' + html],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if a.dst.endswith('.pdf'):
            open(a.dst[:-4] + '.html', 'w', encoding='utf-8').write(page) if os.environ.get('KEEP_HTML') else None


if __name__ == '__main__':
    main()
