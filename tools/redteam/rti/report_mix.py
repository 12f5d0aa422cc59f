#!/usr/bin/env python3
"""Red team rti: a generated page with something else beside its own tables, as agencies' pages have it.
usage: report_mix.py KIND PAGE.html OUT.html [OTHER.html]
KIND:
  two-reports   OTHER's whole body after PAGE's (a CMS page that shows this year's report and, under it, last year's;
                an archive PDF bound from two years); the gold stays PAGE's (the first report, the one the title names)
  two-reports-first-other   OTHER's body first, PAGE's after it (the older report kept on top); gold PAGE's: the title
                of the page is PAGE's — a reader should not silently return either one's values
  summary       a 同比 summary table (总体情况: 上年 / 本年 for new requests, carried over, granted, reviews, suits) inserted
                under 一、总体情况, its 本年 column the page's own totals, its 上年 column other figures; gold PAGE's
  summary-lastyear   the same summary with its columns 本年 / 上年 and the 本年 figures OTHER's (a summary copied from
                last year's report and not updated — its figures disagree with the tables); gold PAGE's (the tables)"""
import csv, random, re, sys

kind, page, out = sys.argv[1], sys.argv[2], sys.argv[3]
other = sys.argv[4] if len(sys.argv) > 4 else None
src = open(page, encoding='utf-8').read()
body = lambda s: s[s.index('<body>') + 6:s.index('</body>')]


def gold(path):
    return {(r['table'], r['row'], r['column']): r['value'] for r in csv.DictReader(open(path + '.gold.csv', encoding='utf-8'))}


if kind.startswith('two-reports'):
    o = open(other, encoding='utf-8').read()
    sep = '<hr><p>往年年度报告</p>'
    if kind == 'two-reports':
        res = src.replace('</body>', sep + body(o) + '</body>', 1)
    else:
        res = src.replace('<body>', '<body>' + body(o) + sep, 1)
elif kind.startswith('summary'):
    g = gold(page)
    r = random.Random(hash(page) % 1000)
    rows = [('本年新收政府信息公开申请数量', ('requests', 'new', 'total')),
            ('上年结转政府信息公开申请数量', ('requests', 'carried_over', 'total')),
            ('予以公开', ('requests', 'granted', 'total')),
            ('行政复议', ('appeals', 'review', 'total')),
            ('行政诉讼', ('appeals', 'litigation_direct', 'total'))]
    go = gold(other) if other else {}
    trs = []
    for label, key in rows:
        this = g.get(key, '') or '0'
        if kind == 'summary':
            last = str(r.randint(0, 300))
            trs.append(f'<tr><td>{label}</td><td>{last}</td><td>{this}</td></tr>')
        else:
            stale = go.get(key, '') or '0'
            trs.append(f'<tr><td>{label}</td><td>{stale}</td><td>{r.randint(0, 300)}</td></tr>')
    head = '<tr><td>项目</td><td>上年</td><td>本年</td></tr>' if kind == 'summary' else '<tr><td>项目</td><td>本年</td><td>上年</td></tr>'
    table = '<p>依申请公开情况与上年对比如下：</p><table border="1" cellspacing="0">' + head + ''.join(trs) + '</table>'
    anchor = src.index('<p><strong>二、')
    res = src[:anchor] + table + src[anchor:]
else:
    raise SystemExit('unknown kind ' + kind)
open(out, 'w', encoding='utf-8').write(res)
