package org.nianbao.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
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
 * <p>This is the one reader of which cell a sentence names ({@link #names}; {@link CorrectionNotice} asks it too) and
 * which figure it gives. A figure is given for a cell when it follows the cell's labels (its row as the form or people
 * name it, by its item number or its place, and its column paired with that row: {@link #pairedRows}) in the same
 * clause, with no other label or figure between; labels listed before a list of figures take them in order
 * ({@link #listed}). What is no figure of this report's cell is left out: a share or a duration
 * ({@code 5%}, {@code 6个工作日}), a comparison ({@code 较上年增加40件}, {@code 同比增长}), another year's figure
 * ({@code 2018年…200件}, {@code 上年…}), an approximation ({@code 约}, {@code 余}), the figure a sentence withdraws
 * ({@code 原报11件}, {@code 不是7件}); an amount agrees in 元, 万元 or 亿元, rounded as the sentence writes it (a count
 * has one unit: 0件 never agrees with 7 as 0.0007万).
 *
 * <p>Issue 10 (note): 均 gives one figure to each cell listed before it ({@link #each}: {@code 行政处罚、行政强制处理决定数量均为0件}),
 * the cells paired as the sentence pairs its labels (a row list with one column, one row with a column list, each
 * column with its own rows: {@code 规章本年新制作数量、规范性文件本年新公开数量均为0件} names two cells, not four); an average
 * ({@code 平均}, {@code 人均}, {@code 年均}, {@code 日均}, {@code 月均}, {@code 均值}) is no figure of a cell, but
 * {@code 自然人均为3件} is 自然人 and 均; a change (本年增/减) is compared with the sign the sentence gives it
 * ({@code 减少3件} is -3, {@code 增加3件} and {@code +3} are 3), by its size only where it gives none.
 */
final class CellMention {

    /** The form's labels, by which a sentence names a cell. */
    static final Catalog FORM = Catalog.standard();
    /**
     * Columns as people name them (red team 19): 公民个人 for 自然人, 合计/总数 for 总计, 本年增加数 for 本年增/减. Each is
     * a column of a row the sentence names too ({@link #pairedRows}), so 总数 of 对外公开总数 names no 总计.
     */
    private static final Map<String, List<String>> EVERYDAY = Map.of("自然人", List.of("公民个人", "公民"),
            "总计", List.of("合计", "总数", "总量"), "本年增/减", List.of("本年增加数", "本年增加", "本年减少数", "本年减少", "增减数"));
    /** The labels of each table's rows as notices write them (without their numbers), both forms. */
    static final Map<TableId, List<String>> ROW_NAMES = labels(CellMention::rowName);
    /** The labels of each table's columns, both forms. */
    static final Map<TableId, List<String>> COLUMN_NAMES = labels(spec -> LabelText.nfkc(spec.columnLeafLabel()));
    /** Each column label with the short forms people write for it, those no other column's label holds. */
    static final Map<String, List<String>> COLUMN_SPELLINGS = spellings(COLUMN_NAMES, 3, EVERYDAY);
    /** Each row label with the short forms people write for it ({@code 本年新收政府信息公开申请} without 数量). */
    static final Map<String, List<String>> ROW_SPELLINGS = spellings(ROW_NAMES, 6, Map.of());

    /** What a sentence says of the cells it names: a figure for each, or figures it lists that cannot be told apart. */
    sealed interface Mention permits Given, Unpaired {
    }

    /**
     * A figure a sentence gives for a cell, at {@code at} in the sentence; {@code signed} when the sentence says which way a
     * change went ({@code 减少3件} is -3, {@code 增加3件} and {@code +3} are 3, {@code -3} is -3), so that its sign counts.
     */
    record Given(ExtractedCell cell, BigDecimal figure, int at, boolean signed) implements Mention {

        /** The figure at {@code at} in the sentence as given for the cell: a change with the sign the sentence gives it. */
        static Given of(ExtractedCell cell, BigDecimal figure, String s, int at) {
            if (!isChange(cell)) {
                return new Given(cell, figure, at, false);
            }
            int sign = signBefore(s, at);
            return new Given(cell, sign < 0 ? figure.negate() : figure, at, sign != 0);
        }

        /** Whether the table's value is the figure (an amount in any unit, rounded as written; a change by its size unless signed). */
        boolean agrees() {
            if (!(cell.value() instanceof CellValue.Numeric n)) {
                return true;
            }
            boolean bySize = isChange(cell) && !signed;
            BigDecimal value = bySize ? n.value().abs() : n.value();
            BigDecimal given = bySize ? figure.abs() : figure;
            // a count is in one unit; an amount in another unit agrees rounded, but no amount rounds to a 0 given for it
            // (0件 against 7 is no 0.0007万件)
            for (BigDecimal scale : cell.key().column().equals("amount") ? SCALES : List.of(BigDecimal.ONE)) {
                if (scale.compareTo(BigDecimal.ONE) != 0 && given.signum() == 0 && value.signum() != 0) {
                    continue;
                }
                BigDecimal v = value.multiply(scale);
                if (v.compareTo(given) == 0 || given.scale() < v.scale() && given.scale() >= 0
                        && v.setScale(given.scale(), RoundingMode.HALF_UP).compareTo(given) == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the cell is a change from last year (本年增/减), whose figure a sentence may give with a sign. */
    private static boolean isChange(ExtractedCell cell) {
        return cell.key().column().equals("change");
    }

    /**
     * The sign the sentence gives the figure at {@code at}: -1 for a minus right before it ({@code -3}) or a fall named last
     * before it in its clause ({@code 本年减少3件}, {@code 本年增/减：减少3件}), 1 for a plus or a rise ({@code 本年增加数为3件}),
     * 0 when it gives none ({@code 本年增/减为3件}: 增/减 is the column's name, no direction).
     */
    private static int signBefore(String s, int at) {
        int i = at;
        while (i > 0 && "“\"「『‘ ".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i > 0 && "-－−﹣—".indexOf(s.charAt(i - 1)) >= 0) {
            return -1;
        }
        if (i > 0 && "+＋".indexOf(s.charAt(i - 1)) >= 0) {
            return 1;
        }
        String before = s.substring(Math.max(clauseStart(s, at), lastDigitBefore(s, at) + 1), at).replaceAll("增\\s*[/／、]\\s*减|增减", "");
        Matcher m = DIRECTION.matcher(before);
        int sign = 0;
        while (m.find()) {
            sign = m.group(1) != null ? -1 : 1;
        }
        return sign;
    }

    /** Words that say which way a change went: a fall (group 1) or a rise. */
    private static final Pattern DIRECTION = Pattern.compile("(减少|下降|降低|减)|增加|增长|提高|新增|增");

    /**
     * Cells a sentence names in a list and figures it lists for them ({@code 规章本年新公开数量、对外公开总数量分别为9件、859件})
     * that do not pair, as many cells as figures: which figure is whose cannot be told, so none is given to any (at {@code at}).
     */
    record Unpaired(List<ExtractedCell> cells, List<BigDecimal> figures, int at) implements Mention {
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
    /**
     * A comparison, a rough figure or an average between the labels and the figure: the figure is no cell's value. An
     * average is {@link #AVERAGE}; a rise or a fall is a comparison, except for a change's own figure ({@link #signBefore}).
     */
    private static final Pattern COMPARED = Pattern.compile("上年|去年|上一年|前一年|同期|同比|环比|较|比|增长|增加|减少|下降|提高|降低"
            + "|增幅|降幅|占|约|近|逾|超过|不足|累计办理|其中");
    /**
     * An average, not a count of the cell (平均, 人均, 年均, 日均, 月均, 均值, 人平): 自然人均为3件 is 自然人 and 均 (each), 本年均为0件 is
     * 本年 and 均, neither an average.
     */
    private static final Pattern AVERAGE = Pattern.compile("平均|(?<!自然)人均|(?<!本)年均|日均|月均|均值|人平");

    /** Whether the words between a cell's labels and a figure make it no figure of the cell: a comparison or an average. */
    private static boolean compared(String between, ExtractedCell cell) {
        String words = isChange(cell) ? DIRECTION.matcher(between.replaceAll("增\\s*[/／、]\\s*减|增减", "")).replaceAll("") : between;
        return COMPARED.matcher(words).find() || AVERAGE.matcher(between).find();
    }
    /** Another year named before the figure (not a date's year: 2020年1月15日 is when a line was written). */
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年(?!\\d{1,2}月)");
    /** Another year's report or period in the figure's clause. */
    private static final Pattern OTHER_PERIOD = Pattern.compile("上年(?!结转)|去年|上一年(?!项目)|前一年|上一年度|前年");
    /** Between the labels and the figure: at most this many characters. */
    private static final int GAP = 16;
    /** An item of a part named by its number: {@code 第三部分第一项}, {@code 表三第一项}. */
    private static final Pattern ITEM = Pattern.compile("(?:第([二三四])部分|表([二三四]))(?:表格)?[“\"”]?(?:的|中)?第([一二三四五六七八九十]|\\d{1,2})"
            + "(项|行)(?![、，,]?第(?:\\d+|[一二三四五六七八九十]+)列)");
    /** Each table's top rows by their numbers ({@code 一、本年新收政府信息公开申请数量}), as notices write their labels. */
    private static final Map<TableId, Map<String, String>> ITEMS = items();
    /**
     * Each table's first rows by their place ({@code 表三第二行} → 上年结转政府信息公开申请数量): only those the form's numbered
     * items are, so that counting the rows and counting the items agree (table 三's first two; its third item,
     * 三、本年度办理结果, heads rows of its own).
     */
    private static final Map<TableId, List<String>> ROWS_BY_PLACE = rowsByPlace();
    private static final String CLAUSE_ENDS = ",，;；。";

    private CellMention() {
    }

    /**
     * Labels and their short forms as notices write them: without 本年 ({@code 新公开数量}), with 数 for 数量
     * ({@code 新公开数}), or with neither count word ({@code 新公开}); a short form another label of the same
     * kind and table holds, or shorter than {@code shortest} (one character less when it keeps the count word 数:
     * {@code 新收申请数}), names nothing; {@code everyday} adds the words people use for a label.
     */
    private static Map<String, List<String>> spellings(Map<TableId, List<String>> names, int shortest,
            Map<String, List<String>> everyday) {
        Map<String, List<String>> out = new HashMap<>();
        for (TableId t : TableId.values()) {
            List<String> labels = names.get(t);
            for (String label : labels) {
                Set<String> forms = new LinkedHashSet<>();
                String plain = label.replace("政府信息公开", ""); // 本年新收申请
                for (String stem : List.of(label, label.replaceFirst("^本年", ""), plain, plain.replaceFirst("^本年", ""))) {
                    forms.add(stem);
                    if (stem.endsWith("数量")) {
                        forms.add(stem.substring(0, stem.length() - 1));
                        forms.add(stem.substring(0, stem.length() - 2));
                    }
                }
                forms.removeIf(f -> !f.equals(label) && (f.length() < (f.endsWith("数") ? shortest - 1 : shortest)
                        || labels.stream().anyMatch(other -> !other.equals(label) && other.contains(f))));
                forms.addAll(everyday.getOrDefault(label, List.of()));
                out.merge(label, List.copyOf(forms), (a, b) -> a.size() <= b.size() ? a : b);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Each table's labels of one kind, as notices write them, both forms. */
    private static Map<TableId, List<String>> labels(Function<KeySpec, String> label) {
        Map<TableId, List<String>> names = new EnumMap<>(TableId.class);
        for (TableId t : TableId.values()) {
            names.put(t, FORM.specs().stream().filter(spec -> spec.key().table() == t).map(label)
                    .filter(n -> n.length() >= 2).distinct().toList());
        }
        return Collections.unmodifiableMap(names);
    }

    /**
     * Whether the sentence names the cell by the form's labels: its column paired with its row ({@link #pairedRows}: in
     * {@code “规章”的“本年新公开数量”和“规范性文件”的“对外公开总数”} the column 本年新公开数量 is 规章's, not 规范性文件's), a
     * row of no column by its label, or a row's total by the row named alone with a figure right after it
     * ({@code 本年新收政府信息公开申请240件（其中自然人65件）}, {@code 本年新收申请应为242件}).
     */
    static boolean names(String s, ExtractedCell cell) {
        return FORM.find(cell.key()).map(spec -> {
            String column = LabelText.nfkc(spec.columnLeafLabel());
            return !columnEnds(s, spec).isEmpty() || column.isEmpty() && rowNamed(s, cell)
                    || column.equals("总计") && totalEnds(s, spec).stream().anyMatch(e -> ROW_FIGURE.matcher(s.substring(e)).lookingAt());
        }).orElse(false);
    }

    /** A figure right after a row's label: the row's total. */
    private static final Pattern ROW_FIGURE = Pattern.compile("[”\"]?(?:数量|数)?(?:应为|应是|为|共|共计)?(?=(?:减少|增加)?[“\"「『‘]?\\d)");

    /** How many of the tables' rows the sentence names by their labels. */
    static int rowsNamed(String s, Set<TableId> tables) {
        return (int) tables.stream().flatMap(t -> rowsIn(s, t).stream().map(n -> ROW_NAMES.get(t).get(n[2]))).distinct().count();
    }

    /** Whether the sentence names a row of one of the tables and one of its columns, paired or not. */
    static boolean namesRowAndColumn(String s) {
        return Arrays.stream(TableId.values()).anyMatch(t -> !rowsIn(s, t).isEmpty() && namesColumn(s, t));
    }

    /** Whether the sentence names the cell's row by its label (its column by none, or by one the form does not use). */
    static boolean rowNamed(String notice, ExtractedCell cell) {
        return FORM.find(cell.key()).map(spec -> rowsIn(notice, spec.key().table()).stream()
                .anyMatch(n -> ROW_NAMES.get(spec.key().table()).get(n[2]).equals(rowName(spec)))).orElse(false);
    }

    /** A row's own label as a notice writes it: without its number ({@code （一）予以公开} → 予以公开). */
    static String rowName(KeySpec spec) {
        return LabelText.nfkc(spec.rowLabel()).replaceAll("^[（(]?[一二三四五六七八九十\\d]+[)）.、]", "");
    }

    /**
     * The row labels a column label at {@code at} belongs to: the nearest row label before it in its clause, else
     * the nearest after it in its clause ({@code “本年新公开数量”中“规章”一项}), else the last one named before
     * its clause ({@code …，“对外公开总数量”相应更正为861件}), else the first named after it
     * ({@code “本年新公开数量”一栏中，“规章”误为7件}); with the labels joined to that one by 和/、/及/与
     * ({@code “规章”和“规范性文件”的“本年新公开数量”}); none when the notice names no row.
     */
    static Set<String> pairedRows(String notice, int at, TableId table) {
        int clauseStart = clauseStart(notice, at);
        int clauseEnd = clauseEnd(notice, at);
        List<String> rows = ROW_NAMES.get(table);
        List<int[]> named = rowsIn(notice, table);
        int[] before = named.stream().filter(n -> n[0] < at).max(Comparator.comparingInt(n -> n[0])).orElse(null);
        int[] after = named.stream().filter(n -> n[0] > at && n[0] < clauseEnd).min(Comparator.comparingInt(n -> n[0]))
                .orElse(null);
        int[] paired = before != null && before[0] >= clauseStart || after == null ? before : after;
        if (paired == null) {
            paired = named.stream().filter(n -> n[0] > at).min(Comparator.comparingInt(n -> n[0])).orElse(null);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int[] n = paired; n != null; ) {
            out.add(rows.get(n[2]));
            int[] joined = n;
            n = named.stream().filter(o -> o[1] <= joined[0]
                    && JOINED.matcher(notice.substring(o[1], joined[0])).matches()).findFirst().orElse(null);
        }
        return out;
    }

    /** What joins two row labels a column label then belongs to both: {@code ”和“}, {@code 、}, {@code 及}, quotes alone ({@code ”“}). */
    private static final Pattern JOINED = Pattern.compile("[”\"」』’]?[和、及与][“\"「『‘]?|[”\"」』’][“\"「『‘]");

    /**
     * Where the sentence names the table's rows: {start, end, index into {@link #ROW_NAMES}}; a label inside a
     * longer one ({@code 其他} in {@code 其他对外管理服务事项}) is not a row named.
     */
    static List<int[]> rowsIn(String notice, TableId table) {
        List<int[]> named = new ArrayList<>();
        List<String> rows = ROW_NAMES.get(table);
        for (int r = 0; r < rows.size(); r++) {
            for (String spelling : ROW_SPELLINGS.getOrDefault(rows.get(r), List.of(rows.get(r)))) {
                for (int i = notice.indexOf(spelling); i >= 0; i = notice.indexOf(spelling, i + 1)) {
                    named.add(new int[] {i, i + spelling.length(), r});
                }
            }
        }
        named.removeIf(a -> named.stream().anyMatch(b -> b != a && b[0] <= a[0] && a[1] <= b[1]
                && b[1] - b[0] > a[1] - a[0]));
        return named;
    }

    private static Map<TableId, Map<String, String>> items() {
        Map<TableId, Map<String, String>> out = new EnumMap<>(TableId.class);
        for (KeySpec spec : FORM.specs()) {
            String path = LabelText.nfkc(spec.rowLabelPath());
            Matcher m = Pattern.compile("^([一二三四五六七八九十])、([^/]+)$").matcher(path);
            if (m.matches()) {
                out.computeIfAbsent(spec.key().table(), t -> new HashMap<>()).put(m.group(1), rowName(spec));
            }
        }
        return out;
    }

    private static Map<TableId, List<String>> rowsByPlace() {
        Map<TableId, List<String>> out = new EnumMap<>(TableId.class);
        for (TableId t : TableId.values()) {
            List<String> rows = FORM.specs().stream().filter(spec -> spec.key().table() == t).map(CellMention::rowName)
                    .distinct().toList();
            Map<String, String> items = ITEMS.getOrDefault(t, Map.of());
            List<String> placed = new ArrayList<>();
            for (String row : rows) {
                String item = items.get(String.valueOf("一二三四五六七八九十".charAt(Math.min(placed.size(), 9))));
                if (!row.equals(item)) {
                    break;
                }
                placed.add(row);
            }
            out.put(t, List.copyOf(placed));
        }
        return out;
    }

    /**
     * The sentence with its cells named as the form's labels name them: an item by its number
     * ({@code 第三部分第一项} → 本年新收政府信息公开申请数量), a row by its place where that is sure ({@code 表三第2行} →
     * 上年结转政府信息公开申请数量, not {@code 第3行第3列}: the table as printed, read by {@link CorrectionNotice}) and a column inside its row's words
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
            String number = m.group(3).chars().allMatch(Character::isDigit) && Integer.parseInt(m.group(3)) >= 1
                    && Integer.parseInt(m.group(3)) <= 10 ? String.valueOf("一二三四五六七八九十".charAt(Integer.parseInt(m.group(3)) - 1))
                    : m.group(3);
            int place = "一二三四五六七八九十".indexOf(number);
            List<String> placed = ROWS_BY_PLACE.getOrDefault(table, List.of());
            String row = m.group(4).equals("项") ? ITEMS.getOrDefault(table, Map.of()).get(number)
                    : place >= 0 && place < placed.size() ? placed.get(place) : null; // 表三第二行: the form's second row
            m.appendReplacement(out, Matcher.quoteReplacement(row == null ? m.group() : row));
        }
        m.appendTail(out);
        String s = out.toString();
        for (TableId t : TableId.values()) {
            for (String column : COLUMN_NAMES.get(t)) {
                for (String c : COLUMN_SPELLINGS.getOrDefault(column, List.of(column))) {
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
        for (String row : ROW_NAMES.get(t)) {
            for (String r : ROW_SPELLINGS.getOrDefault(row, List.of(row))) {
                for (int k = 2; k < r.length() - 1; k++) {
                    if (p >= k && s.startsWith(r.substring(0, k), p - k) && s.startsWith(r.substring(k), p + c.length())) {
                        return r.substring(0, k) + "\0" + r.substring(k);
                    }
                }
            }
        }
        return null;
    }

    /**
     * What the sentence ({@link #labelled}) says of the cells it names: the figure it gives each (one for each cell at
     * most), and the lists of figures it gives a list of cells that do not pair.
     */
    static List<Mention> mentions(String sentence, List<ExtractedCell> cells, OptionalInt year) {
        List<FigureList> lists = lists(sentence);
        List<Mention> out = new ArrayList<>(listed(sentence, lists, cells, year));
        out.addAll(each(sentence, lists, cells, year));
        Set<CanonicalKey> listedCells = new HashSet<>();
        for (Mention m : out) {
            if (m instanceof Given g) {
                listedCells.add(g.cell().key());
            } else if (m instanceof Unpaired u) {
                u.cells().forEach(c -> listedCells.add(c.key()));
            }
        }
        for (ExtractedCell cell : cells) {
            if (!(cell.value() instanceof CellValue.Numeric) || listedCells.contains(cell.key())) {
                continue;
            }
            FORM.find(cell.key()).ifPresent(spec -> {
                for (int end : labelEnds(sentence, spec)) {
                    Given g = figureAfter(sentence, end, cell, spec.key().table(), year, lists);
                    if (g != null) {
                        out.add(g);
                        return;
                    }
                }
            });
        }
        return out;
    }

    /** What gives one figure to each cell a list of labels names: 均为, 都是, 皆为 (not an average's 均: {@link #AVERAGE}). */
    private static final Pattern EACH = Pattern.compile("(?:均|都|皆)(?:为|是|有|达|填|[:：])?[“\"「『‘]?$");

    /**
     * The figure a sentence gives to each cell its labels list with 均 ({@code 行政处罚、行政强制处理决定数量均为0件},
     * {@code 本年新收申请中，科研机构、社会公益组织均为2件}, {@code 行政复议和行政诉讼均为0}): the labels in the clause before
     * 均 (after its last figure) name the cells as the sentence pairs them, each column with its own rows ({@link #pairedRows}:
     * {@code 规章本年新制作数量、规范性文件本年新公开数量均为0件} names two cells, not four); rows listed with no column take the
     * column named before them, else their total or their one figure. Each cell named gets the whole figure.
     */
    private static List<Mention> each(String s, List<FigureList> lists, List<ExtractedCell> cells, OptionalInt year) {
        List<Mention> out = new ArrayList<>();
        Set<CanonicalKey> given = new HashSet<>();
        Matcher f = FIGURE.matcher(s);
        while (f.find()) {
            int at = f.start();
            Matcher each = EACH.matcher(s.substring(0, at));
            if (!each.find() || lists.stream().anyMatch(l -> l.holds(at))
                    || AVERAGE.matcher(s.substring(Math.max(0, each.start() - 2), Math.min(s.length(), each.start() + 2))).find()) {
                continue; // no 均, a list of figures (listed), or an average (人均为2件)
            }
            String after = s.substring(f.end());
            if (NOT_A_CELL.matcher(after).lookingAt() || !UNIT.matcher(after).lookingAt() && !GIVING.matcher(s.substring(0, at)).find()
                    || WITHDRAWN_AFTER.matcher(after).lookingAt() || WITHDRAWING.matcher(s.substring(0, each.start())).find()) {
                continue;
            }
            int from = Math.max(clauseStart(s, each.start()), lastDigitBefore(s, each.start()) + 1);
            String head = s.substring(from, each.start());
            for (TableId table : TableId.values()) {
                List<int[]> rows = rowsIn(head, table);
                List<int[]> columns = columnsIn(head, table);
                rows.removeIf(r -> columns.stream().anyMatch(c -> c[0] <= r[0] && r[1] <= c[1] && c[1] - c[0] > r[1] - r[0]));
                columns.removeIf(c -> rows.stream().anyMatch(r -> r[0] <= c[0] && c[1] <= r[1]));
                if (rows.isEmpty() && columns.isEmpty()) {
                    continue;
                }
                int labelEnd = from + Stream.concat(rows.stream(), columns.stream()).mapToInt(n -> n[1]).max().orElseThrow();
                if (each.start() - labelEnd > GAP || COMPARED.matcher(s.substring(labelEnd, at)).find()
                        || AVERAGE.matcher(s.substring(labelEnd, at)).find() || otherPeriod(s, labelEnd, at, year)) {
                    continue;
                }
                BigDecimal figure = new BigDecimal(f.group().replace(",", ""));
                for (ExtractedCell cell : eachNamed(s, from, rows, columns, table, cells, figure.signum() == 0)) {
                    if (given.add(cell.key())) {
                        out.add(Given.of(cell, figure, s, at));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The cells the labels at {@code from} name, each column paired with its own rows, rows with no column of their own
     * with the column named before them, else by their total or their one figure (a row of several and no total, 2019's
     * 行政许可 with 上一年项目数量, 本年增/减, 处理决定数量, names no one cell); a total of 0 ({@code zero}) is every count of
     * its row at 0 ({@code 行政复议均为0件}: 结果维持 too).
     */
    private static List<ExtractedCell> eachNamed(String s, int from, List<int[]> rows, List<int[]> columns, TableId table,
            List<ExtractedCell> cells, boolean zero) {
        Set<ExtractedCell> out = new LinkedHashSet<>();
        List<String> columnNames = COLUMN_NAMES.get(table);
        List<String> rowNames = ROW_NAMES.get(table);
        Set<String> paired = new HashSet<>();
        for (int[] c : columns) {
            for (String row : pairedRows(s, from + c[0], table)) {
                paired.add(row);
                out.addAll(cellsOf(cells, table, row, columnNames.get(c[2])));
            }
        }
        List<int[]> columnBefore = columnsIn(s.substring(0, from), table);
        for (String row : distinct(rows, rowNames)) {
            if (paired.contains(row) || !columns.isEmpty()) {
                continue;
            }
            if (!columnBefore.isEmpty()) {
                out.addAll(cellsOf(cells, table, row, columnNames.get(columnBefore.get(columnBefore.size() - 1)[2])));
                continue;
            }
            List<ExtractedCell> total = cellsOf(cells, table, row, "总计");
            List<ExtractedCell> all = cellsOf(cells, table, row, null);
            out.addAll(!total.isEmpty() ? (zero ? all : total) : all.size() == 1 ? all : List.of());
        }
        return List.copyOf(out);
    }

    /** The figures the sentence gives for the cells, one for each cell at most (lists paired in order). */
    static List<Given> given(String sentence, List<ExtractedCell> cells, OptionalInt year) {
        return mentions(sentence, cells, year).stream().filter(Given.class::isInstance).map(Given.class::cast).toList();
    }

    /** Figures a sentence lists, joined by 、/和/与/及 ({@code 9件、859件}): where each starts, and where the list ends. */
    private record FigureList(List<BigDecimal> figures, List<Integer> starts, int end) {

        int start() {
            return starts.get(0);
        }

        boolean holds(int at) {
            return at >= start() && at < end;
        }
    }

    /** What joins two figures of a list: the first's unit, then 、, 和, 与 or 及 ({@code 9件和859件}). */
    private static final Pattern LIST_JOIN = Pattern.compile("(?:" + UNIT.pattern() + ")?[、和与及][“\"「『‘]?");

    /** The lists of two figures or more in the sentence. */
    private static List<FigureList> lists(String s) {
        List<FigureList> out = new ArrayList<>();
        Matcher f = FIGURE.matcher(s);
        int from = 0;
        while (from < s.length() && f.find(from)) {
            List<BigDecimal> figures = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            figures.add(new BigDecimal(f.group().replace(",", "")));
            starts.add(f.start());
            int end = f.end();
            while (true) {
                Matcher join = LIST_JOIN.matcher(s).region(end, s.length());
                Matcher next = FIGURE.matcher(s);
                if (!join.lookingAt() || !next.find(join.end()) || next.start() != join.end()) {
                    break;
                }
                figures.add(new BigDecimal(next.group().replace(",", "")));
                starts.add(next.start());
                end = next.end();
            }
            if (figures.size() >= 2) {
                out.add(new FigureList(figures, starts, end));
            }
            from = end;
        }
        return out;
    }

    /**
     * The cells named by the labels listed before each list of figures, paired with the figures in order
     * ({@code 规章本年新公开数量、对外公开总数量分别调整为9件、859件}, {@code 新公开规章、规范性文件分别为9件、1478件},
     * {@code 规章、规范性文件本年新公开数量分别为…}): one row and its columns, or one column and its rows, as many as the
     * figures; where they are not as many, or rows and columns are both listed, which figure is whose cannot be told.
     * A list the sentence withdraws ({@code 分别误为7件、1478件，应分别为9件、1480件}) is skipped for the one after it.
     */
    private static List<Mention> listed(String s, List<FigureList> lists, List<ExtractedCell> cells, OptionalInt year) {
        List<Mention> out = new ArrayList<>();
        FigureList withdrawn = null;
        for (FigureList list : lists) {
            int labelsBy = list.start();
            if (withdrawn != null && list.start() - withdrawn.end <= GAP
                    && s.substring(withdrawn.end, list.start()).chars().noneMatch(Character::isDigit)) {
                labelsBy = withdrawn.start(); // 分别误为7件、1478件，应分别为9件、1480件: the labels stand before the first list
            }
            if (WITHDRAWING.matcher(s.substring(0, list.start())).find()
                    || WITHDRAWN_AFTER.matcher(s.substring(list.end)).lookingAt()) {
                withdrawn = list;
                continue;
            }
            withdrawn = null;
            int from = Math.max(clauseStart(s, labelsBy), lastDigitBefore(s, labelsBy) + 1); // after the clause's last figure
            String head = s.substring(from, labelsBy);
            for (TableId table : TableId.values()) {
                List<int[]> rows = rowsIn(head, table);
                List<int[]> columns = columnsIn(head, table);
                rows.removeIf(r -> columns.stream().anyMatch(c -> c[0] <= r[0] && r[1] <= c[1] && c[1] - c[0] > r[1] - r[0]));
                columns.removeIf(c -> rows.stream().anyMatch(r -> r[0] <= c[0] && c[1] <= r[1]));
                if (rows.isEmpty() && columns.isEmpty()) {
                    continue;
                }
                int labelEnd = from + Stream.concat(rows.stream(), columns.stream()).mapToInt(n -> n[1]).max().orElseThrow();
                String upTo = s.substring(0, list.start());
                String after = s.substring(list.starts().get(0));
                Matcher first = FIGURE.matcher(after);
                first.lookingAt();
                String afterFirst = after.substring(first.end());
                if (labelsBy - labelEnd > GAP || COMPARED.matcher(s.substring(labelEnd, list.start())).find()
                        || AVERAGE.matcher(s.substring(labelEnd, list.start())).find()
                        || NOT_A_CELL.matcher(afterFirst).lookingAt()
                        || !UNIT.matcher(afterFirst).lookingAt() && !GIVING.matcher(upTo).find()
                        || otherPeriod(s, labelEnd, list.start(), year)) {
                    continue;
                }
                List<String> rowNames = distinct(rows, ROW_NAMES.get(table));
                List<String> columnNames = distinct(columns, COLUMN_NAMES.get(table));
                List<List<ExtractedCell>> named = named(s, from, columns.isEmpty() ? -1 : from + columns.get(0)[0], rowNames,
                        columnNames, table, cells);
                if (named.isEmpty()) {
                    continue;
                }
                List<ExtractedCell> found = named.stream().flatMap(List::stream).toList();
                if (named.size() == list.figures().size() && named.stream().allMatch(n -> n.size() <= 1)) {
                    for (int i = 0; i < named.size(); i++) {
                        if (!named.get(i).isEmpty()) {
                            out.add(Given.of(named.get(i).get(0), list.figures().get(i), s, list.starts().get(i)));
                        }
                    }
                } else if (!found.isEmpty()) {
                    out.add(new Unpaired(found, list.figures(), list.start()));
                }
            }
        }
        return out;
    }

    /**
     * The cells a list of labels names, in the list's order (a place left empty where the cell was not read): one row
     * and its columns, one column and its rows (a row or a column not listed is the one named before the list), a row's
     * totals, or a row alone its cells in the form's order; one place holding every cell named where rows and columns
     * are both listed.
     */
    private static List<List<ExtractedCell>> named(String s, int from, int firstColumnAt, List<String> rows, List<String> columns,
            TableId table, List<ExtractedCell> cells) {
        List<String> r = rows;
        List<String> c = columns;
        if (r.isEmpty()) {
            r = List.copyOf(pairedRows(s, firstColumnAt, table));
        }
        if (c.isEmpty()) {
            List<int[]> before = columnsIn(s.substring(0, from), table);
            if (!before.isEmpty()) {
                c = List.of(COLUMN_NAMES.get(table).get(before.get(before.size() - 1)[2]));
            }
        }
        if (r.isEmpty()) {
            return List.of();
        }
        List<List<ExtractedCell>> out = new ArrayList<>();
        if (c.isEmpty() && r.size() == 1) {
            List<ExtractedCell> row = cellsOf(cells, table, r.get(0), null);
            row.forEach(x -> out.add(List.of(x))); // a row's figures given whole, in its columns' order
            return out;
        }
        if (c.isEmpty()) {
            for (String row : r) {
                out.add(cellsOf(cells, table, row, "总计"));
            }
            return out;
        }
        if (r.size() > 1 && c.size() > 1) {
            List<ExtractedCell> all = new ArrayList<>();
            for (String row : r) {
                for (String col : c) {
                    all.addAll(cellsOf(cells, table, row, col));
                }
            }
            return List.of(all, List.of()); // never as many places as a list of figures pairs with
        }
        for (String row : r) {
            for (String col : c) {
                out.add(cellsOf(cells, table, row, col));
            }
        }
        return out;
    }

    /** The numeric cells of a row of the table, of one column (all when null), in the order read. */
    private static List<ExtractedCell> cellsOf(List<ExtractedCell> cells, TableId table, String row, String column) {
        return cells.stream().filter(x -> x.key().table() == table && x.value() instanceof CellValue.Numeric)
                .filter(x -> FORM.find(x.key()).map(spec -> rowName(spec).equals(row)
                        && (column == null || LabelText.nfkc(spec.columnLeafLabel()).equals(column))).orElse(false))
                .sorted(Comparator.comparingInt(x -> FORM_ORDER.getOrDefault(x.key(), Integer.MAX_VALUE))).toList();
    }

    /** Each cell's place in the form, as a row's figures given whole follow it. */
    private static final Map<CanonicalKey, Integer> FORM_ORDER = formOrder();

    private static Map<CanonicalKey, Integer> formOrder() {
        Map<CanonicalKey, Integer> out = new HashMap<>();
        List<KeySpec> specs = FORM.specs();
        for (int i = 0; i < specs.size(); i++) {
            out.putIfAbsent(specs.get(i).key(), i);
        }
        return out;
    }

    /** The labels named, each once, in the order named. */
    private static List<String> distinct(List<int[]> named, List<String> labels) {
        return named.stream().sorted(Comparator.comparingInt(n -> n[0])).map(n -> labels.get(n[2])).distinct().toList();
    }

    /**
     * Where the text names the table's columns: {start, end, index into {@link CorrectionNotice#COLUMN_NAMES}}; a
     * spelling inside a longer one is none.
     */
    private static List<int[]> columnsIn(String text, TableId table) {
        List<int[]> named = new ArrayList<>();
        List<String> columns = COLUMN_NAMES.get(table);
        for (int c = 0; c < columns.size(); c++) {
            for (String spelling : COLUMN_SPELLINGS.getOrDefault(columns.get(c), List.of(columns.get(c)))) {
                for (int i = text.indexOf(spelling); i >= 0; i = text.indexOf(spelling, i + 1)) {
                    named.add(new int[] {i, i + spelling.length(), c});
                }
            }
        }
        named.removeIf(a -> named.stream().anyMatch(b -> b != a && b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0]));
        List<int[]> out = new ArrayList<>();
        named.stream().sorted(Comparator.comparingInt(n -> n[0]))
                .filter(n -> out.stream().noneMatch(o -> o[0] == n[0] && o[1] == n[1])).forEach(out::add);
        return out;
    }

    /** Where the sentence names the cell, at the end of its labels: its column paired with its row, or its row alone for its total. */
    private static List<Integer> labelEnds(String s, KeySpec spec) {
        List<Integer> ends = new ArrayList<>(columnEnds(s, spec));
        ends.addAll(totalEnds(s, spec));
        return ends;
    }

    /** Where the sentence names the row's occurrences of the cell's row. */
    private static List<int[]> rowOf(String s, KeySpec spec) {
        String row = rowName(spec);
        TableId table = spec.key().table();
        return row.isEmpty() ? List.of() : rowsIn(s, table).stream().filter(n -> ROW_NAMES.get(table).get(n[2]).equals(row)).toList();
    }

    /** Where the sentence names the cell by its column paired with its row, at the end of the later of the two. */
    private static List<Integer> columnEnds(String s, KeySpec spec) {
        TableId table = spec.key().table();
        String row = rowName(spec);
        String column = LabelText.nfkc(spec.columnLeafLabel());
        List<Integer> ends = new ArrayList<>();
        List<int[]> rows = rowOf(s, spec);
        if (rows.isEmpty() || column.isEmpty()) {
            return ends;
        }
        for (String spelling : COLUMN_SPELLINGS.getOrDefault(column, List.of(column))) {
            for (int at = s.indexOf(spelling); at >= 0; at = s.indexOf(spelling, at + 1)) {
                if (pairedRows(s, at, table).contains(row)) {
                    int columnAt = at;
                    int columnEnd = at + spelling.length();
                    int clauseStart = clauseStart(s, at);
                    int clauseEnd = clauseEnd(s, at);
                    // the row named after its column, when none is named before it in its clause: the nearest one in its
                    // clause (“本年新公开数量”中“规章”一项应为9件; 本年新制作规章524件、新公开规章9件), or in a later one where
                    // none is named before (本年新公开数量一栏，规章调整为9件)
                    int labelsFrom = Math.max(clauseStart, lastDigitBefore(s, columnAt) + 1);
                    boolean rowBefore = rows.stream().anyMatch(r -> r[0] < columnAt && r[0] >= labelsFrom);
                    boolean anyBefore = rowsIn(s.substring(0, columnAt), table).stream()
                            .anyMatch(r -> r[1] <= columnAt);
                    int end = rowBefore ? columnEnd : rows.stream()
                            .filter(r -> r[0] >= columnEnd && (r[1] <= clauseEnd || !anyBefore))
                            .min(Comparator.comparingInt(r -> r[0])).map(r -> r[1]).orElse(columnEnd);
                    ends.add(end);
                }
            }
        }
        return ends;
    }

    /** Where the sentence names the cell's row alone, no column in its clause before it, for its total: 本年新收申请应为242件. */
    private static List<Integer> totalEnds(String s, KeySpec spec) {
        TableId table = spec.key().table();
        String row = rowName(spec);
        String column = LabelText.nfkc(spec.columnLeafLabel());
        List<Integer> ends = new ArrayList<>();
        if (!(column.isEmpty() || column.equals("总计")) || COLUMN_NAMES.get(table).contains(row)) {
            return ends; // 总计240件: the label of a row and of a column both, it names neither alone
        }
        for (int[] r : rowOf(s, spec)) {
            if (!namesColumn(s.substring(clauseStart(s, r[0]), r[0]), table)) {
                ends.add(r[1]);
            }
        }
        return ends;
    }

    /** The first figure after the labels ending at {@code end} that the sentence gives for the cell; null when none. */
    private static Given figureAfter(String s, int end, ExtractedCell cell, TableId table, OptionalInt year,
            List<FigureList> lists) {
        Matcher f = FIGURE.matcher(s);
        f.region(end, s.length());
        int from = end; // the gap is counted from the labels, or from a figure withdrawn before the one given
        while (f.find()) {
            String gap = s.substring(from, f.start());
            // digits in the gap are a run no figure starts in (a flattened table row's 01214): what follows is no cell's
            if (gap.length() > GAP || gap.chars().anyMatch(ch -> CLAUSE_ENDS.indexOf(ch) >= 0 || Character.isDigit(ch))
                    || namesColumn(gap, table)
                    || !rowsIn(gap, table).isEmpty()) {
                return null;
            }
            String after = s.substring(f.end());
            String upTo = s.substring(0, f.start());
            int at = f.start();
            FigureList list = lists.stream().filter(l -> l.holds(at)).findFirst().orElse(null);
            if (WITHDRAWING.matcher(upTo).find() || WITHDRAWN_AFTER.matcher(list == null ? after : s.substring(list.end())).lookingAt()) {
                int withdrawnEnd = list == null ? f.end() : list.end();
                Matcher unit = AFTER_WITHDRAWN.matcher(s.substring(withdrawnEnd));
                from = withdrawnEnd + (unit.lookingAt() ? unit.end() : 0);
                f.region(withdrawnEnd, s.length());
                continue; // 原报11件有误, 不是7件，而是9件: the next figure is the one given
            }
            if (list != null) {
                return null; // a list of figures is given to a list of cells (listed)
            }
            if (compared(s.substring(end, f.start()), cell) || NOT_A_CELL.matcher(after).lookingAt()
                    || !UNIT.matcher(after).lookingAt() && !GIVING.matcher(upTo).find()
                    || otherPeriod(s, end, f.start(), year)) {
                return null;
            }
            return Given.of(cell, new BigDecimal(f.group().replace(",", "")), s, f.start());
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
        return COLUMN_NAMES.get(table).stream()
                .flatMap(c -> COLUMN_SPELLINGS.getOrDefault(c, List.of(c)).stream()).anyMatch(text::contains);
    }

    /** Where the last digit before {@code at} stands; -1 when none. */
    private static int lastDigitBefore(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
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
