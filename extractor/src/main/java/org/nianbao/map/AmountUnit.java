package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextLine;

/**
 * The unit a report states for its amounts outside the cells: a caption above table 二 or in a row
 * of its own inside it ({@code （金额单位：元）}, {@code 单位：万元}), a block title
 * ({@code 第二十条第（八）项（单位：元）}), a unit a flattening split off its header ({@code （元）}) or a
 * note under the table ({@code 注：采购总金额单位为元}, {@code 注：…以元为单位}), or a clause of the
 * report's prose that states the unit of its amounts or data ({@code 本报告所列数据…，金额单位为元},
 * {@code 涉及金额的，单位为元}; red team 12b). A clause that states a money unit without saying of what
 * ({@code 收费单位为元}) is a doubt, not a unit: the amounts are kept as written and flagged.
 * Column headers ({@code 采购总金额（单位：元）}) and row labels ({@code 行政事业性收费（元）}) are read
 * with the row, not here.
 *
 * @param unit 万元, 元, 千元, 百万元 or 亿元 ({@link MoneyUnit}), or a money unit not read there (千美元), to be flagged
 * @param where where the statement stands
 * @param conflict the statements that disagree, in words, when there are such
 * @param doubt when the only statement is prose that may not concern the amounts, what it says, in words;
 *     empty for a unit that surely applies
 */
record AmountUnit(String unit, Location where, String conflict, String doubt) {

    AmountUnit {
        unit = MoneyUnit.canonical(unit); // 单位：亿 and 单位：亿元 are one unit, never a conflict
    }

    /** The form's unit for amounts: a statement of it changes nothing, so it raises no doubt. */
    private static final String DEFAULT = "万元";
    /** A money unit, 人民币 optionally in front: 元, 万元, 人民币元, 千元, 亿 ({@link MoneyUnit}); never 元/件, a price. */
    private static final String MONEY = "(?:人民币)?" + MoneyUnit.NAMES + "(?!\\s*/)";
    /** Other units a caption lists beside the money unit: （单位：件、元）, 单位：项/万元. */
    private static final String BESIDE = "(?:[^()\\[\\]]{0,10}?[、/,，;；和及])?";
    /** A caption, a table title or a block title stating units: （金额单位：元）, 表1 …（单位：件、元）, 第二十条第（八）项（单位：元）. */
    private static final String SAYS_UNIT = "(?:单位(?:均)?(?:[:：]|为|是)|金额[:：])";
    private static final Pattern CAPTION = Pattern.compile(SAYS_UNIT + BESIDE + MONEY);
    /** A caption stating a money unit not read here (单位：千美元, 金额单位：港元): its amounts are flagged, never read as 万元. */
    private static final Pattern CAPTION_OTHER = Pattern.compile(SAYS_UNIT + BESIDE + MoneyUnit.OTHER + "(?!\\s*/)");
    /** A note under the table: 注：采购总金额单位为元, 备注：表中采购总金额为元, 注：…以元为单位. */
    private static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注)[:：]?.{0,40}?(?:(?:金额|单位)(?:均)?(?:为|是|[:：])"
            + MONEY + "|以" + MONEY + "(?:为单位|计))");
    /** A unit alone in a cell: the second line of a header printed 采购总金额 / （元） (or 〔元〕) and split by a flattening. */
    private static final Pattern BARE = Pattern.compile("^[(〔〖]" + MONEY + "[)〕〗]$");
    /** A clause of prose stating the unit of the report's amounts or data: 金额单位为元, 本报告数据单位均为万元, 涉及金额的，单位为元. */
    private static final Pattern PROSE = Pattern.compile("(?:金额|数据|数字|本报告|报告中)[^()]{0,20}?(?:单位(?:均)?(?:为|是|[:：])"
            + MONEY + "|以" + MONEY + "(?:为单位|计))");
    /** A clause naming a money unit in prose without saying of what: 收费单位为元 (a doubt, not a unit). */
    private static final Pattern PROSE_UNSURE = Pattern.compile("(?:^|[^(])单位(?:均)?(?:为|是)" + MONEY);
    /** Prose is read clause by clause: a unit statement is one clause of a long sentence. */
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;!?！？]");
    /** Captions are short; a longer line is prose, where 单位 is as likely an organisation (用人单位). */
    private static final int MAX_CAPTION = 40;
    private static final int MAX_LINE = 60;
    /** Table 二's title, after which its captions stand. */
    private static final Pattern ACTIVE_TITLE = Pattern.compile("主动公开政府信息(?:情况)?$");
    /** Table 三's or 四's title: a caption after it heads that table, not table 二. */
    private static final Pattern LATER_TITLE = Pattern.compile("收到和处理(?:政府)?信息公开申请|行政复议[、,]?行政诉讼情况");
    /** The row ids of table 二's two amounts. */
    private static final String FEES = "fees";
    private static final String PROCUREMENT = "procurement";
    /** A unit stated for one amount by its name: 收费金额：元, 采购金额单位：元, 行政事业性收费金额单位为千元. */
    private static final Pattern NAMED_AMOUNT = Pattern.compile("(收费|采购)[^,，;；:：()、]{0,6}?金额(?:单位)?(?:均)?(?:[:：]|为|是)"
            + MONEY + "[,，;；、]?");
    /** A money unit with its 元, in plain or financial numerals (仟元, 佰万元), as a loose piece states it. */
    private static final String SCALED = "((?:百|佰)万元|[千仟]元|万元|亿元|元)";
    /**
     * The same but for 元 alone, which closes too many brackets ({@code 5元）}) to be a unit without more; a scale
     * before it is kept with it ({@code 千万元）}, {@code 十万元）}: a unit not read here, flagged, not the 万元 inside it).
     */
    private static final String SCALED_UP = "([十拾千仟]?(?:(?:百|佰)万元|[千仟]元|万元|亿元))";
    /**
     * A money unit in a bracket cut open among table 二's lines ({@code （千元}, {@code 千元）}): Debian html2text
     * cuts a header or label at its column's byte width and prints the rest past the table or after the value
     * ({@code ��仟元）}, {@code ��千元整）}, {@code ��千元］}, {@code ��￥千元）}), or with a remark after a comma before
     * the bracket closes ({@code ��千元，含税）}: red team rta).
     */
    private static final Pattern LOOSE = Pattern.compile("[(〔〖\\[【](?:人民币|¥)?" + SCALED + "|(?:(?<![\\d.,])" + SCALED_UP
            + "|¥(元))(?:整|人民币)?(?:[,;、][^()〔〕〖〗\\[\\]【】]{0,8})?[)〕〗\\]】]");
    /**
     * A money unit standing as a piece of its own among table 二's lines, with no bracket: html2text's
     * {@code |采购总金额|千元} (a header {@code 采购总金额/千元} cut at the column's edge), lynx's {@code 153 35,600 千元}
     * (a cell's unit after its figure), html2text's {@code |千元_____|} (a cell's second line padded to its width).
     */
    private static final Pattern LOOSE_TOKEN = Pattern.compile("(?:^|[|│┃_\\s])(?:人民币)?" + SCALED + "(?=$|[|│┃_\\s])");
    /** A note stating the amounts' unit cut inside the unit by a byte-width cut ({@code 注：采购总金额单位为千�}). */
    private static final Pattern CUT_NOTE = Pattern.compile("(?:金额|单位)(?:均)?(?:为|是|[:：])(?:人民币)?([千万亿百]?)\uFFFD");
    /**
     * What Debian html2text prints past the table when it cuts an amount's header at its column's byte width: the
     * table's separator overwrites the first byte after the cut, and the rest of that character shows as U+FFFD
     * ({@code |采购总金额|��元）}, {@code |采购总金额|��元整}, {@code |采购总金额|��}), or, the character one byte
     * long, not at all ({@code |采购总金额|元)}). Where the column ends elsewhere the cut falls elsewhere: the 2021 form's
     * fee header (20 bytes) keeps two bytes of the lost character before the separator ({@code |本年收费金额�|元）}), a
     * half-width bracket or a shorter label puts the lost character inside the unit ({@code |本年收费金额(�|�)},
     * {@code |采购金额（|��元）}: the 千 of 千元 gone; red team rtc). Group 1 is what was printed whole after 金额, groups 2
     * and 3 the lost character's bytes on either side of the separator, group 4 what follows.
     */
    private static final Pattern CUT_HEADER = Pattern.compile(
            "金额([(（〔〖\\[【/:：]?)(\uFFFD*)[|│┃](\uFFFD*)([千仟万亿百佰元圆整人民币单位位:：()（）〔〕〖〗\\[\\]【】¥￥]*)\\s*$");
    /**
     * A cut header's rest that closes the bracket the cut took, so the lost character was its opening bracket and the
     * unit is whole ({@code ��元）}); with no closing bracket the lost character may have been the unit's scale
     * ({@code ��元} is {@code 万元}, {@code 千元} or {@code 亿元} cut alike), and the rest proves no unit.
     */
    private static final Pattern BRACKETED_REST = Pattern.compile("^(?:人民币|¥|￥)?" + SCALED + "(?:整|人民币)?[)）〕〗\\]】]$");

    /** The same for a unit written the English way: {@code RMB'000）}, {@code CNY1,000）} (spaces removed). */
    private static final Pattern LOOSE_LATIN = Pattern.compile("(?i)(?:RMB|CNY|USD|HKD|EUR)['’‘]?[\\d,]*\\)");

    /**
     * The stated units, from the running text and the cells of table 二's section. A caption governs the
     * table it heads: one printed after table 三's or 四's title ({@code （单位：件；金额：元）} above table 三)
     * is not table 二's; prose stating the report's units counts wherever it stands.
     */
    static StatedUnits stated(List<TextLine> text, List<SourceRow> activeRows) {
        List<AmountUnit> found = new ArrayList<>();
        List<AmountUnit> doubts = new ArrayList<>();
        Map<String, List<AmountUnit>> byRow = new LinkedHashMap<>();
        List<AmountUnit> unplaced = new ArrayList<>();
        boolean inActive = false;
        boolean pastActive = false;
        String open = ""; // the unfinished clause a printed line ended with (单位为 / 元。 wrapped by a PDF)
        for (TextLine line : text) {
            String flat = LabelText.nfkc(line.text()).replaceAll("\\s", "");
            if (flat.length() <= MAX_CAPTION && ACTIVE_TITLE.matcher(flat).find()) {
                inActive = true;
            } else if (flat.length() <= MAX_CAPTION && LATER_TITLE.matcher(flat).find()) {
                pastActive = true;
            }
            String rest = specific(line.text(), line.where(), pastActive ? new LinkedHashMap<>() : byRow);
            Optional<String> u = rest.equals(line.text()) || !rest.isBlank() ? unitOf(rest) : Optional.empty();
            if (!rest.equals(line.text()) || u.isPresent()) {
                if (!pastActive) {
                    u.ifPresent(unit -> found.add(new AmountUnit(unit, line.where(), "", "")));
                }
                open = "";
                continue;
            }
            if (inActive && !pastActive) {
                Matcher loose = LOOSE.matcher(SimplifiedScript.of(flat));
                while (loose.find()) {
                    String unit = loose.group(1) != null ? loose.group(1)
                            : loose.group(2) != null ? loose.group(2) : loose.group(3);
                    if (!unit.equals(DEFAULT)) {
                        unplaced.add(new AmountUnit(unit, line.where(), "", ""));
                    }
                }
                Matcher token = LOOSE_TOKEN.matcher(SimplifiedScript.of(LabelText.nfkc(line.text())));
                while (token.find()) {
                    if (!token.group(1).equals(DEFAULT)) {
                        unplaced.add(new AmountUnit(token.group(1), line.where(), "", ""));
                    }
                }
                Matcher cut = CUT_NOTE.matcher(flat);
                if (cut.find()) {
                    unplaced.add(new AmountUnit(cut.group(1) + "\uFFFD (cut)", line.where(), "", ""));
                }
                // the form's unit, whole in its brackets, is stated for the amounts like a caption (a caption saying
                // otherwise is then a conflict); any other is tied to no header cell the mapper reads: flagged
                cutHeaderUnit(line).ifPresent(cutUnit -> (cutUnit.unit().equals(DEFAULT) ? found : unplaced)
                        .add(cutUnit));
                Matcher latin = LOOSE_LATIN.matcher(flat);
                while (latin.find()) {
                    unplaced.add(new AmountUnit(latin.group(), line.where(), "", ""));
                }
            }
            String prose = open + flat;
            open = "";
            String[] clauses = CLAUSE_END.split(prose, -1);
            for (int i = 0; i < clauses.length; i++) {
                String clause = clauses[i];
                Matcher sure = PROSE.matcher(clause);
                Matcher unsure = PROSE_UNSURE.matcher(clause);
                if (sure.find()) {
                    found.add(new AmountUnit(sure.group(1) != null ? sure.group(1) : sure.group(2), line.where(), "", ""));
                } else if (unsure.find()) {
                    doubts.add(new AmountUnit(unsure.group(1), line.where(), "", "the text '" + clause + "' at "
                            + line.where().render() + " states a unit of " + unsure.group(1)
                            + " without saying it is the amounts'; amounts were kept as written"));
                } else if (i == clauses.length - 1 && clause.length() <= MAX_CAPTION) {
                    open = clause;
                }
            }
        }
        for (SourceRow row : activeRows) {
            for (GridCell c : row.cells()) {
                String rest = specific(c.text(), c.where(), byRow);
                unitOf(rest).ifPresent(u -> found.add(new AmountUnit(u, c.where(), "", "")));
            }
        }
        Map<String, AmountUnit> own = new LinkedHashMap<>();
        byRow.forEach((row, units) -> own.put(row, agreed(units)));
        Optional<AmountUnit> general = found.isEmpty()
                ? doubts.stream().filter(d -> !d.unit().equals(DEFAULT)).findFirst()
                : Optional.of(agreed(found));
        return new StatedUnits(general, own, unplaced);
    }

    /**
     * The unit an amount's header cut by html2text leaves past the table: the bracketed unit the rest closes, or, where
     * the cut may have taken the unit's scale, the rest itself marked cut; empty where nothing follows the header or the
     * rest states its unit in words ({@code ��单位：元）}, read as a caption).
     */
    private static Optional<AmountUnit> cutHeaderUnit(TextLine line) {
        Matcher cut = CUT_HEADER.matcher(line.text());
        if (!cut.find()) {
            return Optional.empty();
        }
        String printed = cut.group(1);
        String lost = cut.group(2) + cut.group(3);
        String rest = cut.group(4);
        if (printed.isEmpty() && lost.isEmpty() && rest.isEmpty() || printed.isEmpty() && unitOf(rest).isPresent()) {
            return Optional.empty();
        }
        Matcher whole = BRACKETED_REST.matcher(SimplifiedScript.of(rest));
        if (printed.isEmpty() && whole.find()) {
            return Optional.of(new AmountUnit(whole.group(1), line.where(), "", ""));
        }
        // a bracket or a slash printed after 金额 in the cut cell: the character the separator took stood inside the
        // unit (采购金额（|��元） lost the 千 of 千元), so what is left proves no unit
        return Optional.of(new AmountUnit(printed + lost + rest + " (cut)", line.where(), "", ""));
    }

    /** The first of {@code found}, with the others that disagree with it as its conflict. */
    private static AmountUnit agreed(List<AmountUnit> found) {
        AmountUnit first = found.get(0);
        List<String> others = found.stream().filter(u -> !u.unit().equals(first.unit()))
                .map(u -> u.unit() + " at " + u.where().render()).toList();
        return others.isEmpty() ? first : new AmountUnit(first.unit(), first.where(),
                "the report states amounts in " + first.unit() + " at " + first.where().render() + " but in "
                        + String.join(", ", others), "");
    }

    /**
     * Records the units {@code raw} states for one amount by name ({@code 收费金额：元}, {@code 采购金额单位：元})
     * into {@code byRow}, and returns the text with those statements taken out (what is left may state the
     * general unit: {@code （单位：万元；}); {@code raw} itself when it names no amount.
     */
    private static String specific(String raw, Location where, Map<String, List<AmountUnit>> byRow) {
        String s = SimplifiedScript.of(LabelText.nfkc(raw).replaceAll("\\s", ""));
        if (s.length() > MAX_LINE) {
            return raw;
        }
        Matcher m = NAMED_AMOUNT.matcher(s);
        StringBuilder rest = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            String row = m.group(1).equals("收费") ? FEES : PROCUREMENT;
            byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(new AmountUnit(m.group(2), where, "", ""));
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        return any ? rest.toString() : raw;
    }

    private static Optional<String> unitOf(String raw) {
        String printed = LabelText.nfkc(raw).replaceAll("\\s", "");
        if (printed.isEmpty() || printed.length() > MAX_LINE) {
            return Optional.empty();
        }
        // a caption pasted from a traditional-script copy (（單位：千元）) states the unit as well (red team rtu)
        String s = SimplifiedScript.of(printed);
        Matcher note = NOTE.matcher(s);
        if (note.find()) {
            return Optional.of(note.group(1) != null ? note.group(1) : note.group(2));
        }
        Matcher caption = CAPTION.matcher(s);
        if (s.length() <= MAX_CAPTION && caption.find()) {
            return Optional.of(caption.group(1));
        }
        Matcher bare = BARE.matcher(s);
        if (bare.find()) {
            return Optional.of(bare.group(1));
        }
        Matcher other = CAPTION_OTHER.matcher(s);
        return s.length() <= MAX_CAPTION && other.find() ? Optional.of(other.group(1)) : Optional.empty();
    }
}
