package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;

/**
 * A correction given as a small table rather than a sentence ({@code 更正如下：} over {@code 项目 | 更正前 |
 * 更正后}, one row per figure changed), as portals print one when several figures change. Each of its
 * rows is a notice withdrawing the figure under "before" for the one under "after"; in a table of corrected
 * figures alone ({@code 更正项目 | 更正后数据}), a notice giving the figure that replaces the cell's.
 */
final class BeforeAfterTable {

    /**
     * A head saying "as first printed", in the words agencies use: {@code 更正前}, {@code 更改前}, {@code 原数据},
     * {@code 原公布数据}, {@code 原报告数据}, {@code 错误数据}, {@code 有误数据}, a 勘误表's {@code 误}. The whole head, so
     * that prose naming an original (原因) is none.
     */
    private static final Pattern BEFORE = Pattern.compile("^(?:原.{0,5}|.{1,3}前(?:数据|数值|数字)?|错误.{0,3}|有误.{0,3}|误填.{0,3}|误)$");
    /** A head saying "as corrected": {@code 更正后}, {@code 更正数据}, {@code 正确数据}, {@code 核实后数据}, {@code 现值}, {@code 正}. */
    private static final Pattern AFTER = Pattern.compile("^(?:更正.{0,4}|修正.{0,4}|正确.{0,3}|核实后.{0,3}|核准.{0,3}|现.{0,3}"
            + "|.{1,3}后(?:数据|数值|数字)?|正)$");
    /** A head naming what the rows are ({@code 更正项目}, {@code 更正内容}), not a figure's state. */
    private static final Pattern ITEMS = Pattern.compile("(?:项目|内容|事项|栏目|指标|原因|说明|情况)$");
    /**
     * A head that says "as corrected" even with no "before" beside it ({@code 更正后数据}, {@code 更正数据},
     * {@code 正确数据}): a table of corrected figures alone. Not {@code 现…} or {@code …后}, which also head a
     * plain table's current figures (现有, 调整后).
     */
    private static final Pattern AFTER_ALONE = Pattern.compile("^(?:更正|修正|订正|正确|核实后|核准后).{0,4}$");
    /** A figure written in Chinese numerals (七, 二十五, 二百五十件) in a before/after cell. */
    private static final Pattern CHINESE = Pattern.compile("^[零〇一二两三四五六七八九十百千万]+(?:件|项|条|个|人次)?$");

    private BeforeAfterTable() {
    }

    /** One notice per row of the table when it is a before/after table; empty otherwise. */
    static List<CorrectionNotice.Sentence> notices(CellGrid grid) {
        List<List<GridCell>> rows = grid.rows();
        List<CorrectionNotice.Sentence> transposed = transposed(rows);
        if (!transposed.isEmpty()) {
            return transposed;
        }
        for (int h = 0; h < rows.size(); h++) {
            int before = column(rows.get(h), BEFORE);
            int after = column(rows.get(h), AFTER);
            if (before >= 0 && after >= 0 && before != after) {
                return rowsUnder(rows.subList(h + 1, rows.size()), before, after);
            }
        }
        for (int h = 0; h < rows.size(); h++) {
            int after = column(rows.get(h), AFTER_ALONE);
            if (after > 0 && column(rows.get(h), BEFORE) < 0) {
                return rowsUnder(rows.subList(h + 1, rows.size()), -1, after);
            }
        }
        return List.of();
    }

    /** The rows under the heads: before and after figures, or after figures alone where {@code before} is -1. */
    private static List<CorrectionNotice.Sentence> rowsUnder(List<List<GridCell>> rows, int before, int after) {
        List<CorrectionNotice.Sentence> out = new ArrayList<>();
        for (List<GridCell> row : rows) {
            String was = before < 0 ? "" : figure(row, before);
            String is = figure(row, after);
            if (before >= 0 && was.isEmpty() || is.isEmpty() || row.isEmpty()) {
                continue;
            }
            StringBuilder label = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c != before && c != after) {
                    label.append(LabelText.nfkc(row.get(c).text()).replaceAll("\\s", ""));
                }
            }
            out.add(CorrectionNotice.Sentence.of(label + (before < 0 ? "：更正为" + is : "：更正前" + was + "，更正后" + is),
                    row.get(0).where()));
        }
        return out;
    }

    /** The table laid the other way: 更正前 and 更正后 as row heads, the items as columns under a header row. */
    private static List<CorrectionNotice.Sentence> transposed(List<List<GridCell>> rows) {
        int before = -1;
        int after = -1;
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> row = rows.get(r);
            if (!row.isEmpty() && before < 0 && heads(BEFORE, row.get(0))) {
                before = r;
            } else if (!row.isEmpty() && after < 0 && heads(AFTER, row.get(0))) {
                after = r;
            }
        }
        if (before < 1 || after < 1) {
            return List.of();
        }
        List<GridCell> header = rows.get(0);
        List<CorrectionNotice.Sentence> out = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            String was = figure(rows.get(before), c);
            String is = figure(rows.get(after), c);
            if (!was.isEmpty() && !is.isEmpty()) {
                out.add(CorrectionNotice.Sentence.of(LabelText.nfkc(header.get(c).text()).replaceAll("\\s", "")
                        + "：更正前" + was + "，更正后" + is, header.get(c).where()));
            }
        }
        return out;
    }

    private static int column(List<GridCell> row, Pattern words) {
        for (int c = 0; c < row.size(); c++) {
            if (heads(words, row.get(c))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the cell is a head of that kind; an "after" head is never a "before" one (更正前 reads as 更正…). */
    private static boolean heads(Pattern kind, GridCell cell) {
        String head = head(cell);
        return kind.matcher(head).find() && (kind == BEFORE || !BEFORE.matcher(head).find()) && !ITEMS.matcher(head).find();
    }

    /** A head as written, without blanks or a table's brackets ({@code 原数据（件）}). */
    private static String head(GridCell cell) {
        return LabelText.nfkc(cell.text()).replaceAll("\\s|\\(.*\\)", "");
    }

    private static String figure(List<GridCell> row, int column) {
        if (column >= row.size()) {
            return "";
        }
        String text = LabelText.nfkc(row.get(column).text()).replaceAll("\\s", "");
        Matcher m = CorrectionNotice.ONE_FIGURE.matcher(text);
        if (m.find()) {
            // a decrease keeps its word (减少5项, 5(减)): the cell printing it is the negative one
            return (text.contains("减") ? "减少" : "") + m.group();
        }
        return CHINESE.matcher(text).matches() ? chinese(text.replaceAll("[件项条个人次]", "")) : "";
    }

    /** The value of a Chinese numeral below 一亿 ({@code 二百五十} → 250); empty when it is not one. */
    static String chinese(String numeral) {
        String digits = "零一二三四五六七八九";
        long total = 0;
        long section = 0;
        long digit = 0;
        for (char ch : numeral.replace('〇', '零').replace('两', '二').toCharArray()) {
            int d = digits.indexOf(ch);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return "";
            }
            if (unit == 10000) {
                total += (section + digit) * unit;
                section = 0;
            } else {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit; // 十二: the ten's one unwritten
            }
            digit = 0;
        }
        return numeral.isEmpty() ? "" : String.valueOf(total + section + digit);
    }
}
