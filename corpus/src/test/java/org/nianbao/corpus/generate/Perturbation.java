package org.nianbao.corpus.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Cell;
import org.nianbao.corpus.generate.Layout.Table;

/**
 * Realistic changes to a rendered report that keep every value the same: what real reports and
 * real tools do to the official form. Layout perturbations act before rendering, text ones after.
 */
final class Perturbation {

    private Perturbation() {
    }

    /** Table 三's columns in another order, its two-level header rebuilt to say so. */
    static Layout.Document permuteRequestColumns(Layout.Document doc, Random rng) {
        return replaceTable(doc, 10, t -> {
            List<List<Cell>> rows = new ArrayList<>(t.rows());
            List<Cell> top = rows.get(1); // 自然人, 法人或其他组织, 总计
            List<Integer> topOrder = shuffled(3, rng);
            List<Integer> orgOrder = shuffled(5, rng);
            List<Cell> newTop = new ArrayList<>();
            List<Integer> leaves = new ArrayList<>(); // form index of each printed value column
            for (int u : topOrder) {
                newTop.add(top.get(u));
                if (u == 0) {
                    leaves.add(0);
                } else if (u == 1) {
                    orgOrder.forEach(o -> leaves.add(1 + o));
                } else {
                    leaves.add(6);
                }
            }
            rows.set(1, newTop);
            rows.set(2, orgOrder.stream().map(o -> rows.get(2).get(o)).toList());
            for (int r = 3; r < rows.size(); r++) {
                rows.set(r, reorderTail(rows.get(r), leaves));
            }
            return new Table(t.columns(), rows, t.breaksBefore());
        });
    }

    /** Table 四 with 行政诉讼 before 行政复议, 复议后起诉 before 未经复议直接起诉, or its five columns reordered. */
    static Layout.Document permuteAppealColumns(Layout.Document doc, Random rng) {
        return replaceTable(doc, 15, t -> {
            List<List<Cell>> rows = t.rows();
            boolean reviewFirst = rng.nextBoolean();
            boolean directFirst = rng.nextBoolean();
            List<Integer> cols = shuffled(5, rng);
            List<Cell> reviewCols = pick(rows.get(1).subList(0, 5), cols);
            List<Cell> subgroups = directFirst ? List.of(rows.get(1).get(5), rows.get(1).get(6))
                    : List.of(rows.get(1).get(6), rows.get(1).get(5));
            List<Cell> top = reviewFirst ? rows.get(0) : List.of(rows.get(0).get(1), rows.get(0).get(0));
            List<Cell> second = new ArrayList<>();
            if (reviewFirst) {
                second.addAll(reviewCols);
                second.addAll(subgroups);
            } else {
                second.addAll(subgroups);
                second.addAll(reviewCols);
            }
            List<Integer> litOrder = directFirst ? List.of(1, 2) : List.of(2, 1);
            List<Cell> third = new ArrayList<>();
            for (int g : litOrder) {
                third.addAll(pick(rows.get(2).subList(5 * (g - 1), 5 * g), cols));
            }
            List<Integer> groups = new ArrayList<>();
            if (reviewFirst) {
                groups.add(0);
            }
            groups.addAll(litOrder);
            if (!reviewFirst) {
                groups.add(0);
            }
            List<Cell> values = new ArrayList<>();
            for (int g : groups) {
                values.addAll(pick(rows.get(3).subList(5 * g, 5 * g + 5), cols));
            }
            return new Table(15, List.of(top, second, third, values), t.breaksBefore());
        });
    }

    /** Table 四 as a header of five columns over three labelled rows (行政诉讼（复议后起诉） …). */
    static Layout.Document appealsAsLabelledRows(Layout.Document doc, Random rng) {
        return replaceTable(doc, 15, t -> {
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> header = new ArrayList<>();
            header.add(Cell.label("项目"));
            header.addAll(t.rows().get(1).subList(0, 5).stream().map(c -> Cell.label(c.text())).toList());
            rows.add(header);
            List<String> labels = List.of("行政复议", rng.nextBoolean() ? "行政诉讼（未经复议直接起诉）" : "未经复议直接起诉",
                    rng.nextBoolean() ? "行政诉讼（复议后起诉）" : "复议后起诉");
            for (int g = 0; g < 3; g++) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.label(labels.get(g)));
                row.addAll(t.rows().get(3).subList(5 * g, 5 * g + 5));
                rows.add(row);
            }
            return new Table(6, rows, List.of());
        });
    }

    /** A summary table under 一、总体情况 whose rows include 行政复议 and 行政诉讼. */
    static Layout.Document summaryTable(Layout.Document doc, Random rng) {
        List<Block> blocks = new ArrayList<>(doc.blocks());
        List<List<Cell>> rows = List.of(
                List.of(Cell.label("项目"), Cell.label("数量")),
                List.of(Cell.label("主动公开政府信息"), Cell.value(Integer.toString(100 + rng.nextInt(900)), 1)),
                List.of(Cell.label("行政复议"), Cell.value(Integer.toString(rng.nextInt(5)), 1)),
                List.of(Cell.label("行政诉讼"), Cell.value(Integer.toString(rng.nextInt(5)), 1)));
        blocks.add(2, new Table(2, rows, List.of()));
        return new Layout.Document(doc.title(), blocks);
    }

    /**
     * The amounts' unit (元) moved out of the 采购总金额 header: to a header {@code 采购总金额（元）}, to a
     * caption {@code （金额单位：元）} above table 二, or to a note under it. A header in 万元 gets a
     * caption that contradicts it. Reports whose header states no unit are left as they are.
     */
    static Layout.Document amountUnitOutsideTheCell(TrueReport report, Layout.Document doc, Random rng) {
        String unit = report.amountHeaderUnit();
        if (unit.isEmpty()) {
            return doc;
        }
        int style = unit.equals("元") ? rng.nextInt(3) : 3;
        List<Block> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (!(b instanceof Table t && t.columns() == 4)) {
                blocks.add(b);
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (List<Cell> row : t.rows()) {
                rows.add(row.stream().map(c -> c.text().replace("\n", "").contains("（单位：" + unit + "）")
                        ? new Cell(style == 0 ? "采购总金额（元）" : style == 3 ? c.text() : "采购总金额", c.rowSpan(),
                                c.colSpan(), false)
                        : c).toList());
            }
            if (style == 1 || style == 3) {
                blocks.add(new Layout.Paragraph("（金额单位：元）", false));
            }
            blocks.add(new Table(t.columns(), rows, t.breaksBefore()));
            if (style == 2) {
                blocks.add(new Layout.Paragraph("注：采购总金额单位为元。", false));
            }
        }
        return new Layout.Document(doc.title(), blocks);
    }

    /**
     * Tab-separated text where （六）其他处理 stands alone on its line, item 1's label is wrapped over
     * two lines and its numbers are on a line of their own.
     */
    static String otherHeadingAlone(String text, Random rng) {
        List<String> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String[] f = line.split("\t", -1);
            if (f.length >= 9 && f[0].contains("其他处理") && f[1].contains("逾期不补正")) {
                int cut = f[1].indexOf('、') + 1;
                out.add(f[0]);
                out.add(f[1].substring(0, cut));
                out.add(f[1].substring(cut));
                out.add(String.join("\t", java.util.Arrays.copyOfRange(f, 2, f.length)));
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** A number wrapped inside its cell in tab-separated text: {@code 272} at the end of a line, {@code 69} on the next. */
    static String wrapNumber(String text, Random rng) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length >= 4 && f[f.length - 1].strip().matches("\\d{2,}")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return text;
        }
        int i = candidates.get(rng.nextInt(candidates.size()));
        String line = lines.get(i);
        int cut = line.length() - 1 - rng.nextInt(line.strip().length() - line.strip().lastIndexOf('\t') - 2);
        lines.set(i, line.substring(0, cut));
        lines.add(i + 1, line.substring(cut));
        return String.join("\n", lines) + "\n";
    }

    /**
     * A number wrapped inside its cell where every cell has a line of its own (text copied from a
     * PDF or a narrow Word column): {@code 27269} as {@code 272} and, on the next line with the same
     * indentation, {@code 69}. Text with no such line is left as it is.
     */
    static String wrapNumberInItsLine(String text, Random rng) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches("\\d{3,}")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return text;
        }
        int i = candidates.get(rng.nextInt(candidates.size()));
        String line = lines.get(i);
        String indent = line.substring(0, line.indexOf(line.strip()));
        String number = line.strip();
        int cut = 1 + rng.nextInt(number.length() - 1);
        lines.set(i, indent + number.substring(0, cut));
        lines.add(i + 1, indent + number.substring(cut));
        return String.join("\n", lines) + "\n";
    }

    /** A page footer with a visit counter after table 四 (a CMS page, a PDF page footer). */
    static String visitCounter(String text, Random rng) {
        // a counter in its own element comes out as a cell of its own after a tab or two spaces
        String footer = "\n访问量：" + (rng.nextBoolean() ? "\t" : "") + (1000 + rng.nextInt(90000))
                + "\n打印本页 关闭窗口\n\n";
        int at = text.indexOf("五、存在的主要问题");
        return at < 0 ? text + footer : text.substring(0, at) + footer + text.substring(at);
    }

    private interface TableEdit {
        Table apply(Table t);
    }

    private static Layout.Document replaceTable(Layout.Document doc, int columns, TableEdit edit) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            blocks.add(b instanceof Table t && t.columns() == columns ? edit.apply(t) : b);
        }
        return new Layout.Document(doc.title(), blocks);
    }

    private static List<Cell> reorderTail(List<Cell> row, List<Integer> leaves) {
        int n = leaves.size();
        List<Cell> out = new ArrayList<>(row.subList(0, row.size() - n));
        List<Cell> tail = row.subList(row.size() - n, row.size());
        leaves.forEach(l -> out.add(tail.get(l)));
        return out;
    }

    private static List<Cell> pick(List<Cell> cells, List<Integer> order) {
        return order.stream().map(cells::get).toList();
    }

    private static List<Integer> shuffled(int n, Random rng) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        Collections.shuffle(out, rng);
        return out;
    }
}
