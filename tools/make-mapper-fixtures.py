#!/usr/bin/env python3
"""Writes the mapper fixtures of issue 10 and their expected cells from one truth table each.

Every document below is authored here together with the values it prints; the expected cells are
that truth with the line or table position each value was written at, never nianbao's output.
Expected findings files are written by hand (docs/fixtures.md says what each one checks).
Run from the repository root: python3 tools/make-mapper-fixtures.py
"""
import csv
import io

KEYS = [l.split(",")[:3] for l in open("model/src/main/resources/org/nianbao/model/canonical-keys.csv",
                                          encoding="utf-8").read().splitlines()[1:]]
ORDER = {tuple(k): i for i, k in enumerate(KEYS)}
APPLICANTS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
APPEAL_COLS = ["upheld", "corrected", "other", "pending", "total"]
COL_LABEL = {"natural_person": "自然人", "commercial": "商业企业", "research": "科研机构", "social_welfare": "社会公益组织",
             "legal_service": "法律服务机构", "other_org": "其他", "total": "总计",
             "upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结"}

DENIED = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
UNABLE = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
REJECTED = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息"]
OTHER_2021 = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]


def outcome_rows(y2021):
    """(group label or '', item label, row id) in table order."""
    rows = [("三、本年度办理结果", "（一）予以公开", "granted"),
            ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially_granted")]
    ids = ["denied_state_secret", "denied_law_prohibited", "denied_security", "denied_third_party", "denied_internal",
           "denied_process", "denied_enforcement_file", "denied_query"]
    rows += [("（三）不予公开" if i == 0 else "", l, ids[i]) for i, l in enumerate(DENIED)]
    ids = ["unable_no_info", "unable_need_creation", "unable_unclear"]
    rows += [("（四）无法提供" if i == 0 else "", l, ids[i]) for i, l in enumerate(UNABLE)]
    ids = ["rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_mass_repeat", "rejected_confirm"]
    rows += [("（五）不予处理" if i == 0 else "", l, ids[i]) for i, l in enumerate(REJECTED)]
    if y2021:
        ids = ["other_no_correction", "other_no_fee", "other_other"]
        rows += [("（六）其他处理" if i == 0 else "", l, ids[i]) for i, l in enumerate(OTHER_2021)]
    else:
        rows.append(("", "（六）其他处理", "other"))
    rows.append(("", "（七）总计", "total"))
    return rows


def requests_truth(y2021, seed):
    """Row id -> values by applicant column; every identity of templates.md holds."""
    outcomes = [r for _, _, r in outcome_rows(y2021) if r != "total"]
    t = {}
    total = [0] * 6
    for i, r in enumerate(outcomes):
        v = [((i * 7 + c * 3 + seed) % 5) if (i + c + seed) % 3 == 0 else 0 for c in range(6)]
        t[r] = v
        total = [a + b for a, b in zip(total, v)]
    t["total"] = total
    carried_over = [c % 2 for c in range(6)]
    carried_forward = [(c + seed) % 3 for c in range(6)]
    t["carried_over"] = carried_over
    t["carried_forward"] = carried_forward
    t["new"] = [total[c] + carried_forward[c] - carried_over[c] for c in range(6)]
    return {r: v + [sum(v)] for r, v in t.items()}


def appeals_truth(seed):
    out = {}
    for g, base in zip(["review", "litigation_direct", "litigation_after_review"], [(3, 1, 0, 2), (1, 2, 1, 0), (0, 1, 2, 1)]):
        v = [(b + seed) % 4 for b in base]
        out[g] = v + [sum(v)]
    return out


class Doc:
    """A text document being written: lines, and the expected cells with the line of each."""

    def __init__(self, name):
        self.name = name
        self.lines = []
        self.cells = []

    def line(self, text=""):
        self.lines.append(text)

    def row(self, labels, values, keys):
        self.lines.append("\t".join(list(labels) + [str(v) for v in values]))
        for k, v in zip(keys, values):
            self.cells.append((k, str(v), "line:%d" % len(self.lines)))


ACTIVE_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("规章", "regulations", [0, 0, 3]), ("规范性文件", "normative_documents", [2, 2, 15])]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政许可", "licensing", [12, 1, 40]), ("其他对外管理服务事项", "other_services", [3, 0, 8])]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政处罚", "penalty", [5, -1, 22]), ("行政强制", "coercion", [1, 0, 2])]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "fees", [2, 0])]),
]
ACTIVE_COLS = {"第二十条第（一）项": ["new_made", "new_published", "total_published"],
               "第二十条第（五）项": ["previous_count", "change", "decisions"],
               "第二十条第（六）项": ["previous_count", "change", "decisions"],
               "第二十条第（八）项": ["previous_count", "change"]}


def active_2019(d, procurement_header, procurement_values, procurement_truth):
    """Table 二 of the 2019 form; the procurement amount's raw text and true value are given."""
    d.line("二、主动公开政府信息情况")
    for title, headers, rows in ACTIVE_2019:
        d.line(title)
        d.line("\t".join(["信息内容"] + headers))
        for label, row, values in rows:
            d.row([label], values, [("active", row, c) for c in ACTIVE_COLS[title]])
    d.line("第二十条第（九）项")
    d.line("\t".join(["信息内容", "采购项目数量", procurement_header]))
    d.lines.append("\t".join(["政府集中采购"] + procurement_values))
    d.cells.append((("active", "procurement", "items"), procurement_values[0], "line:%d" % len(d.lines)))
    d.cells.append((("active", "procurement", "amount"), procurement_values[1], "line:%d" % len(d.lines), procurement_truth))


def active_2021(d, wrap_licensing=False):
    d.line("二、主动公开政府信息情况")
    d.line("第二十条第（一）项")
    d.line("信息内容\t本年制发件数\t本年废止件数\t现行有效件数")
    d.row(["规章"], [1, 0, 9], [("active", "regulations", c) for c in ("issued", "repealed", "in_force")])
    d.row(["行政规范性文件"], [4, 2, 31], [("active", "normative_documents", c) for c in ("issued", "repealed", "in_force")])
    d.line("第二十条第（五）项")
    d.line("信息内容\t本年处理决定数量")
    if wrap_licensing:
        # 27269 wrapped in its cell: the line ends in 272, the next line holds 69
        d.row(["行政许可"], ["272"], [("active", "licensing", "decisions")])  # read as 272, flagged
        d.line("69")
    else:
        d.row(["行政许可"], [27269], [("active", "licensing", "decisions")])
    d.line("第二十条第（六）项")
    d.line("信息内容\t本年处理决定数量")
    d.row(["行政处罚"], [315], [("active", "penalty", "decisions")])
    d.row(["行政强制"], [6], [("active", "coercion", "decisions")])
    d.line("第二十条第（八）项")
    d.line("信息内容\t本年收费金额（单位：万元）")
    d.row(["行政事业性收费"], ["12.5"], [("active", "fees", "amount")])


def requests_rows(d, truth, y2021, order, label_line=None):
    """Table 三's rows, values printed in `order` (applicant column ids)."""
    d.row(["一、本年新收政府信息公开申请数量"], [truth["new"][APPLICANTS.index(c)] for c in order],
          [("requests", "new", c) for c in order])
    d.row(["二、上年结转政府信息公开申请数量"], [truth["carried_over"][APPLICANTS.index(c)] for c in order],
          [("requests", "carried_over", c) for c in order])
    for group, item, row in outcome_rows(y2021):
        if label_line and row in label_line:
            label_line[row](d, truth[row], order)
            continue
        labels = [group, item] if group else [item]
        d.row(labels, [truth[row][APPLICANTS.index(c)] for c in order], [("requests", row, c) for c in order])
    d.row(["四、结转下年度继续办理"], [truth["carried_forward"][APPLICANTS.index(c)] for c in order],
          [("requests", "carried_forward", c) for c in order])


def write_text(doc, path):
    open(path, "w", encoding="utf-8").write("\n".join(doc.lines) + "\n")
    write_cells(doc, path)


def write_cells(doc, path):
    """The expected cells: value is the truth (given for amounts printed in 元), raw as printed."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["document", "table", "row", "column", "value", "raw", "location"])
    for c in sorted(doc.cells, key=lambda c: ORDER[c[0]]):
        (table, row, col), raw, where = c[0], c[1], c[2]
        value = c[3] if len(c) == 4 else raw.replace(",", "").replace("+", "")
        w.writerow([doc.name, table, row, col, value, raw, where])
    open(path + ".cells.csv", "w", encoding="utf-8").write(buf.getvalue())


def columns_permuted():
    """2019, tab rows: 科研机构 before 商业企业, 其他 before 法律服务机构; 复议后起诉 before
    未经复议直接起诉, 尚未审结 before 其他结果 (总计 stays last: text cannot prove it moved)."""
    d = Doc("text/columns-permuted.txt")
    d.line("某某县水务局2020年政府信息公开工作年度报告")
    d.line()
    d.line("一、总体情况")
    d.line("2020年，某某县水务局认真贯彻落实《中华人民共和国政府信息公开条例》。")
    active_2019(d, "采购总金额（单位：万元）", ["4", "36.5"], "36.5")
    d.line("三、收到和处理政府信息公开申请情况")
    order = ["natural_person", "research", "commercial", "social_welfare", "other_org", "legal_service", "total"]
    d.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况")
    d.line("\t自然人\t法人或其他组织\t总计")
    d.line("\t\t" + "\t".join(COL_LABEL[c] for c in order[1:6]))
    requests_rows(d, requests_truth(False, 1), False, order)
    d.line("四、政府信息公开行政复议、行政诉讼情况")
    d.line("行政复议\t行政诉讼")
    cols = ["upheld", "corrected", "pending", "other", "total"]
    groups = ["review", "litigation_after_review", "litigation_direct"]
    d.line("\t".join(COL_LABEL[c] for c in cols) + "\t复议后起诉\t未经复议直接起诉")
    d.line("\t".join(COL_LABEL[c] for c in cols * 2))
    a = appeals_truth(1)
    d.row([], [a[g][APPEAL_COLS.index(c)] for g in groups for c in cols], [("appeals", g, c) for g in groups for c in cols])
    d.line("五、存在的主要问题及改进情况")
    d.line("无。")
    write_text(d, "fixtures/text/columns-permuted.txt")


def unit_caption():
    """2019, tab rows: the amounts' unit in a caption above table 二, 251000 元 in the cell."""
    d = Doc("text/unit-caption.txt")
    d.line("某某镇人民政府2020年政府信息公开工作年度报告")
    d.line()
    d.line("一、总体情况")
    d.line("本年度共主动公开政府信息120条。")
    d.line("（金额单位：元）")
    active_2019(d, "采购总金额", ["3", "251000"], "25.1")
    d.line("三、收到和处理政府信息公开申请情况")
    d.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况")
    d.line("\t自然人\t法人或其他组织\t总计")
    d.line("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")
    requests_rows(d, requests_truth(False, 2), False, APPLICANTS)
    appeals_official(d, appeals_truth(2))
    write_text(d, "fixtures/text/unit-caption.txt")


def appeals_official(d, a):
    d.line("四、政府信息公开行政复议、行政诉讼情况")
    d.line("行政复议\t行政诉讼")
    d.line("\t".join(COL_LABEL[c] for c in APPEAL_COLS) + "\t未经复议直接起诉\t复议后起诉")
    d.line("\t".join(COL_LABEL[c] for c in APPEAL_COLS * 2))
    groups = ["review", "litigation_direct", "litigation_after_review"]
    d.row([], [a[g][APPEAL_COLS.index(c)] for g in groups for c in APPEAL_COLS],
          [("appeals", g, c) for g in groups for c in APPEAL_COLS])
    d.line("五、存在的主要问题及改进情况")
    d.line("无。")


def other_heading_wrapped():
    """2021, tab rows: （六）其他处理 alone on its line, item 1 wrapped over two lines and its
    numbers on a line of their own; the 行政许可 figure 27269 wrapped in its cell as 272 / 69."""
    d = Doc("text/other-heading-wrapped.txt")
    d.line("某某市市场监督管理局2021年政府信息公开工作年度报告")
    d.line()
    active_2021(d, wrap_licensing=True)
    d.line("三、收到和处理政府信息公开申请情况")
    d.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况")
    d.line("\t自然人\t法人或其他组织\t总计")
    d.line("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")
    truth = requests_truth(True, 3)

    def wrapped_item(doc, values, order):
        doc.line("（六）其他处理")
        doc.line("1.申请人无正当理由逾期不补正、")
        doc.line("行政机关不再处理其政府信息公开申请")
        doc.row([], [values[APPLICANTS.index(c)] for c in order], [("requests", "other_no_correction", c) for c in order])

    requests_rows(d, truth, True, APPLICANTS, {"other_no_correction": wrapped_item})
    appeals_official(d, appeals_truth(3))
    write_text(d, "fixtures/text/other-heading-wrapped.txt")


def summary_labelled_footer():
    """2021, tab rows: a 总体情况 summary table with 行政复议 and 行政诉讼 rows before table 二,
    table 四 as three labelled rows (行政诉讼（未经复议直接起诉） …), a visit counter after it."""
    d = Doc("text/summary-labelled-footer.txt")
    d.line("某某区教育局2021年政府信息公开工作年度报告")
    d.line()
    d.line("一、总体情况")
    d.line("项目\t数量")
    d.line("主动公开政府信息\t356")
    d.line("行政复议\t7")
    d.line("行政诉讼\t5")
    active_2021(d)
    d.line("三、收到和处理政府信息公开申请情况")
    d.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况")
    d.line("\t自然人\t法人或其他组织\t总计")
    d.line("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")
    requests_rows(d, requests_truth(True, 4), True, APPLICANTS)
    d.line("四、政府信息公开行政复议、行政诉讼情况")
    d.line("项目\t" + "\t".join(COL_LABEL[c] for c in APPEAL_COLS))
    a = appeals_truth(4)
    for label, g in [("行政复议", "review"), ("行政诉讼（未经复议直接起诉）", "litigation_direct"),
                     ("行政诉讼（复议后起诉）", "litigation_after_review")]:
        d.row([label], a[g], [("appeals", g, c) for c in APPEAL_COLS])
    d.line("访问量：\t12345")
    d.line("五、存在的主要问题及改进情况")
    d.line("无。")
    write_text(d, "fixtures/text/summary-labelled-footer.txt")


def two_reports():
    """An agency's 2021 report followed by its 2020 one in one file: failed, saying so."""
    d = Doc("text/two-reports.txt")
    d.line("某某县司法局2021年政府信息公开工作年度报告")
    d.line()
    active_2021(d)
    d.line("三、收到和处理政府信息公开申请情况")
    d.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况")
    d.line("\t自然人\t法人或其他组织\t总计")
    d.line("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")
    requests_rows(d, requests_truth(True, 5), True, APPLICANTS)
    appeals_official(d, appeals_truth(5))
    d.line()
    d.line("某某县司法局2020年政府信息公开工作年度报告")
    d.line()
    active_2019(d, "采购总金额（单位：万元）", ["1", "8.8"], "8.8")
    d.line("三、收到和处理政府信息公开申请情况")
    d.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况")
    d.line("\t自然人\t法人或其他组织\t总计")
    d.line("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")
    requests_rows(d, requests_truth(False, 6), False, APPLICANTS)
    appeals_official(d, appeals_truth(6))
    d.cells = []  # the document fails: no cell is extracted
    write_text(d, "fixtures/text/two-reports.txt")


class Html:
    """An HTML page being written: its tables as rows of (text, rowspan, colspan, key), the expected
    cells located as table:T row:R col:C with spans expanded (the HTML reader's convention)."""

    def __init__(self, name, title):
        self.name = name
        self.parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % title,
                      "<h1>%s</h1>" % title]
        self.cells = []
        self.tables = 0

    def para(self, text):
        self.parts.append("<p>%s</p>" % text)

    def table(self, rows):
        self.tables += 1
        taken = set()
        self.parts.append("<table border=\"1\">")
        for r, row in enumerate(rows):
            self.parts.append("<tr>")
            c = 0
            for text, rs, cs, key in row:
                while (r, c) in taken:
                    c += 1
                for dr in range(rs):
                    for dc in range(cs):
                        taken.add((r + dr, c + dc))
                attrs = (" rowspan=\"%d\"" % rs if rs > 1 else "") + (" colspan=\"%d\"" % cs if cs > 1 else "")
                self.parts.append("<td%s>%s</td>" % (attrs, text))
                if key:
                    self.cells.append((key, text, "table:%d row:%d col:%d" % (self.tables, r + 1, c + 1)))
                c += cs
            self.parts.append("</tr>")
        self.parts.append("</table>")

    def write(self, path, values=None):
        open(path, "w", encoding="utf-8").write("\n".join(self.parts + ["</body></html>"]) + "\n")
        doc = Doc(self.name)
        doc.cells = [(k, raw, where) + ((values[k],) if values and k in values else ()) for k, raw, where in self.cells]
        write_cells(doc, path)


def L(text, rs=1, cs=1):
    return (text, rs, cs, None)


def V(value, key, cs=1):
    return (str(value), 1, cs, key)


def html_requests(truth, y2021, order, header_rows):
    rows = [list(r) for r in header_rows]
    whole = lambda label, row: [L(label, 1, 3)] + [V(truth[row][APPLICANTS.index(c)], ("requests", row, c)) for c in order]
    rows.append(whole("一、本年新收政府信息公开申请数量", "new"))
    rows.append(whole("二、上年结转政府信息公开申请数量", "carried_over"))
    outcomes = outcome_rows(y2021)
    groups = {}
    for i, (group, item, row) in enumerate(outcomes):
        if group and group != "三、本年度办理结果":
            n = 1
            while i + n < len(outcomes) and not outcomes[i + n][0] and outcomes[i + n][1][0].isdigit():
                n += 1
            groups[i] = (group, n)
    for i, (group, item, row) in enumerate(outcomes):
        cells = []
        if i == 0:
            cells.append(L("三、本年度办理结果", len(outcomes), 1))
        if i in groups:
            cells.append(L(groups[i][0], groups[i][1], 1))
            cells.append(L(item))
        elif item[0].isdigit():
            cells.append(L(item))
        else:
            cells.append(L(item, 1, 2))
        rows.append(cells + [V(truth[row][APPLICANTS.index(c)], ("requests", row, c)) for c in order])
    rows.append(whole("四、结转下年度继续办理", "carried_forward"))
    return rows


def html_columns_permuted():
    """2021, HTML with spans: table 三 with 总计 first, 自然人 after the organisations, 科研机构 before
    商业企业, 其他 before 法律服务机构; table 四 with 行政诉讼 first, 复议后起诉 before 未经复议直接起诉,
    总计 first and 尚未审结 before 其他结果 under every group."""
    h = Html("html/columns-permuted-2021.html", "某某市自然资源局2021年政府信息公开工作年度报告")
    h.para("二、主动公开政府信息情况")
    h.table([
        [L("第二十条第（一）项", 1, 4)],
        [L("信息内容"), L("本年制发件数"), L("本年废止件数"), L("现行有效件数")],
        [L("规章"), V(1, ("active", "regulations", "issued")), V(0, ("active", "regulations", "repealed")),
         V(9, ("active", "regulations", "in_force"))],
        [L("行政规范性文件"), V(4, ("active", "normative_documents", "issued")),
         V(2, ("active", "normative_documents", "repealed")), V(31, ("active", "normative_documents", "in_force"))],
        [L("第二十条第（五）项", 1, 4)],
        [L("信息内容"), L("本年处理决定数量", 1, 3)],
        [L("行政许可"), V(27269, ("active", "licensing", "decisions"), 3)],
        [L("第二十条第（六）项", 1, 4)],
        [L("信息内容"), L("本年处理决定数量", 1, 3)],
        [L("行政处罚"), V(315, ("active", "penalty", "decisions"), 3)],
        [L("行政强制"), V(6, ("active", "coercion", "decisions"), 3)],
        [L("第二十条第（八）项", 1, 4)],
        [L("信息内容"), L("本年收费金额（单位：万元）", 1, 3)],
        [L("行政事业性收费"), V("12.5", ("active", "fees", "amount"), 3)],
    ])
    h.para("三、收到和处理政府信息公开申请情况")
    order = ["total", "research", "commercial", "social_welfare", "other_org", "legal_service", "natural_person"]
    header = [
        [L("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), L("申请人情况", 1, 7)],
        [L("总计", 2, 1), L("法人或其他组织", 1, 5), L("自然人", 2, 1)],
        [L(COL_LABEL[c]) for c in order[1:6]],
    ]
    h.table(html_requests(requests_truth(True, 7), True, order, header))
    h.para("四、政府信息公开行政复议、行政诉讼情况")
    cols = ["total", "upheld", "corrected", "pending", "other"]
    groups = ["litigation_after_review", "litigation_direct", "review"]
    a = appeals_truth(7)
    h.table([
        [L("行政诉讼", 1, 10), L("行政复议", 1, 5)],
        [L("复议后起诉", 1, 5), L("未经复议直接起诉", 1, 5)] + [L(COL_LABEL[c], 2, 1) for c in cols],
        [L(COL_LABEL[c]) for c in cols * 2],
        [V(a[g][APPEAL_COLS.index(c)], ("appeals", g, c)) for g in groups for c in cols],
    ])
    h.para("五、存在的主要问题及改进情况")
    h.para("无。")
    h.write("fixtures/html/columns-permuted-2021.html")


def html_amount_header_yuan():
    """2019, HTML: the amounts' unit only in the header 采购总金额（元）: 351000 is 35.1 万元."""
    h = Html("html/amount-header-yuan-2019.html", "某某街道办事处2020年政府信息公开工作年度报告")
    h.para("二、主动公开政府信息情况")
    rows = []
    for title, headers, items in ACTIVE_2019:
        rows.append([L(title, 1, 4)])
        rows.append([L("信息内容")] + [L(x, 1, 4 - len(headers) if i == len(headers) - 1 else 1)
                                     for i, x in enumerate(headers)])
        for label, row, values in items:
            cols = ACTIVE_COLS[title]
            rows.append([L(label)] + [V(("+%d" % v) if c == "change" and v > 0 else v, ("active", row, c),
                                        4 - len(cols) if i == len(cols) - 1 else 1) for i, (c, v) in enumerate(zip(cols, values))])
    rows.append([L("第二十条第（九）项", 1, 4)])
    rows.append([L("信息内容"), L("采购项目数量"), L("采购总金额（元）", 1, 2)])
    rows.append([L("政府集中采购"), V(5, ("active", "procurement", "items")), V(351000, ("active", "procurement", "amount"), 2)])
    h.table(rows)
    h.para("三、收到和处理政府信息公开申请情况")
    header = [
        [L("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), L("申请人情况", 1, 7)],
        [L("自然人", 2, 1), L("法人或其他组织", 1, 5), L("总计", 2, 1)],
        [L(COL_LABEL[c]) for c in APPLICANTS[1:6]],
    ]
    h.table(html_requests(requests_truth(False, 8), False, APPLICANTS, header))
    h.para("四、政府信息公开行政复议、行政诉讼情况")
    a = appeals_truth(8)
    groups = ["review", "litigation_direct", "litigation_after_review"]
    h.table([
        [L("行政复议", 1, 5), L("行政诉讼", 1, 10)],
        [L(COL_LABEL[c], 2, 1) for c in APPEAL_COLS] + [L("未经复议直接起诉", 1, 5), L("复议后起诉", 1, 5)],
        [L(COL_LABEL[c]) for c in APPEAL_COLS * 2],
        [V(a[g][APPEAL_COLS.index(c)], ("appeals", g, c)) for g in groups for c in APPEAL_COLS],
    ])
    h.para("五、存在的主要问题及改进情况")
    h.para("无。")
    h.write("fixtures/html/amount-header-yuan-2019.html", {("active", "procurement", "amount"): "35.1"})


if __name__ == "__main__":
    columns_permuted()
    unit_caption()
    other_heading_wrapped()
    summary_labelled_footer()
    two_reports()
    html_columns_permuted()
    html_amount_header_yuan()
