#!/usr/bin/env python3
"""Red team rtd (3 Dec): footnote marks and bigger figures in a ruled table's value cells, as report writers
set them: a superscript footnote number after a figure (<sup>1</sup>, Word's footnote reference), a circled
mark (<sup>①</sup>), an asterisk, and a 总计 row printed bold and larger. The gold is the page's figure
without its mark (the mark is a note's number, not part of the count).

usage: sup_probe.py IN.html OUT.html MODE [ROWLABEL]
  MODE sup1 | sup-circled | sup-star | total-big | total-bigger
"""
import re, sys


def main():
    src, dst, mode = sys.argv[1:4]
    label = sys.argv[4] if len(sys.argv) > 4 else '一、本年新收政府信息公开申请数量'
    page = open(src, encoding='utf-8').read()
    # the row whose label is `label`: mark its last figure cell (总计)
    m = re.search(r'<tr>(?:(?!</tr>).)*?' + re.escape(label) + r'.*?</tr>', page, re.S)
    if not m:
        raise SystemExit('row not found: ' + label)
    row = m.group(0)
    cells = list(re.finditer(r'<td[^>]*>(.*?)</td>', row, re.S))
    if mode.startswith('sup'):
        mark = {'sup1': '<sup>1</sup>', 'sup-circled': '<sup>①</sup>', 'sup-star': '<sup>*</sup>'}[mode]
        c = cells[-1]
        inner = c.group(1)
        new_inner = re.sub(r'(</p>)?$', lambda k: mark + (k.group(1) or ''), inner, count=1)
        new_row = row[:c.start(1)] + new_inner + row[c.end(1):]
        page = page.replace(row, new_row, 1)
        note = {'sup1': '注1', 'sup-circled': '注①', 'sup-star': '注*'}[mode]
        page = page.replace('</table>', '</table><p>' + note + '：含上年度结转申请。</p>', 2)
    else:
        size = {'total-big': '1.6em', 'total-bigger': '2em'}[mode]
        new_row = re.sub(r'<td', f'<td style="font-weight:bold;font-size:{size}"', row)
        page = page.replace(row, new_row, 1)
    open(dst, 'w', encoding='utf-8').write(page)


if __name__ == '__main__':
    main()
