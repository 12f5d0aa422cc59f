package org.nianbao.corpus.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Cell;
import org.nianbao.corpus.generate.Layout.Paragraph;
import org.nianbao.corpus.generate.Layout.Table;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;

/**
 * Lays a true report out as the official form prints it: title, narrative, the three tables with
 * their merged header cells, and the closing sections, defacing labels the way real reports do.
 */
public final class ReportLayouter {

    private static final List<String> DENIED = List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
            "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项");
    private static final List<String> UNABLE = List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
    private static final List<String> REJECTED = List.of("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
            "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息");
    private static final List<String> OTHER_2021 = List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
    private static final List<String> APPEAL_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** @param pageBreaks whether tables may be cut by page ends (paged formats and their text flattenings) */
    public Layout.Document layout(TrueReport report, Random rng, boolean pageBreaks) {
        LabelNoise noise = LabelNoise.random(rng);
        String title = switch (rng.nextInt(4)) {
            case 0 -> report.agency() + " " + report.year() + " 年 政府信息公开工作年度报告";
            case 1 -> report.year() + "年" + report.agency() + "政府信息公开工作年度报告";
            default -> report.agency() + report.year() + "年政府信息公开工作年度报告";
        };
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("一、总体情况", true));
        blocks.add(new Paragraph(report.year() + "年，" + report.agency() + "认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息"
                + (100 + rng.nextInt(9000)) + "条，其中政策解读" + rng.nextInt(80) + "条。", false));
        blocks.add(new Paragraph("二、主动公开政府信息情况", true));
        blocks.add(withBreaks(active(report, noise), rng, pageBreaks));
        blocks.add(new Paragraph("三、收到和处理政府信息公开申请情况", true));
        blocks.add(withBreaks(requests(report, noise), rng, pageBreaks));
        blocks.add(new Paragraph("四、政府信息公开行政复议、行政诉讼情况", true));
        blocks.add(appeals(report, noise));
        blocks.add(new Paragraph("五、存在的主要问题及改进情况", true));
        blocks.add(new Paragraph("政务公开工作仍存在公开内容不够全面、解读形式较为单一等问题，下一步将进一步加强培训，提高公开质量。", false));
        blocks.add(new Paragraph("六、其他需要报告的事项", true));
        blocks.add(new Paragraph("无其他需要报告的事项。", false));
        return new Layout.Document(title, blocks);
    }

    private static Table withBreaks(Table t, Random rng, boolean pageBreaks) {
        if (!pageBreaks || rng.nextInt(100) >= 50) {
            return t;
        }
        // a row that starts no merged cell's continuation: any row after the header rows
        int at = 4 + rng.nextInt(t.rows().size() - 5);
        return new Table(t.columns(), t.rows(), List.of(at));
    }

    private static Table active(TrueReport r, LabelNoise noise) {
        List<List<Cell>> rows = new ArrayList<>();
        boolean y2019 = r.template() == TemplateVariant.Y2019;
        String[][] blocks = y2019
                ? new String[][] {
                    {"第二十条第（一）项", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
                    {"第二十条第（五）项", "上一年项目数量", "本年增/减", "处理决定数量"},
                    {"第二十条第（六）项", "上一年项目数量", "本年增/减", "处理决定数量"},
                    {"第二十条第（八）项", "上一年项目数量", "本年增/减"},
                    {"第二十条第（九）项", "采购项目数量", "采购总金额" + unitNote(r.amountHeaderUnit())}}
                : new String[][] {
                    {"第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数"},
                    {"第二十条第（五）项", "本年处理决定数量"},
                    {"第二十条第（六）项", "本年处理决定数量"},
                    {"第二十条第（八）项", "本年收费金额（单位：万元）"}};
        String[][] rowIds = y2019
                ? new String[][] {{"regulations", "normative_documents"}, {"licensing", "other_services"},
                    {"penalty", "coercion"}, {"fees"}, {"procurement"}}
                : new String[][] {{"regulations", "normative_documents"}, {"licensing"}, {"penalty", "coercion"}, {"fees"}};
        for (int b = 0; b < blocks.length; b++) {
            rows.add(List.of(Cell.label(blocks[b][0], 1, 4)));
            List<Cell> header = new ArrayList<>();
            header.add(Cell.label("信息内容"));
            int n = blocks[b].length - 1;
            for (int c = 1; c <= n; c++) {
                header.add(Cell.label(noise.header(blocks[b][c]), 1, c == n ? 4 - n : 1));
            }
            rows.add(header);
            for (String row : rowIds[b]) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.label(activeLabel(row, y2019, noise)));
                List<CanonicalKey> keys = r.cells().keySet().stream()
                        .filter(k -> k.table() == TableId.ACTIVE && k.row().equals(row)).toList();
                for (int c = 0; c < keys.size(); c++) {
                    cells.add(Cell.value(r.cell(keys.get(c)).shown(), c == keys.size() - 1 ? 4 - keys.size() : 1));
                }
                rows.add(cells);
            }
        }
        return new Table(4, rows, List.of());
    }

    private static String activeLabel(String row, boolean y2019, LabelNoise noise) {
        return switch (row) {
            case "regulations" -> "规章";
            case "normative_documents" -> y2019 || noise.shortNormative() ? "规范性文件" : "行政规范性文件";
            case "licensing" -> "行政许可";
            case "other_services" -> noise.wrap("其他对外管理服务事项", 6);
            case "penalty" -> "行政处罚";
            case "coercion" -> "行政强制";
            case "fees" -> "行政事业性收费";
            case "procurement" -> "政府集中采购";
            default -> throw new IllegalArgumentException(row);
        };
    }

    private static String unitNote(String unit) {
        return unit.isEmpty() ? "" : "（单位：" + unit + "）";
    }

    private static Table requests(TrueReport r, LabelNoise noise) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.label(noise.wrap("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 12), 3, 3),
                Cell.label("申请人情况", 1, 7)));
        rows.add(List.of(Cell.label(noise.header("自然人"), 2, 1), Cell.label("法人或其他组织", 1, 5),
                Cell.label(noise.header("总计"), 2, 1)));
        List<Cell> orgs = new ArrayList<>();
        for (String l : List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) {
            orgs.add(Cell.label(noise.header(l)));
        }
        rows.add(orgs);
        rows.add(valueRow(r, "new", Cell.label(noise.requestLabel("一、本年新收政府信息公开申请数量"), 1, 3)));
        rows.add(valueRow(r, "carried_over", Cell.label(noise.requestLabel("二、上年结转政府信息公开申请数量"), 1, 3)));
        boolean split = r.template() == TemplateVariant.Y2021;
        int results = 2 + DENIED.size() + UNABLE.size() + REJECTED.size() + (split ? 3 : 1) + 1;
        rows.add(valueRow(r, "granted", Cell.label(noise.group("三、本年度办理结果"), results, 1),
                Cell.label(noise.requestLabel("（一）予以公开"), 1, 2)));
        rows.add(valueRow(r, "partially_granted",
                Cell.label(noise.requestLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), 1, 2)));
        group(r, rows, noise, "（三）不予公开", DENIED, List.of("denied_state_secret", "denied_law_prohibited", "denied_security",
                "denied_third_party", "denied_internal", "denied_process", "denied_enforcement_file", "denied_query"));
        group(r, rows, noise, "（四）无法提供", UNABLE, List.of("unable_no_info", "unable_need_creation", "unable_unclear"));
        group(r, rows, noise, "（五）不予处理", REJECTED, List.of("rejected_petition", "rejected_duplicate",
                "rejected_publication", "rejected_mass_repeat", "rejected_confirm"));
        if (split) {
            group(r, rows, noise, "（六）其他处理", OTHER_2021, List.of("other_no_correction", "other_no_fee", "other_other"));
        } else {
            rows.add(valueRow(r, "other", Cell.label(noise.requestLabel("（六）其他处理"), 1, 2)));
        }
        rows.add(valueRow(r, "total", Cell.label(noise.requestLabel("（七）总计"), 1, 2)));
        rows.add(valueRow(r, "carried_forward", Cell.label(noise.requestLabel("四、结转下年度继续办理"), 1, 3)));
        return new Table(10, rows, List.of());
    }

    private static void group(TrueReport r, List<List<Cell>> rows, LabelNoise noise, String group, List<String> labels,
                              List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            Cell item = Cell.label(noise.requestLabel(labels.get(i)));
            rows.add(i == 0 ? valueRow(r, ids.get(i), Cell.label(noise.requestLabel(group), ids.size(), 1), item)
                    : valueRow(r, ids.get(i), item));
        }
    }

    private static List<Cell> valueRow(TrueReport r, String row, Cell... labels) {
        List<Cell> cells = new ArrayList<>(List.of(labels));
        for (String col : Identities.REQUEST_COLUMNS) {
            cells.add(Cell.value(r.cell(CanonicalKey.of(TableId.REQUESTS, row, col)).shown(), 1));
        }
        return cells;
    }

    private static Table appeals(TrueReport r, LabelNoise noise) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.label("行政复议", 1, 5), Cell.label("行政诉讼", 1, 10)));
        List<Cell> second = new ArrayList<>();
        for (String c : APPEAL_COLUMNS) {
            second.add(Cell.label(noise.header(c), 2, 1));
        }
        second.add(Cell.label("未经复议直接起诉", 1, 5));
        second.add(Cell.label("复议后起诉", 1, 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (String c : APPEAL_COLUMNS) {
                third.add(Cell.label(noise.header(c)));
            }
        }
        rows.add(third);
        List<Cell> values = new ArrayList<>();
        for (String row : Identities.APPEAL_ROWS) {
            for (String col : List.of("upheld", "corrected", "other", "pending", "total")) {
                values.add(Cell.value(r.cell(CanonicalKey.of(TableId.APPEALS, row, col)).shown(), 1));
            }
        }
        rows.add(values);
        return new Table(15, rows, List.of());
    }
}
