#!/usr/bin/env python3
"""A generated page's gold against its HTML's table cells: table 三's 23 rows x 7 and table 四's 15 figures in order (`－`, `/`
and empty cells blank), table 二 row by row (a 2021 page's rows stand in another order; `（增）`/`（减）` and units differ as the
gold writes them). Prints the mismatches. Usage: check_gold.py PAGE.html GOLD.csv"""
import csv, re, sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s): super().__init__(); s.rows=[]; s.row=None; s.cell=None
    def handle_starttag(s,t,a):
        if t=='tr': s.row=[]
        if t in('td','th'): s.cell=''; s.attrs=dict(a)
    def handle_endtag(s,t):
        if t in('td','th') and s.cell is not None:
            sp=s.attrs.get('colspan'); rs=s.attrs.get('rowspan')
            s.row.append(re.sub(r'\s+',' ',s.cell).strip()+(f'[c{sp}]' if sp else '')+(f'[r{rs}]' if rs else '')); s.cell=None
        if t=='tr' and s.row is not None: s.rows.append(s.row); s.row=None
    def handle_data(s,d):
        if s.cell is not None: s.cell+=d
page, gold = sys.argv[1], sys.argv[2]
p=P(); p.feed(open(page,encoding='utf-8').read())
def val(c): c=re.sub(r'\[[cr]\d+\]','',c).strip(); return '' if c in ('－','-','—','','/','／') else c
figs=[]; started=False
for r in p.rows:
    if r and r[0].startswith('一、本年新收'): started=True
    if started:
        vs=[val(c) for c in r[-7:]]
        figs.append(vs)
        if r[0].startswith('四、结转'): break
req=[x for row in figs for x in row]
ap=[]
for i,r in enumerate(p.rows):
    if len(r)==15 and all(re.fullmatch(r'[\d,.－/-]*',re.sub(r'\[[cr]\d+\]','',c).strip()) for c in r): ap=[val(c) for c in r]
g=list(csv.reader(open(gold,encoding='utf-8')))[1:]
greq=[x[3] for x in g if x[0]=='requests']; gap=[x[3] for x in g if x[0]=='appeals']
bad=0
for name,a,b in (('requests',req,greq),('appeals',ap,gap)):
    if len(a)!=len(b): print(name,'count',len(a),len(b)); bad+=1; continue
    for i,(x,y) in enumerate(zip(a,b)):
        if x.replace(',','')!=y.replace(',',''): print(name,i,'page',x,'gold',y); bad+=1
print(page,'requests',len(req),'appeals',len(ap),'mismatches',bad)
# table 二: the figures of each row after its label, from 规章 to the last table 二 row before table 三's note
act=[]
for r in p.rows:
    if r and r[0].startswith('（本列数据') : break
    if r and not r[0].startswith('第二十条') and not r[0].startswith('信息内容') and len(r)>1:
        act += [val(c) for c in r[1:]]
gact=[x[3] for x in g if x[0]=='active']
m=[(i,a,b) for i,(a,b) in enumerate(zip(act,gact)) if a.replace(',','')!=b.replace(',','')]
print('active', len(act), len(gact), 'mismatches', m)
