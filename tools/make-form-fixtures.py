#!/usr/bin/env python3
"""Writes the fixtures of the form decision (docs/forms.md) and their expected cells from one truth
table each, with the helpers of make-mapper-fixtures.py.

Every document is authored here with the values it prints; expected cells are that truth with the
line each value was written on, never nianbao's output. Expected findings are written by hand.
Run from the repository root: python3 tools/make-form-fixtures.py
"""
import importlib.util

spec = importlib.util.spec_from_file_location("mapper", "tools/make-mapper-fixtures.py")
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)


def requests_header(d):
    d.line("三、收到和处理政府信息公开申请情况")
    d.line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况")
    d.line("\t自然人\t法人或其他组织\t总计")
    d.line("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")


def active_2021_without_headers(d):
    """Table 二 of the 2021 form whose header lines (信息内容 本年制发件数 …) were lost, as when a
    page's header cells are images or a flattening drops them: each block title, then its rows."""
    d.line("二、主动公开政府信息情况")
    d.line("第二十条第（一）项")
    d.row(["规章"], [1, 0, 9], [("active", "regulations", c) for c in ("issued", "repealed", "in_force")])
    d.row(["行政规范性文件"], [4, 2, 31], [("active", "normative_documents", c) for c in ("issued", "repealed", "in_force")])
    d.line("第二十条第（五）项")
    d.row(["行政许可"], [27269], [("active", "licensing", "decisions")])
    d.line("第二十条第（六）项")
    d.row(["行政处罚"], [315], [("active", "penalty", "decisions")])
    d.row(["行政强制"], [6], [("active", "coercion", "decisions")])
    d.line("第二十条第（八）项")
    d.row(["行政事业性收费"], ["12.5"], [("active", "fees", "amount")])


def without_other_rows(truth):
    """The truth with the （六） rows all zero and 总计 and 本年新收 lowered to match: the rows an
    agency leaves out are rows of zeros, so every identity still holds without them."""
    out = {r: list(v) for r, v in truth.items()}
    for r in ("other_no_correction", "other_no_fee", "other_other"):
        for c in range(7):
            out["total"][c] -= out[r][c]
            out["new"][c] -= out[r][c]
        out[r] = [0] * 7
    return out


def form_2019_in_2021():
    """A report for 2021 printed on the 2019 form (the agency kept last year's template): every
    table prints the 2019 form, the title says 2021."""
    d = m.Doc("text/form-2019-in-2021.txt")
    d.line("某某县退役军人事务局2021年政府信息公开工作年度报告")
    d.line()
    d.line("一、总体情况")
    d.line("2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。")
    m.active_2019(d, "采购总金额（单位：万元）", ["2", "16.8"], "16.8")
    requests_header(d)
    m.requests_rows(d, m.requests_truth(False, 11), False, m.APPLICANTS)
    m.appeals_official(d, m.appeals_truth(11))
    m.write_text(d, "fixtures/text/form-2019-in-2021.txt")


def form_2021_headers_lost():
    """A 2021 report whose table 二 lost its header lines; table 三 prints the three numbered
    （六） rows only the 2021 form has, which decide the form, so table 二 is read in its columns."""
    d = m.Doc("text/form-2021-headers-lost.txt")
    d.line("某某县卫生健康局2022年政府信息公开工作年度报告")
    d.line()
    active_2021_without_headers(d)
    requests_header(d)
    m.requests_rows(d, m.requests_truth(True, 12), True, m.APPLICANTS)
    m.appeals_official(d, m.appeals_truth(12))
    m.write_text(d, "fixtures/text/form-2021-headers-lost.txt")


def form_assumed_2021():
    """A 2021 report whose table 二 lost its header lines and whose table 三 leaves out the （六）
    rows (all zero, dropped by the agency): nothing printed tells the form; the year and the one
    value of the 行政许可 … rows make it 2021, assumed; the rows either form has that are missing are
    reported (其他对外管理服务事项 and 政府集中采购 of 2019 too)."""
    d = m.Doc("text/form-assumed-2021.txt")
    d.line("某某镇人民政府2021年政府信息公开工作年度报告")
    d.line()
    active_2021_without_headers(d)
    requests_header(d)
    truth = without_other_rows(m.requests_truth(True, 13))
    rows = [(g, i, r) for g, i, r in m.outcome_rows(True) if not r.startswith("other_")]
    d.row(["一、本年新收政府信息公开申请数量"], truth["new"], [("requests", "new", c) for c in m.APPLICANTS])
    d.row(["二、上年结转政府信息公开申请数量"], truth["carried_over"], [("requests", "carried_over", c) for c in m.APPLICANTS])
    for group, item, row in rows:
        d.row([group, item] if group else [item], truth[row], [("requests", row, c) for c in m.APPLICANTS])
    d.row(["四、结转下年度继续办理"], truth["carried_forward"], [("requests", "carried_forward", c) for c in m.APPLICANTS])
    m.appeals_official(d, m.appeals_truth(13))
    m.write_text(d, "fixtures/text/form-assumed-2021.txt")


if __name__ == "__main__":
    form_2019_in_2021()
    form_2021_headers_lost()
    form_assumed_2021()
