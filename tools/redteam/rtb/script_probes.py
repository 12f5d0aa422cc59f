#!/usr/bin/env python3
"""Page-script probes (red team rtb, 3 Dec): the rtx base page (规章 本年新制作数量 summed by a script from monthly
figures, 948 in Chromium) with its script rewritten the ways real sites write it, to find where HtmlUnit with the
prelude (prelude.js, intl.js) fills another figure than Chromium and nothing is flagged. Each page is written with the
base page's gold; the truth is Chromium's --dump-dom under TZ=Asia/Shanghai (tools/redteam/rtb/chrome_dom.sh), and a
page whose cell Chromium fills otherwise has its gold corrected by hand (see the case's why.md).

usage: script_probes.py BASE.html OUTDIR
"""
import calendar
import os
import re
import shutil
import sys

base, outdir = sys.argv[1], sys.argv[2]
src = open(base, encoding='utf-8').read()
gold = base + '.gold.csv'
# (year, month, figure): 2019-12 and 2021-01 are outside the year; the twelve of 2020 sum to 948
MONTHS = [(2019, 12, 7)] + [(2020, m, v) for m, v in zip(range(1, 13), [80, 79, 81, 78, 82, 77, 83, 76, 84, 75, 85, 68])] \
    + [(2021, 1, 9)]
MON = calendar.month_name
ABBR = calendar.month_abbr

# month keys V8's date parser reads and HtmlUnit's engine may not: the month's first day (or the month alone)
KEYS = {
    'js-year-month-unpadded': lambda y, m: f'{y}-{m}',                       # y + '-' + (d.getMonth() + 1)
    'slash-year-month': lambda y, m: f'{y}/{m:02}',                          # a select's 2020/01
    'dot-year-month': lambda y, m: f'{y}.{m}',                               # 2020.1 (Chinese report style)
    'js-datetime-unpadded': lambda y, m: f'{y}-{m}-1 0:0:0',                 # y+'-'+m+'-'+d+' '+h+':'+mi+':'+s
    'datetime-gmt-offset': lambda y, m: f'{y}-{m:02}-01 00:00:00 GMT+0800',  # a server's log time
    'datetime-colon-offset': lambda y, m: f'{y}-{m:02}-01 00:00:00 +08:00',  # MySQL/PostgreSQL timestamptz text
    'english-month-year': lambda y, m: f'{MON[m]} {y}',                      # an English stats feed
    'abbr-month-year': lambda y, m: f'{ABBR[m]} {y}',
    'java-timestamp-slash': lambda y, m: f'{y}/{m:02}/01 00:00:00.0',         # java.sql.Timestamp through a / format
    'datetime-two-spaces': lambda y, m: f'{y}-{m:02}-01  00:00:00',           # a template's double space
    'datetime-utc-suffix': lambda y, m: f'{y}-{m:02}-01 00:00:00 UTC',        # Ruby's Time#to_s in UTC
    'datetime-cst-suffix': lambda y, m: f'{y}-{m:02}-01 00:00:00 CST',        # a Chinese server's %Z
    'month-day-year-dash': lambda y, m: f'{m:02}-01-{y}',                      # mm-dd-yyyy
}

SCRIPT = re.compile(r'<script>\n// 本年新制作数量.*?</script>', re.S)


def page(name, script, cell='<td id="gz-new"></td>', keys=None):
    months = ', '.join(f'["{(keys or (lambda y, m: f"{y}-{m:02}-01"))(y, m)}", {v}]' for y, m, v in MONTHS)
    body = script.replace('MONTHLY', f'var monthly = [{months}];')
    out = SCRIPT.sub(lambda _: '<script>\n// 本年新制作数量：按月统计（数据来自信息公开目录）\n' + body + '\n</script>', src, count=1)
    assert out != src
    out = out.replace('<td id="gz-new"></td>', cell, 1)
    if "getElementById('updated')" in script:
        out = out.replace('</h1>\n', '</h1>\n<p id="updated"></p>\n', 1)
    path = os.path.join(outdir, f'rtb-script-{name}-2019.html')
    open(path, 'w', encoding='utf-8').write(out)
    shutil.copyfile(gold, path + '.gold.csv')


YEAR_TEST = '''MONTHLY
var n = 0;
for (var i = 0; i < monthly.length; i++) {
  if (new Date(monthly[i][0]).getFullYear() === 2020) n += monthly[i][1];
}
document.getElementById('gz-new').textContent = n;'''
for name, key in KEYS.items():
    page('date-' + name, YEAR_TEST, keys=key)

# locale tags Chrome refuses (RangeError: Invalid language tag) or options it refuses (TypeError), which the prelude reads
page('locale-underscore-year', '''MONTHLY
var n = 0;
for (var i = 0; i < monthly.length; i++) {
  if (new Date(monthly[i][0] + 'T00:00:00').toLocaleDateString('zh_CN', {year: 'numeric'}) === '2020年') n += monthly[i][1];
}
document.getElementById('gz-new').textContent = n;''')
page('locale-underscore-updated-first', '''MONTHLY
document.getElementById('updated').textContent = '数据更新：' + new Date(2021, 0, 15).toLocaleDateString('zh_CN');
var n = 0;
for (var i = 0; i < monthly.length; i++) {
  if (monthly[i][0].indexOf('2020-') === 0) n += monthly[i][1];
}
document.getElementById('gz-new').textContent = n;''')
page('number-locale-underscore', '''MONTHLY
var n = 0;
for (var i = 0; i < monthly.length; i++) {
  if (monthly[i][0].indexOf('2020-') === 0) n += monthly[i][1];
}
document.getElementById('gz-new').textContent = n.toLocaleString('zh_CN');''')
page('number-null-options', '''MONTHLY
var n = 0;
for (var i = 0; i < monthly.length; i++) {
  if (monthly[i][0].indexOf('2020-') === 0) n += monthly[i][1];
}
document.getElementById('gz-new').textContent = n.toLocaleString('zh-CN', null);''')

# a cell showing a placeholder until the script fills it, the script failing here on syntax Chrome runs
SUM_SPREAD = '''MONTHLY
var n = [...monthly].filter(function (m) { return m[0].indexOf('2020-') === 0; }).reduce(function (s, m) { return s + m[1]; }, 0);
document.getElementById('gz-new').textContent = n;'''
SUM_CLASS = '''MONTHLY
class MonthlyTotal {
  constructor(rows) { this.rows = rows; }
  of(year) { return this.rows.filter(function (m) { return m[0].indexOf(year + '-') === 0; }).reduce(function (s, m) { return s + m[1]; }, 0); }
}
document.getElementById('gz-new').textContent = new MonthlyTotal(monthly).of(2020);'''
SUM_UNICODE_RE = '''MONTHLY
var year = /^2020-/u, n = 0;
for (var i = 0; i < monthly.length; i++) { if (year.test(monthly[i][0])) n += monthly[i][1]; }
document.getElementById('gz-new').textContent = n;'''
SUM_OPTIONAL_CATCH = '''MONTHLY
var n = 0;
for (var i = 0; i < monthly.length; i++) {
  try { if (monthly[i][0].indexOf('2020-') === 0) n += monthly[i][1]; } catch { }
}
document.getElementById('gz-new').textContent = n;'''
SUM_OBJECT_SPREAD = '''MONTHLY
var totals = {};
for (var i = 0; i < monthly.length; i++) {
  var y = monthly[i][0].substring(0, 4);
  totals = { ...totals, [y]: (totals[y] || 0) + monthly[i][1] };
}
document.getElementById('gz-new').textContent = totals['2020'];'''
for cell_name, cell in [('zero', '<td id="gz-new">0</td>'), ('dash', '<td id="gz-new">-</td>'),
                        ('loading', '<td id="gz-new">加载中…</td>'), ('dashes', '<td id="gz-new">--</td>')]:
    page(f'placeholder-{cell_name}-array-spread', SUM_SPREAD, cell)
page('placeholder-zero-class', SUM_CLASS, '<td id="gz-new">0</td>')
page('placeholder-zero-unicode-regex', SUM_UNICODE_RE, '<td id="gz-new">0</td>')
page('placeholder-zero-optional-catch', SUM_OPTIONAL_CATCH, '<td id="gz-new">0</td>')
page('placeholder-zero-object-spread', SUM_OBJECT_SPREAD, '<td id="gz-new">0</td>')
# the count-up a site animates from the 0 it prints, by a class (countUp.js 2.x is one)
page('count-up-class-zero', '''MONTHLY
class CountUp {
  constructor(el, end) { this.el = el; this.end = end; this.now = 0; }
  start() { var self = this; var step = function () { self.now = Math.min(self.end, self.now + Math.ceil(self.end / 20)); self.el.textContent = self.now; if (self.now < self.end) setTimeout(step, 30); }; step(); }
}
var cells = document.querySelectorAll('td[data-count]');
for (var i = 0; i < cells.length; i++) new CountUp(cells[i], Number(cells[i].getAttribute('data-count'))).start();''',
     '<td id="gz-new" data-count="948">0</td>')
