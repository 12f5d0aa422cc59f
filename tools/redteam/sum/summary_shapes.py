#!/usr/bin/env python3
"""Issue 10 class 5's false positive (helper sum): a generated page with a summary table of its own figures beside the
form's tables, as agencies print one under 一、总体情况 or after the tables (同比: this year's and last year's figures
side by side, or a 总体情况 table repeating some of table 三/四's rows). The gold stays the page's: a summary's figures
are no cell of the form.
usage: summary_shapes.py SHAPE PAGE.html OUT.html [OTHER.html]   (writes OUT.html and OUT.html.gold.csv)
SHAPE:
  before-last-this      上年 | 本年 (new, carried over, granted, reviews, suits) under 一, before table 二 (rti's shape)
  before-change         本年 | 上年 | 增减 (signed) | 同比 (a share) under 一, before table 二
  after-years           2020年 | 2021年 | 增减 (the title's year and the one before) after table 四, before 五、
  between-results       本年 | 上年 of table 三's result groups (予以公开 … 总计, 结转下年度继续办理), between 三 and 四
  active                上年 | 本年 of table 二's decisions (行政许可, 行政处罚, 行政强制) under 一, before table 二
  stale                 本年 | 上年 where 本年 holds OTHER's figures (a summary copied from last year's report, not
                        updated): it contradicts the tables; gold the tables'
  transposed            the items as columns (本年新收申请 | 予以公开 | 行政复议 | 行政诉讼), rows 上年 / 本年
  single                项目 | 数量 with no other year: a 总体情况 table repeating table 三/四's totals"""
import csv, random, re, sys

shape, page, out = sys.argv[1], sys.argv[2], sys.argv[3]
other = sys.argv[4] if len(sys.argv) > 4 else None
src = open(page, encoding='utf-8').read()


def gold(path):
    return {(r['table'], r['row'], r['column']): r['value'] for r in csv.DictReader(open(path + '.gold.csv', encoding='utf-8'))}


def figure(g, *keys):
    """What a person writes in a summary for these cells: their sum, a blank counted as 0."""
    return str(sum(int(float(g.get(k, '') or 0)) for k in keys))


def rows_of(g, t):
    return [k for k in g if k[0] == t]


def group(g, prefix):
    return [k for k in rows_of(g, 'requests') if k[1].startswith(prefix) and k[2] == 'total']


ITEMS = {
    '本年新收政府信息公开申请数量': lambda g: figure(g, ('requests', 'new', 'total')),
    '上年结转政府信息公开申请数量': lambda g: figure(g, ('requests', 'carried_over', 'total')),
    '予以公开': lambda g: figure(g, ('requests', 'granted', 'total')),
    '部分公开': lambda g: figure(g, ('requests', 'partially_granted', 'total')),
    '不予公开': lambda g: figure(g, *group(g, 'denied_')),
    '无法提供': lambda g: figure(g, *group(g, 'unable_')),
    '不予处理': lambda g: figure(g, *group(g, 'rejected_')),
    '总计': lambda g: figure(g, ('requests', 'total', 'total')),
    '结转下年度继续办理': lambda g: figure(g, ('requests', 'carried_forward', 'total')),
    '行政复议': lambda g: figure(g, ('appeals', 'review', 'total')),
    '行政诉讼': lambda g: figure(g, ('appeals', 'litigation_direct', 'total'), ('appeals', 'litigation_after_review', 'total')),
    '行政许可': lambda g: figure(g, ('active', 'licensing', 'decisions')),
    '行政处罚': lambda g: figure(g, ('active', 'penalty', 'decisions')),
    '行政强制': lambda g: figure(g, ('active', 'coercion', 'decisions')),
}
MAIN = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开', '行政复议', '行政诉讼']
RESULTS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '总计', '结转下年度继续办理']
ACTIVE = ['行政许可', '行政处罚', '行政强制']

g = gold(page)
rng = random.Random(sum(map(ord, page)) + sum(map(ord, shape)))
year = int(re.search(r'(20\d\d) ?年', src).group(1))


def td(*cells):
    return '<tr>' + ''.join(f'<td>{c}</td>' for c in cells) + '</tr>'


def table(intro, head, rows):
    return f'<p>{intro}</p><table border="1" cellspacing="0">' + td(*head) + ''.join(td(*r) for r in rows) + '</table>'


def last_year(this):
    return str(max(0, int(this) + rng.randint(-40, 40)))


def change(this, last):
    d = int(this) - int(last)
    return ('+' if d > 0 else '') + str(d)


def share(this, last):
    return '—' if int(last) == 0 else f'{(int(this) - int(last)) * 100 / int(last):.1f}%'


def before_two(html):
    i = src.index('<p><strong>二、')
    return src[:i] + html + src[i:]


def before_heading(html, heading):
    i = src.index('<p><strong>' + heading)
    return src[:i] + html + src[i:]


if shape == 'before-last-this':
    rows = [(k, last_year(ITEMS[k](g)), ITEMS[k](g)) for k in MAIN]
    res = before_two(table('依申请公开情况与上年对比如下：', ('项目', '上年', '本年'), rows))
elif shape == 'before-change':
    rows = []
    for k in MAIN:
        this = ITEMS[k](g)
        last = last_year(this)
        rows.append((k, this, last, change(this, last), share(this, last)))
    res = before_two(table('主要数据同比情况：', ('项目', '本年', '上年', '增减', '同比'), rows))
elif shape == 'after-years':
    rows = []
    for k in MAIN:
        this = ITEMS[k](g)
        last = last_year(this)
        rows.append((k, last, this, change(this, last)))
    res = before_heading(table('与上年相比：', ('项目', f'{year - 1}年', f'{year}年', '增减'), rows), '五、')
elif shape == 'between-results':
    rows = [(k, ITEMS[k](g), last_year(ITEMS[k](g))) for k in RESULTS]
    res = before_heading(table('办理结果与上年对比：', ('办理结果', '本年', '上年'), rows), '四、')
elif shape == 'active':
    rows = [(k, last_year(ITEMS[k](g)), ITEMS[k](g)) for k in ACTIVE]
    res = before_two(table('主动公开行政决定与上年对比：', ('项目', '上年', '本年'), rows))
elif shape == 'stale':
    go = gold(other)
    rows = [(k, ITEMS[k](go), last_year(ITEMS[k](go))) for k in MAIN]  # 本年 still the other report's figures
    res = before_two(table('依申请公开情况与上年对比如下：', ('项目', '本年', '上年'), rows))
elif shape == 'transposed':
    items = ['本年新收政府信息公开申请数量', '予以公开', '行政复议', '行政诉讼']
    this = [ITEMS[k](g) for k in items]
    last = [last_year(v) for v in this]
    html = ('<p>与上年对比：</p><table border="1" cellspacing="0">' + td('年度', *items) + td('上年', *last)
            + td('本年', *this) + '</table>')
    res = before_two(html)
elif shape == 'single':
    rows = [(k, ITEMS[k](g)) for k in MAIN]
    res = before_two(table('总体情况如下：', ('项目', '数量'), rows))
else:
    raise SystemExit('unknown shape ' + shape)
open(out, 'w', encoding='utf-8').write(res)
with open(page + '.gold.csv', encoding='utf-8') as f, open(out + '.gold.csv', 'w', encoding='utf-8') as o:
    o.write(f.read())
