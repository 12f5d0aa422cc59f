#!/usr/bin/env python3
"""Money units as offices write them, on rtx's rtx-header-bare-qianyuan-2019.html (政府集中采购 １５３ / 35,600 under
`采购总金额千元`): the header's unit, the amount cell and, for some, a caption above table 二 changed together. Each
variant: (name, header, amount cell, caption or None, the amount in 万元 as a reader of the page computes it).
Usage: units.py BASE.html OUTDIR  -> OUTDIR/rta-unit-NAME-2019.html + .gold.csv"""
import os, sys

base, outdir = sys.argv[1], sys.argv[2]
src = open(base, encoding='utf-8').read()
gold = open(base + '.gold.csv', encoding='utf-8').read()
H = '<td colspan="2">采购总金额千元</td>'
C = '<td colspan="2">35,600</td>'
T = '<p><strong>二、主动公开政府信息情况</strong></p>'
assert H in src and C in src and T in src
variants = [
    ('qianwanyuan', '采购总金额（千万元）', '3.56', None, '3560'),
    ('shiwanyuan', '采购总金额（十万元）', '356', None, '3560'),
    ('baiwan-no-yuan', '采购总金额（百万）', '35.6', None, '3560'),
    ('danwei-baiwan-no-yuan', '采购总金额（单位：百万）', '35.6', None, '3560'),
    ('danwei-qianyuan-trad', '采购总金额（单位：仟元）', '35,600', None, '3560'),
    ('halfwidth-qianyuan-trad', '采购总金额(仟元)', '35,600', None, '3560'),
    ('tortoise-qianyuan', '采购总金额〔千元〕', '35,600', None, '3560'),
    ('qianyuan-formal-yuan', '采购总金额（千圆）', '35,600', None, '3560'),
    ('formal-yuan', '采购总金额（圆）', '35,600,000', None, '3560'),
    ('renminbi-colon-qianyuan', '采购总金额（人民币：千元）', '35,600', None, '3560'),
    ('rmb-qianyuan', '采购总金额（RMB千元）', '35,600', None, '3560'),
    ('qianyuan-rmb', '采购总金额（千元RMB）', '35,600', None, '3560'),
    ('wan-header-qian-cell', '采购总金额（万元）', '35,600千元', None, '3560'),
    ('yuan-header-decimals', '采购总金额（元）', '35,600,000.00', None, '3560'),
    ('baiwanyuan-trad', '采购总金额（佰万元）', '35.6', None, '3560'),
    ('yen-space-qianyuan', '采购总金额（￥ 千元）', '35,600', None, '3560'),
    ('renminbi-space-qianyuan', '采购总金额（人民币 千元）', '35,600', None, '3560'),
    ('qianyuan-hanshui', '采购总金额（千元，含税）', '35,600', None, '3560'),
    ('wanyuan-renminbi', '采购总金额（万元人民币）', '3,560', None, '3560'),
    ('caption-qianyuan-trad', '采购总金额', '35,600', '（金额单位：仟元）', '3560'),
    ('caption-baiwanyuan-trad', '采购总金额', '35.6', '金额单位：佰万元', '3560'),
    ('caption-baiwan', '采购总金额', '35.6', '单位：百万', '3560'),
    ('caption-qianwanyuan', '采购总金额', '3.56', '单位：千万元', '3560'),
    ('caption-qianyuan-renminbi', '采购总金额', '35,600', '单位：千元人民币', '3560'),
    ('caption-yen-qianyuan', '采购总金额', '35,600', '单位：￥千元', '3560'),
    ('caption-wan-header-qian', '采购总金额（千元）', '35,600', '单位：万元', None),
    ('caption-qian-header-wan', '采购总金额（万元）', '3,560', '单位：千元', None),
    ('glued-qianwanyuan', '采购总金额千万元', '3.56', None, '3560'),
    ('glued-shiwanyuan', '采购总金额十万元', '356', None, '3560'),
    ('glued-baiwan', '采购总金额百万', '35.6', None, '3560'),
    ('slash-qianyuan-trad', '采购总金额/仟元', '35,600', None, '3560'),
    ('newline-qianyuan-trad', '采购总金额<br>（仟元）', '35,600', None, '3560'),
    ('newline-baiwanyuan-trad', '采购总金额<br>（佰万元）', '35.6', None, '3560'),
    ('newline-yen-qianyuan', '采购总金额<br>（￥千元）', '35,600', None, '3560'),
]
for name, h, c, cap, wan in variants:
    out = src.replace(H, f'<td colspan="2">{h}</td>').replace(C, f'<td colspan="2">{c}</td>')
    if cap:
        out = out.replace(T, T + f'\n<p>{cap}</p>')
    p = os.path.join(outdir, f'rta-unit-{name}-2019.html')
    open(p, 'w', encoding='utf-8').write(out)
    # a page whose two statements disagree has no amount a reader can compute: the gold leaves it out
    g = gold.replace('active,procurement,amount,3560\n', '' if wan is None else f'active,procurement,amount,{wan}\n')
    open(p + '.gold.csv', 'w', encoding='utf-8').write(g)
