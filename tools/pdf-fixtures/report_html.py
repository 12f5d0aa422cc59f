"""Writes a report in the official layout as HTML for LibreOffice to turn into PDF, the way many
agencies make theirs (Word/WPS table → PDF)."""
import truth as T

FULL = str.maketrans("0123456789+-.", "０１２３４５６７８９＋－．")

REQ_LABELS = {
    "granted": ("（一）予以公开", None), "partially_granted": ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    "denied_state_secret": ("（三）不予公开", "1.属于国家秘密"), "denied_law_prohibited": ("（三）不予公开", "2.其他法律行政法规禁止公开"),
    "denied_security": ("（三）不予公开", "3.危及“三安全一稳定”"), "denied_third_party": ("（三）不予公开", "4.保护第三方合法权益"),
    "denied_internal": ("（三）不予公开", "5.属于三类内部事务信息"), "denied_process": ("（三）不予公开", "6.属于四类过程性信息"),
    "denied_enforcement_file": ("（三）不予公开", "7.属于行政执法案卷"), "denied_query": ("（三）不予公开", "8.属于行政查询事项"),
    "unable_no_info": ("（四）无法提供", "1.本机关不掌握相关政府信息"), "unable_need_creation": ("（四）无法提供", "2.没有现成信息需要另行制作"),
    "unable_unclear": ("（四）无法提供", "3.补正后申请内容仍不明确"),
    "rejected_petition": ("（五）不予处理", "1.信访举报投诉类申请"), "rejected_duplicate": ("（五）不予处理", "2.重复申请"),
    "rejected_publication": ("（五）不予处理", "3.要求提供公开出版物"), "rejected_mass_repeat": ("（五）不予处理", "4.无正当理由大量反复申请"),
    "rejected_confirm": ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    "other": ("（六）其他处理", None),
    "other_no_correction": ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    "other_no_fee": ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    "other_other": ("（六）其他处理", "3.其他"),
    "total": ("（七）总计", None),
}


class Style:
    def __init__(self, bordered=True, split_headers=False, vertical_chars=False, fullwidth=(), dashed=(),
                 repeat_header=True, narrow=False, footer=True):
        self.bordered, self.split_headers, self.vertical_chars = bordered, split_headers, vertical_chars
        self.fullwidth, self.dashed, self.repeat_header, self.narrow, self.footer = \
            set(fullwidth), set(dashed), repeat_header, narrow, footer


def raw_value(key, v, style):
    """The text a value cell shows: dashed/blank cells (value 0 in the truth), full-width digits."""
    if key in style.dashed:
        return style.dashed_text(key) if hasattr(style, "dashed_text") else "—"
    s = str(v)
    return s.translate(FULL) if key in style.fullwidth else s


def td(text, colspan=1, rowspan=1, width=None):
    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    attrs += f' width="{width}"' if width else ""
    return f"<td{attrs}>{text}</td>"


def active_table(template, values):
    def block(title, header, rows, widths=None):
        n = 4
        out = [f"<tr>{td(title, n)}</tr>", "<tr>" + "".join(
            td(h, n - len(header) if i == len(header) - 1 and len(header) < n else 1) for i, h in enumerate(header)) + "</tr>"]
        for label, cells in rows:
            row = [td(label)] + [td(c) for c in cells]
            if len(cells) < 3:
                row[-1] = td(cells[-1], 4 - len(cells))
            out.append("<tr>" + "".join(row) + "</tr>")
        return out

    v = values
    rows = []
    if template == "2019":
        rows += block("第二十条第（一）项", ["信息内容", "本年新<br>制作数量", "本年新<br>公开数量", "对外公开总数量"],
                      [("规章", [v["regulations", c] for c in ("new_made", "new_published", "total_published")]),
                       ("规范性文件", [v["normative_documents", c] for c in ("new_made", "new_published", "total_published")])])
        for title, items in (("第二十条第（五）项", [("行政许可", "licensing"), ("其他对外管理服务事项", "other_services")]),
                             ("第二十条第（六）项", [("行政处罚", "penalty"), ("行政强制", "coercion")])):
            rows += block(title, ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                          [(l, [v[k, c] for c in ("previous_count", "change", "decisions")]) for l, k in items])
        rows += block("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
                      [("行政事业性收费", [v["fees", "previous_count"], v["fees", "change"]])])
        rows += block("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
                      [("政府集中采购", [v["procurement", "items"], v["procurement", "amount"]])])
    else:
        rows += block("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                      [("规章", [v["regulations", c] for c in ("issued", "repealed", "in_force")]),
                       ("行政规范性文件", [v["normative_documents", c] for c in ("issued", "repealed", "in_force")])])
        rows += block("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", [v["licensing", "decisions"]])])
        rows += block("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
                      [("行政处罚", [v["penalty", "decisions"]]), ("行政强制", [v["coercion", "decisions"]])])
        rows += block("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", [v["fees", "amount"]])])
    return rows


def requests_table(template, t, style):
    outcomes = T.OUTCOMES_2019 if template == "2019" else T.OUTCOMES_2021
    applicant = ["商业<br>企业", "科研<br>机构", "社会公益<br>组织", "法律服务<br>机构", "其他"] if style.split_headers \
        else ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    head = [f"<tr>{td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3)}{td('申请人情况', 7)}</tr>",
            f"<tr>{td('自然人', 1, 2)}{td('法人或其他组织', 5)}{td('总计', 1, 2)}</tr>",
            "<tr>" + "".join(td(a) for a in applicant) + "</tr>"]

    def values(row):
        return "".join(td(raw_value((row, c), t[row][c], style)) for c in T.COLS)

    body = [f"<tr>{td('一、本年新收政府信息公开申请数量', 3)}{values('new')}</tr>",
            f"<tr>{td('二、上年结转政府信息公开申请数量', 3)}{values('carried_over')}</tr>"]
    result_rows = outcomes + ["total"]
    big = "<br>".join("三、本年度办理结果") if style.vertical_chars else "三、本年度办理结果"
    for i, row in enumerate(result_rows):
        group, item = REQ_LABELS[row]
        cells = td(big, 1, len(result_rows)) if i == 0 else ""
        if item is None:
            cells += td(group, 2)
        else:
            first_of_group = i == 0 or REQ_LABELS[result_rows[i - 1]][0] != group
            if first_of_group:
                cells += td(group, 1, sum(1 for r in result_rows if REQ_LABELS[r][0] == group))
            cells += td(item)
        body.append(f"<tr>{cells}{values(row)}</tr>")
    body.append(f"<tr>{td('四、结转下年度继续办理', 3)}{values('carried_forward')}</tr>")
    return head, body


def appeals_table(a):
    cols = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [f"<tr>{td('行政复议', 5)}{td('行政诉讼', 10)}</tr>",
            "<tr>" + "".join(td(c, 1, 2) for c in cols) + td("未经复议直接起诉", 5) + td("复议后起诉", 5) + "</tr>",
            "<tr>" + "".join(td(c) for c in cols) * 2 + "</tr>",
            "<tr>" + "".join(td(a[r][c]) for r in T.APPEAL_ROWS for c in T.APPEAL_COLS) + "</tr>"]


def document(title, template, style, req, act, app, narrative_paragraphs=3):
    border = "1" if style.bordered else "0"
    css = ("table { border-collapse: collapse; } td { font-size: 10pt; padding: 2pt; }"
           + (" td { border: 1px solid black; }" if style.bordered else ""))
    para = ("本机关坚持以公开为常态、不公开为例外，依法依规做好政府信息公开工作，全年主动公开政府信息，"
            "及时回应社会关切，不断提升政务公开质量和实效。")
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>']
    if style.footer:
        out.append('<div title="footer"><p align="center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div>')
    out.append(f'<p align="center"><font size="5"><b>{title}</b></font></p>')
    out.append("<p>一、总体情况</p>")
    out += [f"<p>{para}</p>"] * narrative_paragraphs
    out.append("<p>二、主动公开政府信息情况</p>")
    out.append(f'<table border="{border}" cellspacing="0" width="100%">' + "".join(active_table(template, act)) + "</table>")
    out.append("<p>三、收到和处理政府信息公开申请情况</p>")
    head, body = requests_table(template, req, style)
    width = ' width="100%"' if not style.narrow else ' width="80%"'
    thead = "<thead>" + "".join(head) + "</thead>" if style.repeat_header else "".join(head)
    out.append(f'<table border="{border}" cellspacing="0"{width}>{thead}<tbody>' + "".join(body) + "</tbody></table>")
    out.append("<p>四、政府信息公开行政复议、行政诉讼情况</p>")
    out.append(f'<table border="{border}" cellspacing="0" width="100%">' + "".join(appeals_table(app)) + "</table>")
    out.append("<p>五、存在的主要问题及改进情况</p>")
    out.append(f"<p>{para}</p>")
    out.append("</body></html>")
    return "\n".join(out)
