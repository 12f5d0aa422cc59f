package org.nianbao.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;

/**
 * A sentence outside the tables that names a cell and gives a figure for it ({@code 规章本年新公开数量调整为9件},
 * {@code 第三部分第一项“自然人”栏应为67件}, {@code 本年新收自然人申请应为67件}). Whatever the verb between them, the
 * figure is the report's own word on that cell: where it differs from the table's, one of them is wrong (red team 20a:
 * every new verb of a correction — 调整为, 已改为, 应填, 当为, 校正： — otherwise needs its own entry in a word list).
 *
 * <p>A figure is given for a cell when it follows the cell's labels (its row as the form or people name it, or by its
 * item number, and its column paired with that row as {@link CorrectionNotice} pairs them) in the same clause, with no
 * other label or figure between. What is no figure of this report's cell is left out: a share or a duration
 * ({@code 5%}, {@code 6个工作日}), a comparison ({@code 较上年增加40件}, {@code 同比增长}), another year's figure
 * ({@code 2018年…200件}, {@code 上年…}), an approximation ({@code 约}, {@code 余}), the figure a sentence withdraws
 * ({@code 原报11件}, {@code 不是7件}); an amount agrees in 元, 万元 or 亿元, rounded as the sentence writes it.
 */
final class CellMention {

    /** A figure a sentence gives for a cell, at {@code at} in the sentence. */
    record Given(ExtractedCell cell, BigDecimal figure, int at) {

        /** Whether the table's value is the figure (an amount in any unit, rounded as written; a change by its size). */
        boolean agrees() {
            if (!(cell.value() instanceof CellValue.Numeric n)) {
                return true;
            }
            BigDecimal value = cell.key().column().equals("change") ? n.value().abs() : n.value();
            for (BigDecimal scale : SCALES) {
                BigDecimal v = value.multiply(scale);
                if (v.compareTo(figure) == 0 || figure.scale() < v.scale() && figure.scale() >= 0
                        && v.setScale(figure.scale(), RoundingMode.HALF_UP).compareTo(figure) == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The units an amount may be given in beside the table's (元 against 万元 against 亿元). */
    private static final List<BigDecimal> SCALES = List.of(BigDecimal.ONE, new BigDecimal("10000"), new BigDecimal("0.0001"),
            new BigDecimal("100000000"), new BigDecimal("0.00000001"));
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])(?!0\\d)\\d[\\d,]*(?:\\.\\d+)?(?![\\d.,]?\\d)");
    /** A unit of count or money after a figure. */
    private static final Pattern UNIT = Pattern.compile("[”\"」』’]?(?:件|项|条|个|人次|家|次|份|起|宗|万元|亿元|元)");
    /** What before a figure gives it as a cell's value when no unit follows ({@code 应填9}, {@code 数量：9}). */
    private static final Pattern GIVING = Pattern.compile("(?:为|是|填|达|共计|合计为|[:：])[“\"「『‘]?$");
    /** What after a figure makes it no count of a cell: a share, a duration, a year or a date, a rough figure. */
    private static final Pattern NOT_A_CELL = Pattern.compile("[”\"」』’]?(?:" + CorrectionNotice.NOT_A_COUNT
            + "|‰|倍|个百分点|年|月|日|号|余|多(?!件)|以上|以下|左右|万(?!元)|亿(?!元))");
    /** What just before a figure withdraws it ({@code 原报11件有误}, {@code 不是7件}, {@code 由7件}): not the figure given. */
    private static final Pattern WITHDRAWING = Pattern.compile("(?:原[^，,。；;\\d]{0,4}|误为|误写为|误填为|误作|不是|并非|而非|由|从|显示为"
            + "|标注为|标为|填报为)[“\"「『‘]?$");
    /** What after a figure withdraws it ({@code 7件有误}, {@code 7件系笔误}, {@code 7件（误）}). */
    private static final Pattern WITHDRAWN_AFTER = Pattern.compile("[”\"」』’]?(?:件|项|条|个|人次)?(?:系|属|为|是)?(?:有误|笔误|错误|[（(]误[)）]|不准确|不正确)");
    /** A withdrawn figure's unit and the comma after it ({@code 不是7件，而是9件}). */
    private static final Pattern AFTER_WITHDRAWN = Pattern.compile("[”\"」』’]?(?:件|项|条|个|人次)?[，,]?");
    /** A comparison, a rough figure or an average between the labels and the figure: the figure is no cell's value. */
    private static final Pattern COMPARED = Pattern.compile("上年|去年|上一年|前一年|同期|同比|环比|较|比|增长|增加|减少|下降|提高|降低"
            + "|增幅|降幅|占|约|近|逾|超过|不足|平均|日均|月均|累计办理|其中");
    /** Another year named before the figure (not a date's year: 2020年1月15日 is when a line was written). */
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年(?!\\d{1,2}月)");
    /** Another year's report or period in the figure's clause. */
    private static final Pattern OTHER_PERIOD = Pattern.compile("上年(?!结转)|去年|上一年(?!项目)|前一年|上一年度|前年");
    /** Between the labels and the figure: at most this many characters. */
    private static final int GAP = 16;
    /** An item of a part named by its number: {@code 第三部分第一项}, {@code 表三第一项}. */
    private static final Pattern ITEM = Pattern.compile("(?:第([二三四])部分|表([二三四]))[“\"”]?(?:的|中)?第([一二三四五六七八九十])项");
    /** Each table's top rows by their numbers ({@code 一、本年新收政府信息公开申请数量}), as notices write their labels. */
    private static final Map<TableId, Map<String, String>> ITEMS = items();
    private static final String CLAUSE_ENDS = ",，;；。";

    private CellMention() {
    }

    private static Map<TableId, Map<String, String>> items() {
        Map<TableId, Map<String, String>> out = new EnumMap<>(TableId.class);
        for (KeySpec spec : CorrectionNotice.FORM.specs()) {
            String path = LabelText.nfkc(spec.rowLabelPath());
            Matcher m = Pattern.compile("^([一二三四五六七八九十])、([^/]+)$").matcher(path);
            if (m.matches()) {
                out.computeIfAbsent(spec.key().table(), t -> new HashMap<>()).put(m.group(1), CorrectionNotice.rowName(spec));
            }
        }
        return out;
    }

    /**
     * The sentence with its cells named as the form's labels name them: an item by its number
     * ({@code 第三部分第一项} → 本年新收政府信息公开申请数量) and a column inside its row's words
     * ({@code 本年新收自然人申请} → 本年新收申请自然人).
     */
    static String labelled(String sentence) {
        Matcher m = ITEM.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = m.group(1) != null ? m.group(1) : m.group(2);
            TableId table = switch (part) {
                case "二" -> TableId.ACTIVE;
                case "三" -> TableId.REQUESTS;
                default -> TableId.APPEALS;
            };
            String row = ITEMS.getOrDefault(table, Map.of()).get(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(row == null ? m.group() : row));
        }
        m.appendTail(out);
        String s = out.toString();
        for (TableId t : TableId.values()) {
            for (String column : CorrectionNotice.COLUMN_NAMES.get(t)) {
                for (String c : CorrectionNotice.COLUMN_SPELLINGS.getOrDefault(column, List.of(column))) {
                    for (int p = s.indexOf(c); p > 0; p = s.indexOf(c, p + 1)) {
                        String inside = insideRow(s, p, c, t);
                        if (inside != null) {
                            s = s.substring(0, p - inside.indexOf('\0')) + inside.replace("\0", "") + c
                                    + s.substring(p + c.length() + inside.length() - 1 - inside.indexOf('\0'));
                        }
                    }
                }
            }
        }
        return s;
    }

    /**
     * The row label a column label at {@code p} stands inside ({@code 本年新收|自然人|申请}), with {@code \0} where the
     * column stood; null when it stands inside none.
     */
    private static String insideRow(String s, int p, String c, TableId t) {
        for (String row : CorrectionNotice.ROW_NAMES.get(t)) {
            for (String r : CorrectionNotice.ROW_SPELLINGS.getOrDefault(row, List.of(row))) {
                for (int k = 2; k < r.length() - 1; k++) {
                    if (p >= k && s.startsWith(r.substring(0, k), p - k) && s.startsWith(r.substring(k), p + c.length())) {
                        return r.substring(0, k) + "\0" + r.substring(k);
                    }
                }
            }
        }
        return null;
    }

    /** The figures the sentence ({@link #labelled}) gives for the cells, one for each cell at most. */
    static List<Given> given(String sentence, List<ExtractedCell> cells, OptionalInt year) {
        List<Given> out = new ArrayList<>();
        for (ExtractedCell cell : cells) {
            if (!(cell.value() instanceof CellValue.Numeric)) {
                continue;
            }
            CorrectionNotice.FORM.find(cell.key()).ifPresent(spec -> {
                for (int end : labelEnds(sentence, spec)) {
                    Given g = figureAfter(sentence, end, cell, spec.key().table(), year);
                    if (g != null) {
                        out.add(g);
                        return;
                    }
                }
            });
        }
        return out;
    }

    /** Where the sentence names the cell, at the end of its labels: its column paired with its row, or its row alone for its total. */
    private static List<Integer> labelEnds(String s, KeySpec spec) {
        TableId table = spec.key().table();
        String row = CorrectionNotice.rowName(spec);
        String column = LabelText.nfkc(spec.columnLeafLabel());
        List<Integer> ends = new ArrayList<>();
        if (row.isEmpty()) {
            return ends;
        }
        List<int[]> rows = CorrectionNotice.rowsIn(s, table).stream()
                .filter(n -> CorrectionNotice.ROW_NAMES.get(table).get(n[2]).equals(row)).toList();
        if (rows.isEmpty()) {
            return ends;
        }
        for (String spelling : CorrectionNotice.COLUMN_SPELLINGS.getOrDefault(column, List.of(column))) {
            for (int at = column.isEmpty() ? -1 : s.indexOf(spelling); at >= 0; at = s.indexOf(spelling, at + 1)) {
                if (CorrectionNotice.pairedRows(s, at, table).contains(row)) {
                    int end = at + spelling.length();
                    int clauseEnd = clauseEnd(s, at);
                    for (int[] r : rows) {
                        if (r[0] > at && r[1] <= clauseEnd) {
                            end = Math.max(end, r[1]); // “本年新公开数量”中“规章”一项应为9件
                        }
                    }
                    ends.add(end);
                }
            }
        }
        if ((column.isEmpty() || column.equals("总计")) && !CorrectionNotice.COLUMN_NAMES.get(table).contains(row)) {
            // a row named alone, no column in its clause before it, gives its total: 本年新收申请应为242件
            for (int[] r : rows) {
                String before = s.substring(clauseStart(s, r[0]), r[0]);
                if (!namesColumn(before, table)) {
                    ends.add(r[1]);
                }
            }
        }
        return ends;
    }

    /** The first figure after the labels ending at {@code end} that the sentence gives for the cell; null when none. */
    private static Given figureAfter(String s, int end, ExtractedCell cell, TableId table, OptionalInt year) {
        Matcher f = FIGURE.matcher(s);
        f.region(end, s.length());
        int from = end; // the gap is counted from the labels, or from a figure withdrawn before the one given
        while (f.find()) {
            String gap = s.substring(from, f.start());
            // digits in the gap are a run no figure starts in (a flattened table row's 01214): what follows is no cell's
            if (gap.length() > GAP || gap.chars().anyMatch(ch -> CLAUSE_ENDS.indexOf(ch) >= 0 || Character.isDigit(ch))
                    || namesColumn(gap, table)
                    || !CorrectionNotice.rowsIn(gap, table).isEmpty()) {
                return null;
            }
            String after = s.substring(f.end());
            String upTo = s.substring(0, f.start());
            if (WITHDRAWING.matcher(upTo).find() || WITHDRAWN_AFTER.matcher(after).lookingAt()) {
                Matcher unit = AFTER_WITHDRAWN.matcher(after);
                from = f.end() + (unit.lookingAt() ? unit.end() : 0);
                continue; // 原报11件有误, 不是7件，而是9件: the next figure is the one given
            }
            if (COMPARED.matcher(s.substring(end, f.start())).find() || NOT_A_CELL.matcher(after).lookingAt()
                    || !UNIT.matcher(after).lookingAt() && !GIVING.matcher(upTo).find()
                    || otherPeriod(s, end, f.start(), year)) {
                return null;
            }
            return new Given(cell, new BigDecimal(f.group().replace(",", "")), f.start());
        }
        return null;
    }

    /** Whether the figure at {@code at} is of another year: the year named last before it, or 上年 in its clause. */
    private static boolean otherPeriod(String s, int labelEnd, int at, OptionalInt year) {
        int clauseStart = clauseStart(s, labelEnd);
        if (OTHER_PERIOD.matcher(s.substring(clauseStart, at).replaceAll("上一年项目数量|上年结转", "")).find()) {
            return true;
        }
        Matcher y = YEAR.matcher(s.substring(0, at));
        String last = null;
        while (y.find()) {
            last = y.group(1);
        }
        return last != null && (year.isEmpty() || Integer.parseInt(last) != year.getAsInt());
    }

    private static boolean namesColumn(String text, TableId table) {
        return CorrectionNotice.COLUMN_NAMES.get(table).stream()
                .flatMap(c -> CorrectionNotice.COLUMN_SPELLINGS.getOrDefault(c, List.of(c)).stream()).anyMatch(text::contains);
    }

    private static int clauseStart(String s, int at) {
        int i = at;
        while (i > 0 && CLAUSE_ENDS.indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String s, int at) {
        int i = at;
        while (i < s.length() && CLAUSE_ENDS.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
