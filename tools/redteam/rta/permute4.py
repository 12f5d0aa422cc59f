#!/usr/bin/env python3
"""Table 四 printed in another order, header and value row together: the groups (行政复议 before or after 行政诉讼,
诉讼's 未经复议直接起诉 and 复议后起诉 either way) and the five columns of every group in one order of their own.
Usage: permute4.py PAGE.html OUT.html GROUPS ORDER
GROUPS: 'RNA' (R 行政复议, N 未经复议直接起诉, A 复议后起诉; R first or last, N and A together);
ORDER: five digits, the form's columns (1 结果维持 2 结果纠正 3 其他结果 4 尚未审结 5 总计) in the order printed."""
import re, sys

page, out, groups, order = sys.argv[1], sys.argv[2], sys.argv[3], [int(c) - 1 for c in sys.argv[4]]
assert sorted(groups) == ['A', 'N', 'R'] and groups.index('R') in (0, 2)
src = open(page, encoding='utf-8').read()
start = src.index('四、政府信息公开行政复议')
t0 = src.index('<table', start)
t1 = src.index('</table>', t0)
table = src[t0:t1]
rows = re.findall(r'<tr>.*?</tr>', table, re.S)
assert len(rows) == 4, len(rows)
TD = re.compile(r'<td[^>]*>(.*?)</td>', re.S)
values = TD.findall(rows[3])
assert len(values) == 15
labels = [re.sub(r'<[^>]+>', '', t) for t in TD.findall(rows[2])[:5]]  # the form's five, as the page spells them
start_of = {'R': 0, 'N': 5, 'A': 10}
name = {'N': '未经复议直接起诉', 'A': '复议后起诉'}
lit = [g for g in groups if g != 'R']
td = lambda text, attrs='': f'<td{attrs}>{text}</td>'
review = ''.join(td(labels[i], ' rowspan="2"') for i in order)
top = (td('行政复议', ' colspan="5"') + td('行政诉讼', ' colspan="10"')) if groups[0] == 'R' \
    else (td('行政诉讼', ' colspan="10"') + td('行政复议', ' colspan="5"'))
subs = ''.join(td(name[g], ' colspan="5"') for g in lit)
second = review + subs if groups[0] == 'R' else subs + review
third = ''.join(td(labels[i]) for g in lit for i in order)
vals = ''.join(td(values[start_of[g] + i]) for g in groups for i in order)
new = ''.join(f'<tr>{r}</tr>\n' for r in (top, second, third, vals))
table2 = table[:table.index(rows[0])] + new + table[table.index(rows[3]) + len(rows[3]):]
open(out, 'w', encoding='utf-8').write(src[:t0] + table2 + src[t1:])
