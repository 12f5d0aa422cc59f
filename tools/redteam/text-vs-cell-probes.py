"""(tools/redteam/text-vs-cell-probes.py, kept so the figures in README issue 10 "Note" can be re-made)
Probes for text-vs-cell: sentences with 均 lists, averages and signed changes inserted in a generated report's prose.
ok: the table is true and the sentence agrees; bad: one table cell is wrong and the sentence gives the truth.
usage: probes.py SRC_DIR OUT_DIR seed"""
import csv, os, re, random, sys, shutil

src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(seed)
REQ_COLS = [('natural_person', '自然人'), ('commercial', '商业企业'), ('research', '科研机构'),
            ('social_welfare', '社会公益组织'), ('legal_service', '法律服务机构')]
REQ_ROWS = {'new': ('本年新收政府信息公开申请', '一、本年新收政府信息公开申请数量'),
            'carried_over': ('上年结转政府信息公开申请', '二、上年结转政府信息公开申请数量')}
ACT_LABEL = {'regulations': '规章', 'normative_documents': '规范性文件', 'licensing': '行政许可', 'penalty': '行政处罚',
             'coercion': '行政强制', 'other_services': '其他对外管理服务事项', 'fees': '行政事业性收费'}
COL_LABEL = {'new_made': '本年新制作数量', 'new_published': '本年新公开数量', 'total_published': '对外公开总数量',
             'decisions': '处理决定数量', 'issued': '本年制发件数', 'repealed': '本年废止件数', 'in_force': '现行有效件数'}

def read_gold(p):
    rows = list(csv.reader(open(p, encoding='utf-8')))
    return rows[0], [r for r in rows[1:]]

def text(td):
    return re.sub(r'\s', '', re.sub(r'<[^>]+>', '', td))

TD = re.compile(r'(<td[^>]*>)(.*?)(</td>)', re.S)

def set_cell(html, key, value, gold_rows, form):
    """Replace the table's printed value of key (table,row,col) by value."""
    table, row, col = key
    trs = list(re.finditer(r'<tr>.*?</tr>', html, re.S))
    if table == 'active':
        label = ACT_LABEL[row]
        if form == '2021' and row == 'normative_documents':
            label = '行政规范性文件'
        cols = [r[2] for r in gold_rows if r[0] == 'active' and r[1] == row]
        for tr in trs:
            tds = list(TD.finditer(tr.group()))
            if tds and text(tds[0].group(2)) == label:
                idx = cols.index(col) + 1
                return patch(html, tr, tds[idx], value)
    elif table == 'appeals':
        cols = [(r[1], r[2]) for r in gold_rows if r[0] == 'appeals']
        for tr in trs:
            tds = list(TD.finditer(tr.group()))
            if len(tds) == 15 and all(re.fullmatch(r'[-\d/]*', text(t.group(2))) for t in tds):
                return patch(html, tr, tds[cols.index((row, col))], value)
    elif table == 'requests':
        label = REQ_ROWS[row][1]
        order = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total']
        for tr in trs:
            tds = list(TD.finditer(tr.group()))
            if tds and text(tds[0].group(2)) == label:
                return patch(html, tr, tds[len(tds) - 7 + order.index(col)], value)
    raise KeyError(key)

def patch(html, tr, td, value):
    inner = td.group(2)
    new_inner = re.sub(r'(^|>)([^<>]*)(<|$)', lambda m: m.group(1) + (str(value) if text(m.group(2)) else m.group(2)) + m.group(3), inner, count=0) \
        if text(inner) else str(value)
    if text(new_inner) != str(value):
        new_inner = str(value)
    start = tr.start() + td.start(2)
    end = tr.start() + td.end(2)
    return html[:start] + new_inner + html[end:]

def insert(html, sentence):
    at = html.index('<p><strong>二、')
    return html[:at] + '<p>' + sentence + '</p>\n' + html[at:]

def write(kind, name, html, header, gold, src_doc):
    d = os.path.join(out, kind)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, name), 'w', encoding='utf-8').write(html)
    with open(os.path.join(d, name + '.gold.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(gold)

def num(v):
    return re.fullmatch(r'-?\d+', v or '') is not None

def setgold(gold, key, v):
    for r in gold:
        if tuple(r[:3]) == key:
            r[3] = str(v)

def val(gold, key):
    for r in gold:
        if tuple(r[:3]) == key:
            return r[3]
    return None

count = 0
for f in sorted(os.listdir(src)):
    if not f.endswith('.html') or 'mixed' in f:
        continue
    try:
        form = f[-9:-5]
        html0 = open(os.path.join(src, f), encoding='utf-8').read()
        header, gold0 = read_gold(os.path.join(src, f + '.gold.csv'))
        base = f[:-5] + '-s%d' % seed
        # A: 均 over a column list of one requests row (the table as generated)
        for row in REQ_ROWS:
            groups = {}
            for c, l in REQ_COLS:
                v = val(gold0, ('requests', row, c))
                if num(v):
                    groups.setdefault(v, []).append((c, l))
            cands = [(v, cs) for v, cs in groups.items() if len(cs) >= 2]
            if not cands:
                continue
            v, cs = rnd.choice(cands)
            cs = cs[:rnd.choice([2, 3])] if len(cs) > 2 else cs
            s = '%s中，%s的申请均为%s件。' % (REQ_ROWS[row][0], '、'.join(l for _, l in cs), v)
            write('each-req-ok', '%s-%s.html' % (base, row), insert(html0, s), header, gold0, f)
            bad = set_cell(html0, ('requests', row, cs[-1][0]), int(v) + rnd.randint(1, 5), gold0, form)
            write('each-req-bad', '%s-%s.html' % (base, row), insert(bad, s), header, gold0, f)
            # 自然人均: 自然人 and 均, no average
            nv = val(gold0, ('requests', row, 'natural_person'))
            if num(nv):
                s2 = '%s中，自然人均为%s件。' % (REQ_ROWS[row][0], nv)
                write('each-natural-ok', '%s-%s.html' % (base, row), insert(html0, s2), header, gold0, f)
                bad = set_cell(html0, ('requests', row, 'natural_person'), int(nv) + rnd.randint(1, 5), gold0, form)
                write('each-natural-bad', '%s-%s.html' % (base, row), insert(bad, s2), header, gold0, f)
        # B: 均 over a row list of one active column; the two cells made equal (table and gold)
        pairs = [('penalty', 'coercion', 'decisions'), ('licensing', 'penalty', 'decisions')]
        pairs += [('regulations', 'normative_documents', c) for c in (['new_made', 'new_published', 'total_published'] if form == '2019' else ['issued', 'repealed', 'in_force'])]
        r1, r2, col = rnd.choice(pairs)
        v = rnd.choice([0, rnd.randint(1, 30)])
        gold = [list(r) for r in gold0]
        html = html0
        for r in (r1, r2):
            setgold(gold, ('active', r, col), v)
            html = set_cell(html, ('active', r, col), v, gold0, form)
        l1, l2 = ACT_LABEL[r1], ACT_LABEL[r2]
        if form == '2021' and r2 == 'normative_documents':
            l2 = '行政规范性文件'
        s = rnd.choice(['%s、%s%s均为%s件。', '%s和%s的%s均为%s件。']) % (l1, l2, COL_LABEL[col], v)
        write('each-act-ok', base + '.html', insert(html, s), header, gold, f)
        write('each-act-bad', base + '.html', insert(set_cell(html, ('active', r1, col), v + rnd.randint(1, 9), gold0, form), s), header, gold, f)
        if r1 == 'regulations' and form == '2019':
            # two cells paired by the sentence (規章's one column, 规范性文件's another): not the cross product
            other = {'new_made': 'new_published', 'new_published': 'total_published', 'total_published': 'new_made'}[col]
            w = 10000 + rnd.randint(1, 99)
            g2 = [list(r) for r in gold]
            setgold(g2, ('active', 'normative_documents', other), w)
            setgold(g2, ('active', 'regulations', other), w + 7)
            h2 = set_cell(set_cell(html, ('active', 'normative_documents', other), w, gold0, form), ('active', 'regulations', other), w + 7, gold0, form)
            s3 = '规章%s、规范性文件%s均为%s件。' % (COL_LABEL[col], COL_LABEL[other], v)
            # normative_documents/col is v too: make it differ, as the sentence does not name it
            setgold(g2, ('active', 'normative_documents', col), v + 3)
            setgold(g2, ('active', 'regulations', other), v)
            h2 = set_cell(set_cell(h2, ('active', 'normative_documents', col), v + 3, gold0, form), ('active', 'regulations', other), v, gold0, form)
            setgold(g2, ('active', 'normative_documents', other), v)
            h2 = set_cell(h2, ('active', 'normative_documents', other), v, gold0, form)
            setgold(g2, ('active', 'regulations', other), w)
            h2 = set_cell(h2, ('active', 'regulations', other), w, gold0, form)
            write('each-pair-ok', base + '.html', insert(h2, s3), header, g2, f)
            write('each-pair-bad', base + '.html', insert(set_cell(h2, ('active', 'regulations', col), v + 2, gold0, form), s3), header, g2, f)
        # C: appeals all 0
        gold = [list(r) for r in gold0]
        html = html0
        for r in gold:
            if r[0] == 'appeals':
                r[3] = '0'
                html = set_cell(html, tuple(r[:3]), 0, gold0, form)
        s = rnd.choice(['本年度行政复议和行政诉讼均为0件。', '行政复议、行政诉讼案件均为0件。'])
        write('each-appeals-ok', base + '.html', insert(html, s), header, gold, f)
        k = rnd.randint(1, 4)
        bad = set_cell(set_cell(html, ('appeals', 'review', 'upheld'), k, gold0, form), ('appeals', 'review', 'total'), k, gold0, form)
        write('each-appeals-bad', base + '.html', insert(bad, s), header, gold, f)
        # D: averages, the table as generated: nothing to flag
        tot = val(gold0, ('requests', 'new', 'total'))
        dec = val(gold0, ('active', 'licensing', 'decisions'))
        avg = []
        if num(tot):
            avg += ['本年新收政府信息公开申请人均%s件。' % (int(tot) // 3 + 1), '本年新收政府信息公开申请数量月均为%s件。' % (int(tot) // 12 + 1),
                    '本年新收政府信息公开申请日均%s件。' % (int(tot) // 250 + 1), '本年新收政府信息公开申请数量年均为%s件。' % (int(tot) // 2 + 1),
                    '本年新收政府信息公开申请的平均数为%s件。' % (int(tot) // 5 + 1), '本年新收政府信息公开申请数量均值为%s件。' % (int(tot) // 4 + 1)]
        if num(dec):
            avg += ['行政许可处理决定数量月均%s件。' % (int(dec) // 12 + 1), '行政许可处理决定数量平均每月为%s件。' % (int(dec) // 12 + 1)]
        if avg:
            s = rnd.choice(avg)
            write('average-ok', base + '.html', insert(html0, s), header, gold0, f)
        # E: signed change (2019)
        if form == '2019':
            r = rnd.choice(['licensing', 'other_services', 'penalty', 'coercion', 'fees'])
            gold = [list(x) for x in gold0]
            c = val(gold0, ('active', r, 'change'))
            html = html0
            if not num(c) or int(c) == 0:
                c = rnd.choice([-1, 1]) * rnd.randint(1, 20)
                setgold(gold, ('active', r, 'change'), c)
                html = set_cell(html, ('active', r, 'change'), c, gold0, form)
            c = int(c)
            forms = ['%s本年增/减为%s项。' % (ACT_LABEL[r], ('+%d' % c) if c > 0 else str(c)),
                     '%s本年%s%d项。' % (ACT_LABEL[r], '增加' if c > 0 else '减少', abs(c)),
                     '%s本年增/减：%s%d项。' % (ACT_LABEL[r], '增加' if c > 0 else '减少', abs(c)),
                     '%s本年%s数为%d项。' % (ACT_LABEL[r], '增加' if c > 0 else '减少', abs(c))]
            s = rnd.choice(forms)
            write('sign-ok', base + '.html', insert(html, s), header, gold, f)
            write('sign-bad', base + '.html', insert(set_cell(html, ('active', r, 'change'), -c, gold0, form), s), header, gold, f)
    except KeyError as e:
        print('skip', f, e, file=sys.stderr)
    count += 1
print('docs', count)
