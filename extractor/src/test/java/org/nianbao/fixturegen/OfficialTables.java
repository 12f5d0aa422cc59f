package org.nianbao.fixturegen;

import java.util.List;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * The three statistical tables laid out as the official formats print them (国办公开办函〔2019〕60号,
 * 〔2021〕30号), with the standard labels and spans.
 */
final class OfficialTables {

    static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final List<String> DENIED = List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
            "7.属于行政执法案卷", "8.属于行政查询事项");
    private static final List<String> UNABLE = List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确");
    private static final List<String> REJECTED = List.of("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
            "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息");
    private static final List<String> OTHER_2021 = List.of(
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");

    private OfficialTables() {
    }

    /** Table 二, four columns: item label then up to three values. */
    static Grid active(Truth t) {
        Grid.Builder b = new Grid.Builder();
        int r = 0;
        if (t.template == Template.Y2019) {
            r = block(b, t, r, "第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"),
                    List.of("regulations", "normative_documents"), List.of("规章", "规范性文件"),
                    List.of("new_made", "new_published", "total_published"));
            r = block(b, t, r, "第二十条第（五）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                    List.of("licensing", "other_services"), List.of("行政许可", "其他对外管理服务事项"),
                    List.of("previous_count", "change", "decisions"));
            r = block(b, t, r, "第二十条第（六）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                    List.of("penalty", "coercion"), List.of("行政处罚", "行政强制"),
                    List.of("previous_count", "change", "decisions"));
            r = block(b, t, r, "第二十条第（八）项", List.of("上一年项目数量", "本年增/减"),
                    List.of("fees"), List.of("行政事业性收费"), List.of("previous_count", "change"));
            block(b, t, r, "第二十条第（九）项", List.of("采购项目数量", "采购总金额"),
                    List.of("procurement"), List.of("政府集中采购"), List.of("items", "amount"));
        } else {
            r = block(b, t, r, "第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"),
                    List.of("regulations", "normative_documents"), List.of("规章", "行政规范性文件"),
                    List.of("issued", "repealed", "in_force"));
            r = block(b, t, r, "第二十条第（五）项", List.of("本年处理决定数量"),
                    List.of("licensing"), List.of("行政许可"), List.of("decisions"));
            r = block(b, t, r, "第二十条第（六）项", List.of("本年处理决定数量"),
                    List.of("penalty", "coercion"), List.of("行政处罚", "行政强制"), List.of("decisions"));
            block(b, t, r, "第二十条第（八）项", List.of("本年收费金额（单位：万元）"),
                    List.of("fees"), List.of("行政事业性收费"), List.of("amount"));
        }
        return b.build();
    }

    /** A block: its title row across the table, a header row, then its rows; the last column absorbs the rest. */
    private static int block(Grid.Builder b, Truth t, int r, String title, List<String> headers, List<String> rows,
                             List<String> labels, List<String> columns) {
        b.label(r++, 0, 1, 4, title);
        b.label(r, 0, 1, 1, "信息内容");
        for (int i = 0; i < headers.size(); i++) {
            b.label(r, 1 + i, 1, i == headers.size() - 1 ? 4 - 1 - i : 1, headers.get(i));
        }
        r++;
        for (int k = 0; k < rows.size(); k++) {
            b.label(r, 0, 1, 1, labels.get(k));
            for (int i = 0; i < columns.size(); i++) {
                CanonicalKey key = CanonicalKey.of(TableId.ACTIVE, rows.get(k), columns.get(i));
                b.value(r, 1 + i, i == columns.size() - 1 ? 4 - 1 - i : 1, key, t.values.get(key).raw());
            }
            r++;
        }
        return r;
    }

    /** Table 三, ten columns: three of labels (item, group, sub-item), seven of values. */
    static Grid requests(Truth t) {
        Grid.Builder b = new Grid.Builder().headerRows(3);
        b.label(0, 0, 3, 3, NOTE).label(0, 3, 1, 7, "申请人情况");
        b.label(1, 3, 2, 1, "自然人").label(1, 4, 1, 5, "法人或其他组织").label(1, 9, 2, 1, "总计");
        List<String> orgs = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        for (int i = 0; i < orgs.size(); i++) {
            b.label(2, 4 + i, 1, 1, orgs.get(i));
        }
        int r = 3;
        r = whole(b, t, r, "一、本年新收政府信息公开申请数量", "new");
        r = whole(b, t, r, "二、上年结转政府信息公开申请数量", "carried_over");
        int resultsStart = r;
        r = part(b, t, r, "（一）予以公开", "granted");
        r = part(b, t, r, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially_granted");
        r = group(b, t, r, "（三）不予公开", DENIED, Truth.OUTCOMES_COMMON.subList(2, 10));
        r = group(b, t, r, "（四）无法提供", UNABLE, Truth.OUTCOMES_COMMON.subList(10, 13));
        r = group(b, t, r, "（五）不予处理", REJECTED, Truth.OUTCOMES_COMMON.subList(13, 18));
        if (t.template == Template.Y2019) {
            r = part(b, t, r, "（六）其他处理", "other");
        } else {
            r = group(b, t, r, "（六）其他处理", OTHER_2021, List.of("other_no_correction", "other_no_fee", "other_other"));
        }
        r = part(b, t, r, "（七）总计", "total");
        b.label(resultsStart, 0, r - resultsStart, 1, "三、本年度办理结果");
        whole(b, t, r, "四、结转下年度继续办理", "carried_forward");
        return b.build();
    }

    private static int whole(Grid.Builder b, Truth t, int r, String label, String row) {
        b.label(r, 0, 1, 3, label);
        values(b, t, r, row);
        return r + 1;
    }

    private static int part(Grid.Builder b, Truth t, int r, String label, String row) {
        b.label(r, 1, 1, 2, label);
        values(b, t, r, row);
        return r + 1;
    }

    private static int group(Grid.Builder b, Truth t, int r, String label, List<String> items, List<String> rows) {
        b.label(r, 1, items.size(), 1, label);
        for (int i = 0; i < items.size(); i++) {
            b.label(r + i, 2, 1, 1, items.get(i));
            values(b, t, r + i, rows.get(i));
        }
        return r + items.size();
    }

    private static void values(Grid.Builder b, Truth t, int r, String row) {
        List<String> columns = new java.util.ArrayList<>(Truth.APPLICANTS);
        columns.add("total");
        for (int c = 0; c < columns.size(); c++) {
            CanonicalKey key = CanonicalKey.of(TableId.REQUESTS, row, columns.get(c));
            b.value(r, 3 + c, 1, key, t.values.get(key).raw());
        }
    }

    /** Table 四: the two-level header and one row of fifteen numbers. */
    static Grid appeals(Truth t) {
        Grid.Builder b = new Grid.Builder().headerRows(3);
        b.label(0, 0, 1, 5, "行政复议").label(0, 5, 1, 10, "行政诉讼");
        List<String> heads = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        for (int i = 0; i < 5; i++) {
            b.label(1, i, 2, 1, heads.get(i));
        }
        b.label(1, 5, 1, 5, "未经复议直接起诉").label(1, 10, 1, 5, "复议后起诉");
        for (int i = 0; i < 10; i++) {
            b.label(2, 5 + i, 1, 1, heads.get(i % 5));
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                CanonicalKey key = CanonicalKey.of(TableId.APPEALS, Truth.APPEAL_ROWS.get(r), Truth.APPEAL_COLUMNS.get(c));
                b.value(3, 5 * r + c, 1, key, t.values.get(key).raw());
            }
        }
        return b.build();
    }

    /**
     * Cuts a grid in two before {@code row}, as a page break or a scraper does: spans crossing the
     * cut end above it, and continue below it as empty cells spanning the remaining rows.
     */
    static List<Grid> splitAt(Grid g, int row) {
        Grid.Builder top = new Grid.Builder().headerRows(g.headerRows());
        Grid.Builder bottom = new Grid.Builder();
        for (Grid.Cell c : g.cells()) {
            int end = c.row() + c.rowspan();
            if (c.row() < row) {
                add(top, c.row(), c.col(), Math.min(end, row) - c.row(), c, c.text());
                if (end > row) {
                    add(bottom, 0, c.col(), end - row, c, "");
                }
            } else {
                add(bottom, c.row() - row, c.col(), c.rowspan(), c, c.text());
            }
        }
        return List.of(top.build(), bottom.build());
    }

    private static void add(Grid.Builder b, int row, int col, int rowspan, Grid.Cell c, String text) {
        if (c.key().isPresent()) {
            b.value(row, col, c.colspan(), c.key().get(), text);
        } else {
            b.label(row, col, rowspan, c.colspan(), text);
        }
    }
}
