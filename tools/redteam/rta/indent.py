#!/usr/bin/env python3
"""Generated pages written the way offices' editors leave them: row labels indented with full-width spaces
(`　　1.属于国家秘密`, Word's first-line indent kept as U+3000), with two or four `&nbsp;`, and header labels broken
by `<br>` at other places than the generator's. The cells' figures are unchanged, so the generator's gold stands.
Usage: indent.py GEN_HTML_DIR OUTDIR  -> OUTDIR/<variant>-<doc>.html + .gold.csv"""
import os, re, shutil, sys

src, out = sys.argv[1:]
os.makedirs(out, exist_ok=True)
def indent(prefix):
    # the first cell of every row whose text starts with a label (Han, a bracketed or dotted number)
    return lambda page: re.sub(r'(<tr>)(<td(?: [^>]*)?>(?:<p>)?)(?=[（(]?[\u4e00-\u9fff\d])',
                               lambda m: m.group(1) + m.group(2) + prefix, page)
def sub_labels(prefix):
    # the numbered sub-labels (1.属于国家秘密, 2.重复申请 …) and the （一）…（七） labels, wherever they stand in the row
    return lambda page: re.sub(r'(<td(?: [^>]*)?>(?:<p>)?)(?=(?:\d+\.|[（(][一二三四五六七]+[）)])[\u4e00-\u9fff])',
                               lambda m: m.group(1) + prefix, page)
BREAKS = [('本年新制作数量', '本年新<br>制作数量'), ('本年新公开数量', '本年新公开<br>数量'), ('对外公开总数量', '对外<br>公开总数量'),
          ('上一年项目数量', '上一<br>年项目数量'), ('处理决定数量', '处理<br>决定数量'), ('采购项目数量', '采购<br>项目数量'),
          ('社会公益组织', '社会<br>公益组织'), ('法律服务机构', '法律<br>服务机构')]
def breaks(page):
    for a, b in BREAKS:
        page = page.replace('>' + a + '<', '>' + b + '<')
    return page
variants = {
    'ideo2': sub_labels('\u3000\u3000'),
    'ideo1': sub_labels('\u3000'),
    'nbsp2': sub_labels('&nbsp;&nbsp;'),
    'nbsp4': sub_labels('&nbsp;&nbsp;&nbsp;&nbsp;'),
    'rowideo2': indent('\u3000\u3000'),
    'br': breaks,
}
for f in sorted(os.listdir(src)):
    if not f.endswith('.html'):
        continue
    page = open(os.path.join(src, f), encoding='utf-8').read()
    for name, fn in variants.items():
        p = fn(page)
        if p == page:
            continue
        open(os.path.join(out, f'{name}-{f}'), 'w', encoding='utf-8').write(p)
        shutil.copy(os.path.join(src, f + '.gold.csv'), os.path.join(out, f'{name}-{f}.gold.csv'))
