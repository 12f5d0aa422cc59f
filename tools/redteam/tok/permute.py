#!/usr/bin/env python3
"""Table 三 of a generated 2019/2021 page printed with its top columns and its organisations in other orders,
header and every value row together (what a county's own template does: 法人或其他组织 first, 总计 before 自然人 ...).
Usage: permute.py PAGE.html OUT.html TOP ORGS [split]
TOP: a permutation of "NOT" (N 自然人, O the five organisations under 法人或其他组织, T 总计), the order printed;
ORGS: five digits, the form's organisations (1 商业企业 2 科研机构 3 社会公益组织 4 法律服务机构 5 其他) in the order printed;
split: every header label broken over lines by <br> every two characters (rtz's html2text case).
The gold is the page's: it names cells by column id, whatever order the page prints them in."""
import re, sys

page, out, top, orgs = sys.argv[1], sys.argv[2], sys.argv[3], [int(c) - 1 for c in sys.argv[4]]
split = len(sys.argv) > 5
assert sorted(top) == ['N', 'O', 'T'] and sorted(orgs) == [0, 1, 2, 3, 4]
src = open(page, encoding='utf-8').read()
start = src.index('三、收到和处理政府信息公开申请情况')
t0 = src.index('<table', start)
t1 = src.index('</table>', t0)
table = src[t0:t1]
TD = re.compile(r'<td[^>]*>.*?</td>', re.S)


def label(td):
    if not split:
        return td
    inner = re.sub(r'<[^>]+>', '', re.search(r'>(.*)</td>', td, re.S).group(1))
    return td[:td.index('>') + 1] + '<br>'.join(inner[i:i + 2] for i in range(0, len(inner), 2)) + '</td>'


def row(tr):
    tds = TD.findall(tr)
    head = tr[:tr.index(tds[0])]
    bare = re.sub(r'[\s\u3000]+', '', re.sub(r'<[^>]+>', '', tr))  # labels may be letter-spaced: 商 业 企 业
    if '商业企业' in bare:
        assert len(tds) == 5
        return head + ''.join(label(tds[i]) for i in orgs) + '</tr>'
    if '自然人' in bare and '法人或其他组织' in bare:
        assert len(tds) == 3
        by = {'N': label(tds[0]), 'O': tds[1], 'T': label(tds[2])}
        return head + ''.join(by[k] for k in top) + '</tr>'
    if len(tds) >= 8 and '申请人情况' not in bare:
        vals = tds[-7:]
        by = {'N': [vals[0]], 'O': [vals[1:6][i] for i in orgs], 'T': [vals[6]]}
        return head + ''.join(tds[:-7]) + ''.join(c for k in top for c in by[k]) + '</tr>'
    return tr


table2 = re.sub(r'<tr>.*?</tr>', lambda m: row(m.group(0)), table, flags=re.S)
open(out, 'w', encoding='utf-8').write(src[:t0] + table2 + src[t1:])
