#!/usr/bin/env python3
"""Table 三's five 法人或其他组织 columns printed in another order, header and every value row together.
Usage: permute.py PAGE.html OUT.html ORDER [split]
ORDER: five digits, the form's columns (1 商业企业 2 科研机构 3 社会公益组织 4 法律服务机构 5 其他) in the order printed;
split: each header label broken over lines by <br> every two characters (words split over three lines)."""
import re, sys

page, out, order = sys.argv[1], sys.argv[2], [int(c) - 1 for c in sys.argv[3]]
split = len(sys.argv) > 4
src = open(page, encoding='utf-8').read()
start = src.index('三、收到和处理政府信息公开申请情况')
t0 = src.index('<table', start)
t1 = src.index('</table>', t0)
table = src[t0:t1]
TD = re.compile(r'<td[^>]*>.*?</td>', re.S)

def label(td):
    text = re.sub(r'<[^>]+>', '', td)
    if not split:
        return td
    inner = re.sub(r'<br\s*/?>', '', re.search(r'>(.*)</td>', td, re.S).group(1))
    inner = re.sub(r'<[^>]+>', '', inner)
    return td[:td.index('>') + 1] + '<br>'.join(inner[i:i + 2] for i in range(0, len(inner), 2)) + '</td>'

def row(tr):
    tds = TD.findall(tr)
    if '商业企业' in tr:
        assert len(tds) == 5
        new = [label(tds[i]) for i in order]
        head = tr[:tr.index(tds[0])]
        return head + ''.join(new) + '</tr>'
    if len(tds) >= 8 and '商业企业' not in tr and '申请人情况' not in tr and '自然人' not in tr:
        vals = tds[-7:]
        orgs = vals[1:6]
        new = tds[:-7] + [vals[0]] + [orgs[i] for i in order] + [vals[6]]
        head = tr[:tr.index(tds[0])]
        return head + ''.join(new) + '</tr>'
    if split and '自然人' in tr:
        tds2 = [label(t) if ('自然人' in t or '总计' in t) else t for t in tds]
        return tr[:tr.index(tds[0])] + ''.join(tds2) + '</tr>'
    return tr

table2 = re.sub(r'<tr>.*?</tr>', lambda m: row(m.group(0)), table, flags=re.S)
open(out, 'w', encoding='utf-8').write(src[:t0] + table2 + src[t1:])
