#!/usr/bin/env python3
"""Red team rtd (3 Dec): a table laid out like a spreadsheet (the generator's html-expanded pages: merged cells
written out as empty cells) printed with a spreadsheet's look: fixed equal columns, and a cell's text that is too
wide for it runs on over the empty cells to its right (white-space:nowrap), as Excel and Calc show it, where it
fits in them; text that would run into a filled cell wraps. The drawn column borders go through the run-on text.

usage: spill_into_empty.py IN.html OUT.html [COLUMN_PX] [FONT_PX]
"""
import re, sys, unicodedata


def width(text, font):
    return sum(font if unicodedata.east_asian_width(ch) in 'WF' else font * 0.55 for ch in text)


def main():
    src, dst = sys.argv[1:3]
    col = float(sys.argv[3]) if len(sys.argv) > 3 else 64
    font = float(sys.argv[4]) if len(sys.argv) > 4 else 14
    page = open(src, encoding='utf-8').read()

    def row(m):
        cells = re.findall(r'<td([^>]*)>(.*?)</td>', m.group(0), re.S)
        out = []
        for i, (attrs, inner) in enumerate(cells):
            text = re.sub(r'<[^>]*>', '', inner).strip()
            empties = 0
            for _, later in cells[i + 1:]:
                if re.sub(r'<[^>]*>', '', later).strip():
                    break
                empties += 1
            if text and width(text, font) > col - 4 and width(text, font) <= (1 + empties) * col - 4:
                attrs += ' style="white-space:nowrap"'
            out.append(f'<td{attrs}>{inner}</td>')
        return '<tr>' + ''.join(out) + '</tr>'

    page = re.sub(r'<tr>.*?</tr>', row, page, flags=re.S)
    css = (f'<style>table{{table-layout:fixed;border-collapse:collapse}} td{{width:{col}px;overflow:visible;'
           f'font-size:{font}px;vertical-align:top}}</style></head>')
    page = page.replace('</head>', css, 1)
    open(dst, 'w', encoding='utf-8').write(page)


if __name__ == '__main__':
    main()
