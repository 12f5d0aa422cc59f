#!/usr/bin/env python3
"""Second batch of date keys (see dates.py): the text other languages' default date formats give, each key the
month's last day at 20:00 local time, so a parse as UTC (or as invalid) moves 2019-12 in or 2020-12 out.
Usage: dates2.py BASE.html OUTDIR"""
import calendar, os, re, sys

base, outdir = sys.argv[1], sys.argv[2]
src = open(base, encoding='utf-8').read()
months = [(2019, 12, 7)] + [(2020, m, v) for m, v in zip(range(1, 13), [80, 79, 81, 78, 82, 77, 83, 76, 84, 75, 85, 68])] + [(2021, 1, 9)]
def d(y, m):
    return calendar.monthrange(y, m)[1]
formats = {
    'python-micro': lambda y, m: f'{y}-{m:02}-{d(y,m):02} 20:00:00.123456',      # str(datetime) with microseconds
    'python-iso-micro': lambda y, m: f'{y}-{m:02}-{d(y,m):02}T20:00:00.123456',  # datetime.isoformat()
    'go-string': lambda y, m: f'{y}-{m:02}-{d(y,m):02} 20:00:00 +0800 CST',      # Go time.Time.String()
    'dotnet-zh': lambda y, m: f'{y}/{m}/{d(y,m)} 20:00:00',                      # .NET ToString() under zh-CN
    'php-c': lambda y, m: f'{y}-{m:02}-{d(y,m):02}T20:00:00+08:00',              # PHP date('c')
    'rfc2822': lambda y, m: f'{["Mon","Tue","Wed","Thu","Fri","Sat","Sun"][calendar.weekday(y,m,d(y,m))]}, {d(y,m):02} {calendar.month_abbr[m]} {y} 20:00:00 +0800',
    'java-date': lambda y, m: f'{["Mon","Tue","Wed","Thu","Fri","Sat","Sun"][calendar.weekday(y,m,d(y,m))]} {calendar.month_abbr[m]} {d(y,m):02} 20:00:00 CST {y}',  # java.util.Date.toString()
    'sql-dot-late': lambda y, m: f'{y}.{m}.{d(y,m)} 20:00',
    'iso-z-less-millis': lambda y, m: f'{y}-{m:02}-{d(y,m):02}T20:00:00.000',
    'dash-pm': lambda y, m: f'{y}-{m:02}-{d(y,m):02} 8:00 PM',
    'slash-pm': lambda y, m: f'{y}/{m:02}/{d(y,m):02} 8:00 PM',
    'han-time': lambda y, m: f'{y}-{m:02}-{d(y,m):02} 20时00分',
}
for name, f in formats.items():
    keys = ', '.join(f'["{f(y, m)}", {v}]' for y, m, v in months)
    out = re.sub(r'var monthly = \[.*?\];', lambda _: f'var monthly = [{keys}];', src, count=1, flags=re.S)
    open(os.path.join(outdir, f'rtz-date2-{name}-2019.html'), 'w', encoding='utf-8').write(out)
