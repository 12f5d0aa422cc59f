#!/usr/bin/env python3
"""Writes the authored text fixtures and their expected cells from one truth table.

The expected values below are the truth the documents were written from, not nianbao's output:
run `python3 tools/make-text-fixtures.py` from the repository root to regenerate
fixtures/text/pipes-2021.md with fixtures/text/pipes-2021.md.cells.csv, and the GBK copy of the
积石山县 seed with its expected cells (the seed's hand-verified cells under the new name).
Expected findings files are written by hand (see docs/fixtures.md).
"""
import csv

OUT = "fixtures/text/"
REQ_COLS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]

# (label cells, row id, values) in table order; values satisfy every identity of templates.md
REQUESTS = [
    (["一、本年新收政府信息公开申请数量", ""], "new", [20, 3, 1, 0, 1, 2, 27]),
    (["二、上年结转政府信息公开申请数量", ""], "carried_over", [2, 1, 0, 0, 0, 0, 3]),
    (["三、本年度办理结果", "（一）予以公开"], "granted", [9, 2, 0, 0, 0, 1, 12]),
    (["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "partially_granted", [3, 0, 0, 0, 0, 0, 3]),
    (["", "（三）不子公开", "1.属于国家秘密"], "denied_state_secret", [0] * 7),  # OCR typo in the group label
    (["", "", "2.其他法律行政法规禁止公开"], "denied_law_prohibited", [0] * 7),
    (["", "", "3.危及“三安全一稳定”"], "denied_security", [0] * 7),
    (["", "", "4.保护第三方合法权益"], "denied_third_party", [1, 0, 0, 0, 0, 0, 1]),
    (["", "", "5.属于三类内部事务信息"], "denied_internal", [0] * 7),
    (["", "", "6.属于四类过程性信息"], "denied_process", [0] * 7),
    (["", "", "7.属于行政执法案卷"], "denied_enforcement_file", [0] * 7),
    (["", "", "8.属于行政查询事项"], "denied_query", [0] * 7),
    (["", "（四）无法提供", "1.本机关不掌握相关政府信息"], "unable_no_info", [4, 1, 1, 0, 0, 0, 6]),
    (["", "", "2.没有现成信息需要另行制作"], "unable_need_creation", [0] * 7),
    (["", "", "3.补正后申请内容仍不明确"], "unable_unclear", [1, 0, 0, 0, 1, 0, 2]),
    (["", "（五）不予处理", "1.信访举报投诉类申请"], "rejected_petition", [0] * 7),
    (["", "", "2.重复申请"], "rejected_duplicate", [1, 0, 0, 0, 0, 0, 1]),
    (["", "", "3.要求提供公开出版物"], "rejected_publication", [0] * 7),
    (["", "", "4.无正当理由大量反复申请"], "rejected_mass_repeat", [0] * 7),
    (["", "", "5.要求行政机关确认或重新出具已获取信息"], "rejected_confirm", [0] * 7),
    (["", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], "other_no_correction",
     [1, 0, 0, 0, 0, 0, 1]),
    (["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], "other_no_fee", [0] * 7),
    (["", "", "3.其他"], "other_other", [0] * 7),
    (["", "（七）总计", ""], "total", [20, 3, 1, 0, 1, 1, 26]),
    (["四、结转下年度继续办理", "", ""], "carried_forward", [2, 1, 0, 0, 0, 1, 4]),
]

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def pipes_2021():
    lines, cells = [], []

    def row(label_cells, raw_values=(), keys=()):
        lines.append("| " + " | ".join(list(label_cells) + list(raw_values)) + " |")
        for key, raw in zip(keys, raw_values):
            cells.append((key, raw, len(lines)))

    lines += ["# 某某市生态环境局2022年政府信息公开工作年度报告", "", "## 二、主动公开政府信息情况", ""]
    row(["第二十条第（一）项", "", "", ""])
    lines.append("|---|---|---|---|")
    row(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
    row(["规章"], ["2", "1", "15"], [("active", "regulations", c) for c in ("issued", "repealed", "in_force")])
    row(["行政规范性文件"], ["12".translate(FULL_WIDTH), "3".translate(FULL_WIDTH), "47".translate(FULL_WIDTH)],
        [("active", "normative_documents", c) for c in ("issued", "repealed", "in_force")])
    row(["第二十条第（五）项", "", "", ""])
    row(["信息内容", "本年处理决定数量", "", ""])
    row(["行政许可"], ["1,234"], [("active", "licensing", "decisions")])
    lines[-1] += " | |"
    row(["第二十条第（六）项", "", "", ""])
    row(["信息内容", "本年处理决定数量", "", ""])
    row(["行政处罚"], ["56"], [("active", "penalty", "decisions")])
    lines[-1] += " | |"
    row(["行政强制"], ["—"], [("active", "coercion", "decisions")])
    lines[-1] += " | |"
    row(["第二十条第（八）项", "", "", ""])
    row(["信息内容", "本年收费金额（单位：万元）", "", ""])
    row(["行政事业性收费"], ["88.25"], [("active", "fees", "amount")])
    lines[-1] += " | |"
    lines += ["", "## 三、收到和处理政府信息公开申请情况", ""]
    row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""])
    lines.append("|" + "---|" * 10)
    row(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"])
    row(["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""])
    for labels, rid, values in REQUESTS:
        labels = (labels + ["", "", ""])[:3]
        row(labels, [str(v) for v in values], [("requests", rid, c) for c in REQ_COLS])
    lines += ["", "## 四、政府信息公开行政复议、行政诉讼情况", ""]
    row(["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""])
    lines.append("|" + "---|" * 15)
    row(["结 果 维 持", "结 果 纠 正", "其 他 结 果", "尚 未 审 结", "总 计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "",
         ""])
    row(["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
    # litigation_after_review's total is printed as 2 although its parts add up to 1: an inconsistent source
    appeals = [2, 1, 0, 1, 4, 0, 0, 1, 0, 1, 1, 0, 0, 0, 2]
    keys = [("appeals", r, c) for r in ("review", "litigation_direct", "litigation_after_review")
            for c in ("upheld", "corrected", "other", "pending", "total")]
    row([], [str(v) for v in appeals], keys)
    lines += ["", "## 五、存在的主要问题及改进情况", "", "无。"]
    with open(OUT + "pipes-2021.md", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return cells


def value_of(raw):
    """The canonical value of the raw texts used above: full-width digits, thousands separators, a dash."""
    if raw == "—":
        return ""
    return raw.translate({ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")}).replace(",", "")


def write_cells(name, cells):
    order = [tuple(r[:3]) for r in csv.reader(open("model/src/main/resources/org/nianbao/model/canonical-keys.csv",
                                                  encoding="utf-8"))][1:]
    cells = sorted(cells, key=lambda c: order.index(c[0]))
    with open(OUT + name + ".cells.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "table", "row", "column", "value", "raw", "location"])
        for (t, r, c), raw, line in cells:
            w.writerow(["text/" + name, t, r, c, value_of(raw), raw, "line:%d" % line])


def gbk_copy():
    # GBK has no no-break space: a GBK page carries a plain space there
    text = open(OUT + "jishishan.txt", encoding="utf-8").read().replace("\xa0", " ")
    with open(OUT + "jishishan-gbk.txt", "wb") as f:
        f.write(text.encode("gbk"))
    rows = list(csv.reader(open(OUT + "jishishan.txt.cells.csv", encoding="utf-8")))
    with open(OUT + "jishishan-gbk.txt.cells.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(rows[0])
        for r in rows[1:]:
            w.writerow(["text/jishishan-gbk.txt"] + r[1:5] + [r[5].replace("\xa0", " ")] + r[6:])


if __name__ == "__main__":
    write_cells("pipes-2021.md", pipes_2021())
    gbk_copy()
