#!/usr/bin/env python3
"""Amount headers of table 二 as offices write them, on generated pages of both forms: the 2021 form's
本年收费金额（单位：万元） over a colspan=3 cell, the 2019 form's 采购总金额（单位：万元） over a colspan=2 cell, each
replaced by another writing of the header and its amount cell by the same sum in that unit (a county's fees are
small: 3.56 万元, which read in 元 as 万元 stays plausible). Debian html2text cuts such headers at their column's byte
width wherever the column ends, so the same unit is cut at different characters in the two forms.
Usage: units.py PAGE2021.html PAGE2019.html OUTDIR  -> OUTDIR/rtc-unit-<form>-<name>.html + .gold.csv"""
import os, re, sys

p21, p19, outdir = sys.argv[1:]
os.makedirs(outdir, exist_ok=True)
# (name, header, amount cell, amount in 万元 as a reader of the page computes it)
FEES = [
    ('yuan', '本年收费金额（元）', '35600', '3.56'),
    ('yuan-halfwidth', '本年收费金额(元)', '35600', '3.56'),
    ('yuan-decimals', '本年收费金额（元）', '35,600.00', '3.56'),
    ('danwei-yuan', '本年收费金额（单位：元）', '35600', '3.56'),
    ('danwei-yuan-halfwidth', '本年收费金额(单位:元)', '35600', '3.56'),
    ('qianyuan', '本年收费金额（千元）', '35.6', '3.56'),
    ('qianyuan-halfwidth', '本年收费金额(千元)', '35.6', '3.56'),
    ('wanyuan', '本年收费金额（万元）', '3.56', '3.56'),
    ('wanyuan-halfwidth', '本年收费金额(万元)', '3.56', '3.56'),
    ('short-yuan', '收费金额（元）', '35600', '3.56'),
    ('short-yuan-halfwidth', '收费金额(元)', '35600', '3.56'),
    ('total-yuan', '本年收费总金额（元）', '35600', '3.56'),
    ('long-yuan', '本年行政事业性收费金额（元）', '35600', '3.56'),
    ('slash-yuan', '本年收费金额/元', '35600', '3.56'),
    ('colon-yuan', '本年收费金额：元', '35600', '3.56'),
    ('renminbi-yuan', '本年收费金额（人民币元）', '35600', '3.56'),
    ('yuan-renminbi', '本年收费金额（元人民币）', '35600', '3.56'),
    ('glued-yuan', '本年收费金额元', '35600', '3.56'),
    ('tortoise-yuan', '本年收费金额〔元〕', '35600', '3.56'),
    ('square-yuan', '本年收费金额【元】', '35600', '3.56'),
]
PROC = [
    ('yuan-halfwidth', '采购总金额(元)', '35600', '3.56'),
    ('danwei-yuan-halfwidth', '采购总金额(单位:元)', '35600', '3.56'),
    ('short-yuan', '采购金额（元）', '35600', '3.56'),
    ('short-yuan-halfwidth', '采购金额(元)', '35600', '3.56'),
    ('short-qianyuan', '采购金额（千元）', '35.6', '3.56'),
    ('long-yuan', '政府集中采购总金额（元）', '35600', '3.56'),
    ('long2-yuan', '本年采购总金额（元）', '35600', '3.56'),
    ('yuan-space', '采购总金额 （元）', '35600', '3.56'),
    ('tortoise-yuan', '采购总金额〔元〕', '35600', '3.56'),
    ('square-yuan', '采购总金额【元】', '35600', '3.56'),
    ('renminbi-yuan', '采购总金额（人民币元）', '35600', '3.56'),
    ('amount-only-yuan', '金额（元）', '35600', '3.56'),
]


def make(page, form, head_re, cell_re, row, variants):
    src = open(page, encoding='utf-8').read()
    gold = open(page + '.gold.csv', encoding='utf-8').read()
    h = re.search(head_re, src)
    c = re.search(cell_re, src, re.S)
    assert h and c, page
    for name, header, cell, wan in variants:
        out = src[:h.start(1)] + header + src[h.end(1):c.start(1)] + cell + src[c.end(1):]
        doc = os.path.join(outdir, f'rtc-unit-{form}-{name}.html')
        open(doc, 'w', encoding='utf-8').write(out)
        g = re.sub(rf'^active,{row},amount,.*$', f'active,{row},amount,{wan}', gold, flags=re.M)
        assert g != gold or f'active,{row},amount,{wan}\n' in gold
        open(doc + '.gold.csv', 'w', encoding='utf-8').write(g)


make(p21, '2021', r'<td colspan="3">(本年收费金额（单位：万元）)</td>', r'本年收费金额.*?<td colspan="3">([\d.,]+)</td>', 'fees', FEES)
make(p19, '2019', r'<td colspan="2"><p>(采购总金额（单位：万元）)</p></td>', r'政府集中采购.*?<td colspan="2">([\d.,]+)</td>',
     'procurement', PROC)
