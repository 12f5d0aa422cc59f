#!/usr/bin/env python3
"""Unit variants of table 二's procurement header/cell on rtx's rtx-header-bare-qianyuan-2019.html (政府集中采购
１５３ / 35,600 under `采购总金额千元`). Each variant: (name, header text, amount cell, amount in 万元 as the page shows it).
Usage: units.py BASE.html OUTDIR  -> OUTDIR/rtz-unit-NAME-2019.html + .gold.csv"""
import os, sys

base, outdir = sys.argv[1], sys.argv[2]
src = open(base, encoding='utf-8').read()
gold = open(base + '.gold.csv', encoding='utf-8').read()
H = '<td colspan="2">采购总金额千元</td>'
C = '<td colspan="2">35,600</td>'
assert H in src and C in src
variants = [
    ('glued-wanyuan', '采购总金额万元', '35,600', '35600'),
    ('glued-yuan', '采购总金额元', '35,600', '3.56'),
    ('glued-yiyuan', '采购总金额亿元', '3.56', '35600'),
    ('glued-qianyuan-trad', '采购总金额仟元', '35,600', '3560'),
    ('glued-qianyuan-zheng', '采购总金额千元整', '35,600', '3560'),
    ('paren-qianyuan-zheng', '采购总金额（千元整）', '35,600', '3560'),
    ('square-qianyuan', '采购总金额［千元］', '35,600', '3560'),
    ('renminbi-glued-qianyuan', '采购总金额人民币千元', '35,600', '3560'),
    ('glued-qianyuan-colon', '采购总金额：千元', '35,600', '3560'),
    ('wan-header-yuan-cell', '采购总金额（万元）', '35,600元', '3.56'),
    ('qian-header-wan-cell', '采购总金额千元', '3,560万元', '3560'),
    ('glued-wan-yuan-word', '采购总金额万元人民币', '35,600', '35600'),
    ('glued-baiwanyuan', '采购总金额百万元', '35.6', '3560'),
    ('glued-qianyuan-space-after', '采购总金额千元 ', '35,600', '3560'),
    ('glued-danwei-qianyuan', '采购总金额单位千元', '35,600', '3560'),
    ('glued-qian', '采购总金额千', '35,600', '3560'),
]
for name, h, c, wan in variants:
    out = src.replace(H, f'<td colspan="2">{h}</td>').replace(C, f'<td colspan="2">{c}</td>')
    p = os.path.join(outdir, f'rtz-unit-{name}-2019.html')
    open(p, 'w', encoding='utf-8').write(out)
    g = gold.replace('active,procurement,amount,3560\n', f'active,procurement,amount,{wan}\n')
    assert g != gold or wan == '3560'
    open(p + '.gold.csv', 'w', encoding='utf-8').write(g)
