#!/usr/bin/env python3
"""Value cells of tables 三 and 四 holding more than their figure, as offices' editors leave them (Word or UEditor
paste): the figure's paragraph followed or preceded by an empty one (<p>V</p><p>&nbsp;</p>, <p>&nbsp;</p><p>V</p>,
<p>V</p><p></p>), or ended by a <br> (<p>V<br></p>). A person reads the cell's one figure; the gold is the page's as
generated (no figure changes). Chromium's innerText puts each paragraph on a line of its own, so a cell becomes several
lines: the case RightTrimmedParagraphRow (opn2) counts as "a paragraph's line one cell".
Usage: pcells2.py GEN_HTML_DIR OUTDIR SEED [PAGES...] -> OUTDIR/<doc>-<way>.html + .gold.csv"""
import os, random, re, shutil, sys

src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
only = set(sys.argv[4:])
os.makedirs(out, exist_ok=True)
WAYS = {
    'p-nbsp-after': lambda v: f'<p>{v}</p><p>&nbsp;</p>',
    'p-nbsp-before': lambda v: f'<p>&nbsp;</p><p>{v}</p>',
    'p-empty-after': lambda v: f'<p>{v}</p><p></p>',
    'p-br-end': lambda v: f'<p>{v}<br></p>',
}
CELL = re.compile(r'<td([^>]*)>([^<]*)</td>')
for f in sorted(x for x in os.listdir(src) if x.endswith('.html')):
    if only and f not in only:
        continue
    page = open(os.path.join(src, f), encoding='utf-8').read()
    t0 = page.index('三、收到和处理政府信息公开申请情况')
    t1 = page.index('</table>', page.index('四、政府信息公开行政复议'))
    for way, wrap in WAYS.items():
        rng = random.Random(f'{seed}-{f}-{way}')
        body = CELL.sub(lambda m: f'<td{m.group(1)}>{wrap(m.group(2))}</td>'
                        if m.group(2).strip() and re.fullmatch(r'[\d０-９/—-]+', m.group(2).strip()) and rng.random() < 0.4
                        else m.group(0), page[t0:t1])
        name = f'{f[:-5]}-{way}'
        open(os.path.join(out, name + '.html'), 'w', encoding='utf-8').write(page[:t0] + body + page[t1:])
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(out, name + '.html.gold.csv'))
