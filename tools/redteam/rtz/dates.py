#!/usr/bin/env python3
"""Date-key variants of rtx's month-summing page: the page's 规章 本年新制作数量 is a script's sum of the months
whose `new Date(key).getFullYear() === 2020`; the keys written in other local formats a CMS or a feed gives.
Usage: dates.py BASE.html OUTDIR   (BASE: corpus/redteam/rtx-script-date-unpadded-month-sum-2019.html)"""
import os, re, sys

base, outdir = sys.argv[1], sys.argv[2]
src = open(base, encoding='utf-8').read()
months = [(2019, 12, 7)] + [(2020, m, v) for m, v in zip(range(1, 13), [80, 79, 81, 78, 82, 77, 83, 76, 84, 75, 85, 68])] + [(2021, 1, 9)]
EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
WD = ['Wed', 'Sat', 'Sun', 'Wed', 'Fri', 'Mon', 'Wed', 'Sat', 'Tue', 'Thu', 'Sun', 'Tue']
formats = {
    'slash-time': lambda y, m: f'{y}/{m}/1 8:00',
    'slash-seconds': lambda y, m: f'{y}/{m:02}/01 00:00:00',
    'han': lambda y, m: f'{y}年{m}月1日',
    'english-no-comma': lambda y, m: f'{EN[m-1]} 1 {y}',
    'iso-minutes-nozone': lambda y, m: f'{y}-{m:02}-01T00:00',
    'us-slash': lambda y, m: f'{m}/1/{y}',
    'us-slash-time': lambda y, m: f'{m:02}/01/{y} 00:00',
    'tostring': lambda y, m: f'Mon {EN[m-1]} 01 {y} 00:00:00 GMT+0800 (中国标准时间)',
    'iso-offset-nocolon': lambda y, m: f'{y}-{m:02}-01T00:00:00+0800',
    'dash-month-end-late': None,  # month-end keys late in the day, below
    'iso-nozone-month-end-late': None,
    'slash-month-end-late': None,
    'dot-time': lambda y, m: f'{y}.{m:02}.01 00:00',
    'dash-time-no-seconds': lambda y, m: f'{y}-{m}-1 0:00',
    'compact': lambda y, m: f'{y}{m:02}01',
}
import calendar
def month_end(y, m, sep, t):
    d = calendar.monthrange(y, m)[1]
    return f'{y}{sep}{m:02}{sep}{d:02}{t}'
late = {
    'dash-month-end-late': lambda y, m: month_end(y, m, '-', ' 20:00:00'),
    'iso-nozone-month-end-late': lambda y, m: month_end(y, m, '-', 'T20:00:00'),
    'slash-month-end-late': lambda y, m: month_end(y, m, '/', ' 20:00:00'),
}
formats.update(late)
for name, f in formats.items():
    keys = ', '.join(f'["{f(y, m)}", {v}]' for y, m, v in months)
    out = re.sub(r'var monthly = \[.*?\];', lambda _: f'var monthly = [{keys}];', src, count=1, flags=re.S)
    assert out != src
    open(os.path.join(outdir, f'rtz-date-{name}-2019.html'), 'w', encoding='utf-8').write(out)
