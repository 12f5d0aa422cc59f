#!/usr/bin/env python3
"""Red team rep: put each table's header rows (the leading rows with no digit in any cell: table 三's note,
applicant and organisation rows, 四's three) into a <thead>, which Chromium repeats at the top of every
printed page the table runs onto.

usage: html_thead.py IN.html OUT.html
"""
import re, sys


def main():
    src, dst = sys.argv[1:3]
    page = open(src, encoding='utf-8').read()

    def table(m):
        t = m.group(0)
        body = re.search(r'<tbody[^>]*>(.*)</tbody>', t, re.S)
        inner = body.group(1) if body else t[t.index('>') + 1:t.rindex('</table>')]
        rows = re.findall(r'<tr[ >].*?</tr>', inner, re.S)
        n = 0
        while n < len(rows) - 1 and not re.search(r'\d', re.sub(r'<[^>]*>', '', rows[n])):
            n += 1
        if n == 0:
            return t
        rest = inner[inner.index(rows[n - 1]) + len(rows[n - 1]):]
        head = '<thead>' + ''.join(rows[:n]) + '</thead>'
        start = t[:t.index('>') + 1]
        return start + head + '<tbody>' + rest.replace('<tbody>', '').replace('</tbody>', '') + '</tbody></table>'

    page = re.sub(r'<table[^>]*>.*?</table>', table, page, flags=re.S)
    open(dst, 'w', encoding='utf-8').write(page)


if __name__ == '__main__':
    main()
