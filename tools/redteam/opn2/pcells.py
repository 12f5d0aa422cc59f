#!/usr/bin/env python3
"""Table 四's value row written with some cells' figures in <p> and others bare, as offices' editors leave it, with an
empty cell in each of the fifteen columns in turn (one page a column), written four ways (<td></td>, <td><p></p></td>,
<td>&nbsp;</td>, <td><p>&nbsp;</p></td>), a second empty cell at a random column on every other page, and the row
labels of a third of the pages indented with two U+3000 (rta's indent.py). Chromium's innerText of such a row puts each
<p> cell on a line of its own between blank lines and a bare cell after a tab; an editor's rstrip then takes the tabs
ending those lines and the empty cells they stood for (rtc's open case).
The gold is the page's, kept true: emptying a part subtracts its figure from its group's 总计; emptying a 总计 makes
its group's parts 0 (an empty 总计 over parts that add to more would be a page that contradicts itself).
Usage: pcells.py GEN_HTML_DIR OUTDIR SEED [PAGES...]  -> OUTDIR/<doc>-c<col>.html + .gold.csv"""
import os, random, re, sys

src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
only = set(sys.argv[4:])
os.makedirs(out, exist_ok=True)
GROUPS = ['review', 'litigation_direct', 'litigation_after_review']
COLS = ['upheld', 'corrected', 'other', 'pending', 'total']
EMPTY = ['<td></td>', '<td><p></p></td>', '<td>&nbsp;</td>', '<td><p>&nbsp;</p></td>']
TD = re.compile(r'<td[^>]*>.*?</td>', re.S)
DIGITS = str.maketrans('０１２３４５６７８９', '0123456789')


def figure(td):
    inner = re.sub(r'<[^>]+>', '', td).replace('&nbsp;', '').strip().translate(DIGITS)
    return int(inner) if inner.isdigit() else 0


def indent(page):
    return re.sub(r'(<tr>)(<td(?: [^>]*)?>(?:<p>)?)(?=[（(]?[\u4e00-\u9fff\d])', lambda m: m.group(1) + m.group(2) + '\u3000\u3000', page)


for f in sorted(x for x in os.listdir(src) if x.endswith('.html')):
    if only and f not in only:
        continue
    page = open(os.path.join(src, f), encoding='utf-8').read()
    gold = open(os.path.join(src, f + '.gold.csv'), encoding='utf-8').read().split('\n')
    t = page.index('四、政府信息公开行政复议')
    t0, t1 = page.index('<table', t), page.index('</table>', t)
    last = page.rindex('<tr>', t0, t1)
    end = page.index('</tr>', last)
    tds = TD.findall(page[last:end])
    assert len(tds) == 15, (f, len(tds))
    for col in range(15):
        rng = random.Random(f'{seed}-{f}-{col}')
        cells = [re.sub(r'<[^>]+>', '', td) for td in tds]  # the figures as printed
        values = {i: cells[i] for i in range(15)}
        empty = {col}
        if col % 2:
            empty.add(rng.randrange(15))
        for e in sorted(empty):
            g = e // 5
            if e % 5 == 4:
                for p in range(g * 5, g * 5 + 4):
                    if p not in empty:
                        values[p] = '0'
            else:
                tot = g * 5 + 4
                if tot not in empty:
                    values[tot] = str(max(0, sum(figure(values[p]) for p in range(g * 5, g * 5 + 4) if p not in empty)))
        row = []
        for i in range(15):
            if i in empty:
                row.append(EMPTY[(col + i) % 4])
            else:
                row.append(f'<td><p>{values[i]}</p></td>' if rng.random() < 0.5 else f'<td>{values[i]}</td>')
        doc = page[:last] + '<tr>' + ''.join(row) + page[end:]
        if col % 3 == 2:
            doc = indent(doc)
        name = f'{f[:-5]}-c{col:02d}'
        open(os.path.join(out, name + '.html'), 'w', encoding='utf-8').write(doc)
        lines = []
        for l in gold:
            p = l.split(',')
            if len(p) == 4 and p[0] == 'appeals':
                i = GROUPS.index(p[1]) * 5 + COLS.index(p[2])
                v = '' if i in empty else values[i].translate(DIGITS)
                p[3] = '' if v in ('—', '/', '-', '－') else v
                l = ','.join(p)
            lines.append(l)
        open(os.path.join(out, name + '.html.gold.csv'), 'w', encoding='utf-8').write('\n'.join(lines))
