package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextLine;

/**
 * An agency's own notice that a figure of its report is wrong ({@code 更正说明：…“规章”的“本年新制作数量”误为255件，
 * 应为265件，特此更正。}). Portals keep the page and add the note in red rather than edit the table (a
 * pasted Word table, an image the web editor cannot change), so the table still prints the figure
 * the agency has withdrawn: a reader takes the corrected one. The figures are kept as printed (they
 * are what the page's table shows, and what {@code verify} finds) but put under a warning naming the
 * notice, at the cells that print the withdrawn figure, or at the tables the notice names (the whole
 * report when it names none) when no cell prints it. A notice whose withdrawn figure is no longer in
 * the tables but whose corrected one is says the table was edited after all: an info finding.
 *
 * <p>Only a sentence that is a notice counts ({@link #isNotice}); the wordings are those portals use
 * (red teams 15a and 15c): {@code 误为}/{@code 误写为}/{@code 错填为}, {@code 由13件更正为15件},
 * {@code 13件修改为15件}, {@code 原“13”应为“15”}, {@code 分别误为13件、18件，应分别为15件、20件},
 * {@code 填报错误，正确数据为15件，特此说明}.
 */
final class CorrectionNotice {

    private static final String RULE = "correction-notice";
    private static final String FIGURE = "\\d[\\d,]*(?:\\.\\d+)?";
    /** One figure as a notice or a before/after table writes it. */
    static final Pattern ONE_FIGURE = Pattern.compile(FIGURE);
    /** What after a figure makes it a duration or a share, no cell's figure ({@code 6个工作日}, {@code 5%}). */
    static final String NOT_A_COUNT = "个?(?:工作日|自然日|天|日|小时|个月|月|年)|%|％";
    /** A figure as a notice writes it: in quotes or not, with its unit of count or money. */
    private static final String QUOTED = "(?:减少|增加)?[“\"「『‘]?(?<![\\d.])(?<!\\d,)" + FIGURE
            // a duration or a share is no cell's figure (实际为6个工作日)
            + "(?![\\d.])(?!" + NOT_A_COUNT + ")[”\"」』’]?(?:件|项|条|个|人次|万元|元)?";
    /** One figure or a list of them ({@code 分别误为13件、18件}). */
    private static final String LIST = "(" + QUOTED + "(?:[、和及与]" + QUOTED + ")*)";
    /** A figure comes next (looked at, not taken). */
    private static final String FIGURE_NEXT = "(?=(?:减少|增加)?[“\"「『‘]?\\d)";
    private static final String MADE_WRONG = "误为|误写为|误录为|误填为|错填为|错写为|误报为|误作|误填|误录|误写";
    /** Words that say a figure is the right one in place of a wrong one: only a correction uses them. */
    private static final String STRONG_RIGHT = "应为|应是|应当是|应当为|应填|应作|应报|应改作|改作|更正为|更正成|修正为|订正为|订正成"
            + "|纠正为|改正为|核正为|(?:正确|准确)(?:的)?(?:数据|数字|数值|数)?(?:应)?(?:为|是)|(?:正确|准确)(?:的)?(?:数据|数字|数值)"
            + "|更正后(?:的)?(?:数据|数字)?(?:为|是)?[:：]?";
    /**
     * Words that replace a figure but also tell ordinary changes ({@code 规章由20条修订为24条}, {@code 由11个调整为14个}):
     * a notice only in a sentence that names the form's tables or rows (red team 17c).
     */
    private static final String WEAK_RIGHT = "修改为|修改成|更改为|调整为|变更为|修订为|更新为|改为|实为|实际为|实有"
            // an arrow (7→9) also draws a change over time (2018年的7件→2019年的9件, never a notice): a notice only where the
            // form is named, and not before a year or a change (较上年5件→增加2件)
            + "|(?:→|->|=>)(?![“\"]?\\d{4}年)(?!增加|减少)";
    private static final String MADE_RIGHT = STRONG_RIGHT + "|" + WEAK_RIGHT;
    /** A figure marked wrong or right after it, as a notice lists both: {@code 7件（误），9件（正）}. */
    private static final String MARKED_WRONG = "[（(](?:误|错|错误)[)）]";
    private static final String MARKED_RIGHT = "[（(](?:正|对|正确)[)）]";
    /** Between a withdrawn figure and the words that replace it: {@code 7件，现纠正为9件}, {@code 7件应更正为9件}. */
    private static final String BETWEEN = "[，,]?(?:现|应|已|均)?";
    /** A CMS's tag before an update line: {@code 【更正】2020年1月15日：…}. */
    private static final String TAGGED = "[【\\[〔][更勘][正误][】\\]〕]";
    /** A count corrected by the difference ({@code “自然人”一项少统计2件}, {@code 漏报2件}): the cells it names are off by it. */
    private static final String DIFFERENCE = "(?:少|多|漏)(?:统计|计|报|填|算)了?" + FIGURE_NEXT;
    private static final Pattern DIFFERS = Pattern.compile(DIFFERENCE);
    /** Words that make a sentence a notice on their own. */
    private static final Pattern NOTICE = Pattern.compile("(?:" + MADE_WRONG + ")|" + MARKED_WRONG + "|笔误|之误|特此更正|更正[:：]|更正说明|更正声明|更正公告"
            + "|更正如下|予以更正|现予更正|修正说明|勘误|勘正|数据订正|漏报|漏统计|统计遗漏|" + TAGGED + "|" + DIFFERENCE);
    /**
     * A figure withdrawn for another in so many words: {@code 由13件更正为15件}, {@code 13件修改为15件},
     * {@code 标注为7件，实为9件}; the figure after is required, so prose ({@code 12件，已改为线上办理}) is none.
     */
    private static final Pattern REPLACED = Pattern.compile(QUOTED + BETWEEN + "(?:" + STRONG_RIGHT + ")" + FIGURE_NEXT);
    /** As {@link #REPLACED} in words ordinary changes use too ({@link #WEAK_RIGHT}). */
    private static final Pattern REPLACED_WEAKLY = Pattern.compile(QUOTED + BETWEEN + "(?:" + WEAK_RIGHT + ")" + FIGURE_NEXT);
    /** Words that make a sentence a notice only beside a corrected figure: {@code 数据有误，应为15件}. */
    private static final Pattern ADMITS = Pattern.compile("有误|错误|疏漏|差错|出错|错报|错填|错录|不准确|不正确|失误|误报|而非|特此说明|请以此为准|特此公告");
    /** As {@link #ADMITS}, in words a report also uses of its ordinary work ({@code 经核实，…实际为…}). */
    private static final Pattern ADMITS_WEAKLY = Pattern.compile("有出入|经复核|经核实|经核查");
    /** The figures withdrawn: 误为255, 分别误为13件、18件, 原数据255件有误, 原“13”, 由255更正为265, 标注为7件. */
    private static final Pattern WITHDRAWN = Pattern.compile("(?:(?:分别)?(?:" + MADE_WRONG + ")|原数据|原数字|原为|原公布|原填|原表中|原"
            + "|由|标注为|标为|填报为|填写为|填报的|更正前|而非|显示为)" + LIST);
    /** A figure withdrawn by the figure that replaces it ({@code 13件修改为15件}) or called a slip ({@code 7件系笔误}). */
    private static final Pattern WITHDRAWN_BEFORE = Pattern.compile(LIST + "(?:" + BETWEEN + "(?:" + MADE_RIGHT
            + ")" + FIGURE_NEXT + "|(?:系|属|为|是)?(?:笔误|有误|错误|有出入|不正确|误报)|系" + QUOTED + "之误|" + MARKED_WRONG + ")");
    /** The original figure a notice gives beside the one that stands: {@code 应为9件（原为7件）}, {@code 原数据7件，更正后数据9件}. */
    private static final Pattern ORIGINAL = Pattern.compile("(?:原为|原数据|原数字|显示为)" + LIST);
    /** The figures that stand: 应为265, 应分别为15件、20件, 更正为265, 正确数据为265. */
    private static final Pattern CORRECTED = Pattern.compile("(?:应分别为|分别更正为|" + MADE_RIGHT + ")[:：]?" + LIST + "|系" + LIST
            + "之误|" + LIST + MARKED_RIGHT);
    /**
     * A row's figures given whole, in its columns' order ({@code “规章”一行数据应为：524、9、859}): only a
     * correction gives a row's figures as what they should be.
     */
    private static final Pattern ROW_GIVEN = Pattern.compile("(?:数据|数字|数值)(?:应分别为|应为|应是|应更正为|更正为)[:：]?"
            + QUOTED + "(?:[、，,和及与]" + QUOTED + "){2,}");
    /** The figure that stands, named after it: {@code 应以9件为准}. */
    private static final Pattern STANDS = Pattern.compile("以" + LIST + "为准");
    /**
     * A figure changed for another where the sentence says the count was revised ({@code 因统计口径调整，…由7件变为9件});
     * without such words, or from last year's figure ({@code 由上年的173件变为240件}), it is a change, no notice.
     */
    private static final Pattern REVISED = Pattern.compile("(?m)^(?=.*(?:口径|复核|核实|核查|重新统计)).*(?<!上年|上年的|上一年|上一年的|去年|去年的)"
            + QUOTED + "[，,]?(?:现|已)?变为" + FIGURE_NEXT);
    private static final Pattern HEADING = Pattern.compile("更正说明|更正声明|更正公告|修正说明|勘误|更正[:：]|更正如下|" + TAGGED);
    /** A notice's sentence ends at a full stop; a notice wrapped over printed lines is read whole. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** More cells than this printing the withdrawn figure (a 0) locate nothing: the tables are flagged instead. */
    private static final int MAX_CELLS = 3;
    /**
     * Another year's report named as the one corrected ({@code 我局2018年度报告中…误为7件}): a report may
     * quote the notice it published last year; its figures are not this report's.
     */
    private static final Pattern OTHER_REPORT = Pattern.compile("((?:20)?\\d{2}年?|二[〇零○]一[〇零○一二三四五六七八九]年?|上一?年|前一?年|去年|本)度?(?:的)?"
            + "(?:政府信息公开(?:工作)?)?(?:年度)?(报告|年报)(?=中|里|内|的|所|第|有|存在|[“\"「]|表)");
    /** An explanation of a figure's cause ({@code …由原为12项调整为19项所致。}): a change the report explains, no notice. */
    private static final Pattern EXPLAINS = Pattern.compile("(?:所致|导致|造成)$");
    /** What else than the report a notice may correct: the website's documents, a letter, a column of the site. */
    private static final Pattern SOMETHING_ELSE = Pattern.compile("网站|网页|文件|留言|信件|来信|链接|栏目|公告|通知|政策|解读");
    /** Another year's report named with the agency between its year and 报告 (关于2018年度示例县…年度报告的更正说明). */
    private static final Pattern LOOSE_OTHER_REPORT = Pattern.compile("((?:20)?\\d{2}年度)[^，。；,;本]{0,30}?(?:年度)?报告");
    /** Words by which a notice giving no figure still says the tables' figures are wrong ({@code 表格中部分数据有误}). */
    private static final Pattern FIGURES_NAMED = Pattern.compile("数据|数字|数值|表格|报表|表中|统计|件数|数量");
    /** A part of a notice calling a figure right ({@code （“规章”的“本年新公开数量”7件无误）}). */
    private static final Pattern RIGHT = Pattern.compile("无误|准确无误|正确无误|无需更正|不需更正|不作更正|数据正确");
    /** A table named by its number: {@code 表二}, {@code 附表2}, {@code 表（三）}, {@code 第二张表}, not {@code 列表二} or {@code 代表}. */
    private static final Pattern TABLE_NUMBER = Pattern.compile("(?<![列代图发外报])表[（(]?([一二三四1-4])[)）]?(?![0-9〇零一二三四五六七八九十])"
            + "|第([一二三四1-4])张表");

    private CorrectionNotice() {
    }

    /**
     * The findings the report's correction notices give its cells; empty when it has none. Notices are
     * looked for in the running text, in table cells that hold prose (a note typed into a last, merged
     * row of a table) and in before/after tables ({@code 项目 | 更正前 | 更正后}).
     */
    static List<Finding> findings(List<TextLine> text, List<CellGrid> grids, List<ExtractedCell> cells, OptionalInt year) {
        List<Finding> out = new ArrayList<>();
        List<Sentence> notices = new ArrayList<>();
        List<Sentence> sentences = sentences(text);
        String running = String.join("", sentences.stream().map(Sentence::text).toList());
        boolean beforeAfter = false;
        for (CellGrid grid : grids) {
            for (List<GridCell> row : grid.rows()) {
                for (GridCell c : row) {
                    String t = normalised(c.text());
                    // a plain text's lines are both running text and a grid: a note is read once
                    if (t.length() >= 12 && !running.contains(t)) {
                        sentences.addAll(sentences(List.of(new TextLine(c.text(), c.where()))));
                    } else if (!t.isEmpty() && isNotice(t) && withdraws(t) && !running.contains(SENTENCE_END.matcher(t).replaceAll(""))) {
                        // a short cell that is a notice by its words (由7件更正为9件), read with the cells naming its item
                        sentences.add(Sentence.of(String.join("，", row.stream().map(x -> LabelText.nfkc(x.text())
                                .replaceAll("\\s", "")).filter(x -> !x.isEmpty()).distinct().toList()), c.where()));
                    }
                }
            }
            // a before/after table of something else (a 机构改革's 调整前/调整后, 整改前/整改后) names none of the form's rows
            List<Sentence> table = BeforeAfterTable.notices(grid);
            if (table.isEmpty() && HEADING.matcher(running).find()) {
                table = BeforeAfterTable.headless(grid); // under a notice's heading, a table of label, before, after
            }
            List<Sentence> rows = table.stream().filter(r -> namesForm(r.text())).toList();
            beforeAfter |= !rows.isEmpty();
            rows.forEach(r -> out.addAll(flag(r, cells, year)));
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Sentence> pairs = beforeAfterInProse(s);
            if (!pairs.isEmpty()) {
                notices.addAll(pairs);
                continue;
            }
            boolean notice = isNotice(s.text());
            boolean admits = notice || ADMITS.matcher(s.text()).find();
            if (admits && !hasFigures(s.text()) && i + 1 < sentences.size() && hasFigures(sentences.get(i + 1).text())
                    && !isNotice(sentences.get(i + 1).text())) {
                // 填报有误。正确数据应为9件。: the error admitted in one sentence, the figure given in the next
                Sentence joined = s.then(sentences.get(i + 1));
                if (isNotice(joined.text())) {
                    notices.add(joined);
                    i++;
                    continue;
                }
            }
            boolean closing = i > 0 && !hasFigures(s.text()) && isNotice(sentences.get(i - 1).text()); // 特此更正。 after the notice
            if (notice && !closing && !(beforeAfter && !hasFigures(s.text()))) { // 更正如下： over a before/after table: the table says it
                notices.add(s);
            }
        }
        // a notice printed again (a page header on every page) or a piece of one read on its own (a text box's
        // wrapped line drawn twice) says nothing the whole notice does not
        for (int i = 0; i < notices.size(); i++) {
            String t = notices.get(i).text();
            int at = i;
            boolean again = IntStream.range(0, notices.size()).anyMatch(j -> j != at
                    && (notices.get(j).text().equals(t) ? j < at : notices.get(j).text().contains(t)));
            if (!again) {
                out.addAll(flag(notices.get(i), cells, year));
            }
        }
        out.addAll(mentions(sentences, cells, year, out));
        return out;
    }

    /**
     * The cells a sentence names and gives another figure for than the table's ({@link CellMention}), whatever its words:
     * a warning at each cell no notice has flagged already, naming the sentence and both figures.
     */
    private static List<Finding> mentions(List<Sentence> sentences, List<ExtractedCell> cells, OptionalInt year, List<Finding> flagged) {
        List<Finding> out = new ArrayList<>();
        Set<org.nianbao.model.CanonicalKey> done = new java.util.HashSet<>();
        flagged.stream().filter(f -> f.severity() != org.nianbao.model.Severity.INFO).forEach(f -> cells.stream()
                .filter(c -> f.scope().covers(c.key())).forEach(c -> done.add(c.key())));
        for (Sentence s : sentences) {
            if (otherReport(s.text(), year).isPresent()) {
                continue; // 我局2018年度报告中…: another report's figures
            }
            for (CellMention.Mention m : CellMention.mentions(s.text(), cells, year)) {
                if (m instanceof CellMention.Given g && !g.agrees() && done.add(g.cell().key())) {
                    out.add(Finding.warning(MENTION, Scope.cell(g.cell().key()), "the text" + at(s, g.at()) + " says '"
                            + said(s.text(), g.at(), g.figure().toPlainString().length() + 1) + "', giving "
                            + g.figure().toPlainString() + " for this cell, but the table prints "
                            + ((CellValue.Numeric) g.cell().value()).value().toPlainString(), g.cell().source().where()));
                } else if (m instanceof CellMention.Unpaired u) {
                    // 规章本年新公开数量、本年新制作数量、对外公开总数量分别为9件、859件: which figure is whose cannot be told
                    for (ExtractedCell c : u.cells()) {
                        if (done.add(c.key())) {
                            out.add(Finding.warning(MENTION, Scope.cell(c.key()), "the text" + at(s, u.at()) + " says '"
                                    + said(s.text(), u.at(), 1) + "…', listing " + u.figures().size() + " figures ("
                                    + String.join(", ", u.figures().stream().map(BigDecimal::toPlainString).toList())
                                    + ") for " + u.cells().size() + " cells it names, this one among them: which figure"
                                    + " is this cell's cannot be told", c.source().where()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Where the line holding the sentence's character at {@code at} stands, as a finding says it. */
    private static String at(Sentence s, int at) {
        Location where = s.where(at);
        return where.render().isEmpty() ? "" : " at " + where.render();
    }

    /**
     * The sentence up to {@code length} characters past {@code at}, from its own head ({@code 说明：}, {@code 注：}) or its
     * clause, not the breadcrumb and title it was joined to.
     */
    private static String said(String sentence, int at, int length) {
        int from = at;
        while (from > 0 && at - from < 50 && ">:：。".indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        return sentence.substring(from, Math.min(sentence.length(), at + length));
    }

    /** The rule of a cell the text gives another figure for ({@link CellMention}). */
    static final String MENTION = "text-vs-cell";

    /**
     * A before/after table written as a sentence ({@code 更正前：自然人65件，总计240件；更正后：自然人67件，总计242件}): one
     * notice for each item both lists name in the same order ({@code 自然人更正前65件，更正后67件}), with the words before the
     * lists (the row they may name); none when the lists do not pair.
     */
    private static List<Sentence> beforeAfterInProse(Sentence s) {
        Matcher m = BEFORE_AFTER_PROSE.matcher(s.text());
        if (!m.find()) {
            return List.of();
        }
        List<MatchResult> before = PROSE_ITEM.matcher(m.group(2)).results().toList();
        List<MatchResult> after = PROSE_ITEM.matcher(m.group(3)).results().toList();
        if (before.isEmpty() || before.size() != after.size() || IntStream.range(0, before.size())
                .anyMatch(i -> !before.get(i).group(1).equals(after.get(i).group(1)))) {
            return List.of();
        }
        // the words before the lists, where they name a table or a row (a page's title and breadcrumb joined before it do not)
        String lead = m.group(1).substring(Math.max(0, m.group(1).length() - 40));
        String named = !tablesNamed(lead).isEmpty() || Arrays.stream(TableId.values()).anyMatch(t -> !CellMention.rowsIn(lead, t).isEmpty())
                ? lead : "";
        return IntStream.range(0, before.size()).mapToObj(i -> new Sentence(named + before.get(i).group(1) + "更正前"
                + before.get(i).group(2) + "，更正后" + after.get(i).group(2), List.of(0), List.of(s.where(m.start())))).toList();
    }

    /** Before/after heads written in a sentence, each over a list of items and figures. */
    private static final Pattern BEFORE_AFTER_PROSE = Pattern.compile("^(.*?)更正前(?:的?数据)?(?:为)?[:：](.+?)[；;，,]?更正后(?:的?数据)?(?:为)?[:：](.+)$");
    /** An item of such a list: its label, and its figure with its unit ({@code 自然人65件}). */
    private static final Pattern PROSE_ITEM = Pattern.compile("(?:[“\"]|\\G|(?<![^\\d“”\"，,；;、:：]))([^\\d“”\"，,；;、:：]+?)[”\"]?(?:为)?(" + FIGURE + "(?:件|项|条|个|人次|万元|元)?)");

    /** Whether a sentence gives a figure it withdraws. */
    private static boolean withdraws(String sentence) {
        return WITHDRAWN.matcher(sentence).find() || WITHDRAWN_BEFORE.matcher(sentence).find();
    }

    /** Whether a sentence gives a figure withdrawn or one that stands. */
    private static boolean hasFigures(String sentence) {
        return CORRECTED.matcher(sentence).find() || STANDS.matcher(sentence).find() || WITHDRAWN.matcher(sentence).find()
                || WITHDRAWN_BEFORE.matcher(sentence).find();
    }

    /**
     * A sentence of the running text, put together from the printed lines it spans.
     *
     * @param lineStarts the index in {@code text} at which each of its lines starts
     * @param lines where each of those lines stands
     */
    record Sentence(String text, List<Integer> lineStarts, List<Location> lines) {

        /** A notice of one line: a before/after table's row. */
        static Sentence of(String text, Location where) {
            return new Sentence(text, List.of(0), List.of(where));
        }

        /** This sentence and the next read as one. */
        Sentence then(Sentence next) {
            List<Integer> starts = new ArrayList<>(lineStarts);
            int offset = text.length() + 1;
            next.lineStarts.forEach(i -> starts.add(i + offset));
            List<Location> wheres = new ArrayList<>(lines);
            wheres.addAll(next.lines);
            return new Sentence(text + "。" + next.text, starts, wheres);
        }

        /** Where the line holding the character at {@code index} stands. */
        Location where(int index) {
            int i = 0;
            while (i + 1 < lineStarts.size() && lineStarts.get(i + 1) <= index) {
                i++;
            }
            return lines.get(i);
        }
    }

    private static List<Sentence> sentences(List<TextLine> text) {
        List<Sentence> out = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Location> wheres = new ArrayList<>();
        for (TextLine line : text) {
            String s = normalised(line.text());
            if (s.isEmpty()) {
                continue;
            }
            starts.add(open.length());
            wheres.add(line.where());
            open.append(s);
            Matcher end = SENTENCE_END.matcher(open);
            int from = 0;
            while (end.find()) {
                out.add(sentence(open.substring(from, end.start()), from, starts, wheres));
                from = end.end();
            }
            String rest = open.substring(from);
            boolean tooLong = rest.length() > 300; // not prose: a run of table text never closed by a full stop
            open.setLength(0);
            starts.clear();
            wheres.clear();
            if (!rest.isEmpty() && !tooLong) {
                open.append(rest);
                starts.add(0);
                wheres.add(line.where());
            }
        }
        if (open.length() > 0) {
            out.add(sentence(open.toString(), 0, starts, wheres));
        }
        return out;
    }

    /** A line as notices are read: NFKC, no white space, counts in Chinese numerals in digits ({@code 误为七件} → 误为7件). */
    private static String normalised(String line) {
        return CellMention.labelled(ChineseNumeral.arabic(LabelText.nfkc(line).replaceAll("\\s", ""))
                .replaceAll("(本年|上年)度?(新收|结转|新制作|新公开)的?", "$1$2")); // 本年度新收的申请: the row's label as people say it
    }

    /** The sentence at {@code from} of the joined lines, with the lines it spans. */
    private static Sentence sentence(String text, int from, List<Integer> starts, List<Location> wheres) {
        List<Integer> s = new ArrayList<>();
        List<Location> w = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            boolean endsAfter = i + 1 == starts.size() || starts.get(i + 1) > from;
            if (endsAfter && starts.get(i) < from + Math.max(1, text.length())) {
                s.add(Math.max(0, starts.get(i) - from));
                w.add(wheres.get(i));
            }
        }
        return new Sentence(text, s, w);
    }

    /**
     * Whether a sentence is a correction notice: words only a notice uses, a figure replaced by
     * another in so many words, or words admitting an error beside the figure that stands. A
     * report's account of requests to correct records ({@code 申请更正个人信息2件}) is none of these.
     */
    static boolean isNotice(String sentence) {
        return strongly(sentence) || !EXPLAINS.matcher(sentence).find() && weakly(sentence) && namesForm(sentence);
    }

    /**
     * A record corrected on a review's or a court's decision ({@code 已按复议决定予以更正}): the agency's work the report
     * tells of, no figure of its tables (red team 19).
     */
    private static final Pattern ON_DECISION = Pattern.compile("(?:按|依|根据|依照|按照)[^，,。；;]{0,12}(?:决定|判决|裁定|意见|建议)"
            + "[^，,。；;]{0,4}?(?:予以|进行|作出|作)?更正");

    /** A notice by words only a correction uses. */
    private static boolean strongly(String sentence) {
        if (NOTICE.matcher(ON_DECISION.matcher(sentence).replaceAll("")).find() || ROW_GIVEN.matcher(sentence).find()) {
            return true;
        }
        return !EXPLAINS.matcher(sentence).find() && (REPLACED.matcher(sentence).find()
                || (ADMITS.matcher(sentence).find() || ORIGINAL.matcher(sentence).find()) && CORRECTED.matcher(sentence).find());
    }

    /** A notice by words that also tell ordinary changes ({@link #WEAK_RIGHT}, {@code 以…为准}, {@code 经核实}). */
    private static boolean weakly(String sentence) {
        return REPLACED_WEAKLY.matcher(sentence).find() || STANDS.matcher(sentence).find() || REVISED.matcher(sentence).find()
                || ADMITS_WEAKLY.matcher(sentence).find() && CORRECTED.matcher(sentence).find();
    }

    /**
     * Whether a sentence names one of the form's tables, or a cell by its row's and a column's labels (a weak
     * wording is a notice only then: {@code 规章由20条修订为24条} tells of the rules revised, not of a figure).
     */
    private static boolean namesForm(String sentence) {
        return !tablesNamed(sentence).isEmpty() || CellMention.namesRowAndColumn(sentence);
    }

    static List<Finding> flag(Sentence s, List<ExtractedCell> cells, OptionalInt year) {
        int from = noticeStart(s.text());
        Location where = s.where(from);
        String at = where.render().isEmpty() ? "" : " at " + where.render();
        String quote = "the report's correction notice" + at + " says '" + s.text().substring(from) + "'";
        Optional<String> other = otherReport(s.text().substring(from), year);
        if (other.isPresent()) {
            return List.of(Finding.info(RULE, Scope.document(), quote + ": it corrects the " + other.get()
                    + ", not this one", where));
        }
        if (!hasFigures(s.text()) && !namesForm(s.text()) && !FIGURES_NAMED.matcher(s.text()).find()
                && (SOMETHING_ELSE.matcher(s.text()).find() || otherReport(LOOSE_OTHER_REPORT.matcher(s.text()).replaceAll("$1报告中"), year).isPresent())) {
            // 对群众反映的网站文件笔误问题，我局已及时更正; a link 关于2018年度…年度报告的更正说明. A notice of no figure
            // naming nothing (特此更正。) still keeps the tables in doubt: it may close a notice worded past these lists
            return List.of(Finding.info(RULE, Scope.document(), quote + ": it gives no figure and names neither the"
                    + " form's tables nor their figures", where));
        }
        Set<TableId> named = tablesNamed(s.text());
        Set<TableId> tables = named.isEmpty() ? EnumSet.allOf(TableId.class) : named;
        List<BigDecimal> withdrawn = distinct(figures(WITHDRAWN, s.text()), figures(WITHDRAWN_BEFORE, s.text()));
        List<BigDecimal> corrected = distinct(figures(CORRECTED, s.text()), figures(STANDS, s.text()));
        Set<BigDecimal> decreases = withdrawn.stream().filter(w -> decrease(w, s.text())).collect(Collectors.toSet());
        List<ExtractedCell> printing = cells.stream()
                .filter(c -> tables.contains(c.key().table()))
                .filter(c -> c.value() instanceof CellValue.Numeric n
                        && withdrawn.stream().anyMatch(w -> prints(n, w, decreases.contains(w))))
                .toList();
        // the notice names the cell by its row's and column's labels (“规章”的“本年新公开数量”): those cells only,
        // unless it gives more figures, or names more rows, than the cells it names so (a second cell named by a
        // short form of its label: …和“规范性文件”的“对外公开总数”均误为7件)
        // a cell the notice calls right (…7件无误) is not the one it withdraws
        List<String> rightParts = parts(s.text()).stream().filter(p -> RIGHT.matcher(p).find()).toList();
        Predicate<ExtractedCell> calledRight = c -> rightParts.stream().anyMatch(p -> CellMention.names(p, c));
        printing = printing.stream().filter(calledRight.negate()).toList();
        List<ExtractedCell> labelled = printing.stream().filter(c -> CellMention.names(s.text(), c)).toList();
        // each figure the notice gives is taken by a cell it names, whether that cell prints the withdrawn figure or not
        // (规章本年新公开7件应为9件，规章对外公开总数相应调整为861件: two cells named, two figures)
        long namedCells = cells.stream().filter(c -> tables.contains(c.key().table()) && CellMention.names(s.text(), c)
                && !calledRight.test(c)).count();
        if (!labelled.isEmpty() && namedCells >= Math.max(Math.max(corrected.size(), mentions(s.text())),
                CellMention.rowsNamed(s.text(), tables))) {
            printing = labelled;
        }
        // the notice names the cell by its place in the printed table (第3行第3列): of the cells printing the figure, that one
        List<ExtractedCell> placed = printing.stream().filter(c -> placedAt(s.text(), c)).toList();
        if (!placed.isEmpty()) {
            printing = placed;
        }
        // a cell the notice names whose figure is none it gives: a total corrected by its new figure alone
        // (…应为9件，“对外公开总数量”相应更正为861件)
        List<ExtractedCell> printed = printing;
        // a notice giving a difference (少统计2件) says every cell it names is off, and so does one giving no figure at all
        // (“规章”的“本年新公开数量”填报有误，特此更正): the cells it names, not whole tables, are in doubt
        boolean differs = DIFFERS.matcher(s.text()).find();
        boolean noFigure = corrected.isEmpty() && withdrawn.isEmpty();
        List<ExtractedCell> namedOthers = corrected.isEmpty() && !differs && !noFigure ? List.of() : cells.stream()
                .filter(c -> tables.contains(c.key().table()) && !printed.contains(c) && CellMention.names(s.text(), c) && !calledRight.test(c))
                .filter(c -> !(c.value() instanceof CellValue.Numeric n) || corrected.stream().noneMatch(f -> f.compareTo(n.value()) == 0))
                .toList();
        // more figures given than withdrawn or named cells take: one is for a cell named by a label the form does not use (…应为9件，
        // “对外公开总量”相应调整为861件), so the cells of the rows the notice names that print none of its figures are in doubt
        int taken = Math.max(Math.max(withdrawn.size(), mentions(s.text())), labelled.size()) + namedOthers.size();
        List<ExtractedCell> rowOthers = corrected.size() <= taken ? List.of()
                : cells.stream().filter(c -> tables.contains(c.key().table()) && !printed.contains(c) && !namedOthers.contains(c)
                        && !calledRight.test(c) && CellMention.rowNamed(s.text(), c))
                .filter(c -> !(c.value() instanceof CellValue.Numeric n) || corrected.stream().noneMatch(f -> f.compareTo(n.value()) == 0))
                .toList();
        // a row's figures given whole and no cell tied otherwise (第一行数据应为：524、9、859): the one row of the tables
        // that prints all of them but some, in order, is the row meant; the cells printing another figure are in doubt
        List<ExtractedCell> rowGiven = printing.isEmpty() && namedOthers.isEmpty() && rowOthers.isEmpty()
                ? rowByFigures(s.text(), cells, tables) : List.of();
        boolean located = printing.size() <= MAX_CELLS; // more cells printing the figure locate nothing
        if (located) {
            List<ExtractedCell> all = new ArrayList<>(printing);
            all.addAll(namedOthers);
            all.addAll(rowOthers);
            all.addAll(rowGiven);
            printing = all;
        }
        if (!printing.isEmpty() && located) {
            return printing.stream().map(c -> Finding.warning(RULE, Scope.cell(c.key()), quote
                    + (printed.contains(c) ? ": this cell prints the figure it withdraws"
                    : namedOthers.contains(c) ? (noFigure && !differs ? ": it names this cell as wrong and gives no figure"
                            : ": it names this cell and gives another figure")
                    : rowGiven.contains(c) ? ": it gives the figures of this cell's row, and another for this cell"
                    : ": it names this cell's row and gives a figure no label of it names")
                    + (corrected.isEmpty() ? ""
                    : " (the notice gives " + plain(corrected) + ")"), c.source().where())).toList();
        }
        // a figure a notice gives as standing that the table prints: the table agrees (edited). Without a withdrawn
        // figure, only in words that also tell ordinary changes (以240件为准, 实际为37件) and only for a figure of two
        // digits or more: a small one prints by chance, and a notice that admits an error (有误，正确数据应为265件)
        // without naming the cell keeps its tables in doubt
        boolean agreeing = !withdrawn.isEmpty() || !strongly(s.text());
        boolean edited = printing.isEmpty() && !corrected.isEmpty() && agreeing
                && cells.stream().anyMatch(c -> tables.contains(c.key().table())
                        && c.value() instanceof CellValue.Numeric n
                        && corrected.stream().anyMatch(f -> f.compareTo(n.value()) == 0
                                && (!withdrawn.isEmpty() || f.compareTo(BigDecimal.TEN) >= 0)));
        if (edited) {
            return List.of(Finding.info(RULE, named.size() == 1 ? Scope.table(named.iterator().next()) : Scope.document(),
                    quote + ": no cell prints the withdrawn figure and one prints the corrected one, so the table "
                            + "was edited", where));
        }
        String which = printing.isEmpty() ? "no cell could be tied to it" : printing.size() + " cells print " + plain(withdrawn);
        // a notice that names no table puts every table in doubt: a document-wide warning would cover no cell
        return tables.stream().map(t -> Finding.warning(RULE, Scope.table(t), quote + "; " + which
                + ", so every figure of table " + t.id() + " is in doubt", where)).toList();
    }

    /**
     * The report the notice says it corrects when that is another year's ({@code 2018年度报告}, {@code 上年度报告});
     * empty when it names this year's, names none, or this report's year is unknown.
     */
    private static Optional<String> otherReport(String notice, OptionalInt year) {
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> other = Optional.empty();
        Matcher m = OTHER_REPORT.matcher(notice);
        while (m.find()) {
            OptionalInt named = reportYear(m.group(1));
            // 2020年年报 may be the report published in 2020, this one: only 年度报告 names its year for sure
            boolean thisOne = m.group(1).equals("本") || named.isPresent() && (named.getAsInt() == year.getAsInt()
                    || m.group(2).equals("年报") && named.getAsInt() == year.getAsInt() + 1);
            if (thisOne) {
                return Optional.empty(); // this report is named too: the notice may be about it
            }
            other = other.or(() -> Optional.of(m.group()));
        }
        return other;
    }

    /** The year a notice names a report by ({@code 2018}, {@code 18}, {@code 二〇一八}); empty for 上年度, 去年. */
    private static OptionalInt reportYear(String named) {
        StringBuilder written = new StringBuilder();
        for (char ch : named.replace("年", "").toCharArray()) {
            int d = "〇一二三四五六七八九".indexOf(ch == '零' || ch == '○' ? '〇' : ch);
            written.append(d >= 0 ? (char) ('0' + d) : ch);
        }
        String digits = written.toString();
        if (!digits.matches("\\d{2}|\\d{4}")) {
            return OptionalInt.empty();
        }
        int y = Integer.parseInt(digits);
        return OptionalInt.of(y < 100 ? 2000 + y : y);
    }

    /** The clauses of a sentence, between its commas, semicolons and brackets. */
    private static List<String> parts(String sentence) {
        return List.of(sentence.split("[，,；;（）()]"));
    }

    /** Whether the notice writes the figure as a decrease ({@code 本年减少5项}). */
    private static boolean decrease(BigDecimal figure, String notice) {
        return Pattern.compile("减少[“\"「『‘]?" + Pattern.quote(figure.toPlainString()) + "(?![\\d.])").matcher(notice).find();
    }

    /**
     * Whether a cell's value is the figure a notice withdraws: {@code 5(减)} (−5) prints the 5 of {@code 本年减少5项},
     * which a cell printing +5 does not.
     */
    private static boolean prints(CellValue.Numeric value, BigDecimal figure, boolean decrease) {
        return !decrease && figure.compareTo(value.value()) == 0
                || value.value().signum() < 0 && figure.compareTo(value.value().negate()) == 0;
    }

    /**
     * The cells of the row whose figures a notice gives whole ({@link #ROW_GIVEN}) that print another figure: the
     * row is the only one of the tables with as many cells, printing every given figure in order but one or two,
     * at least two of them; none when no row or several fit.
     */
    private static List<ExtractedCell> rowByFigures(String notice, List<ExtractedCell> cells, Set<TableId> tables) {
        Matcher m = ROW_GIVEN.matcher(notice);
        if (!m.find()) {
            return List.of();
        }
        List<BigDecimal> given = ONE_FIGURE.matcher(m.group().replaceFirst("^.*?(?:为|是)[:：]?", "")).results()
                .map(r -> new BigDecimal(r.group().replace(",", ""))).toList();
        Map<String, List<ExtractedCell>> rows = cells.stream().filter(c -> tables.contains(c.key().table()))
                .collect(Collectors.groupingBy(c -> c.key().table() + "/" + c.key().row(), java.util.LinkedHashMap::new,
                        Collectors.toList()));
        List<ExtractedCell> found = List.of();
        for (List<ExtractedCell> row : rows.values()) {
            if (row.size() != given.size()) {
                continue;
            }
            List<ExtractedCell> other = IntStream.range(0, row.size()).filter(i -> !(row.get(i).value() instanceof CellValue.Numeric n
                    && n.value().compareTo(given.get(i)) == 0)).mapToObj(row::get).toList();
            if (!other.isEmpty() && other.size() <= Math.min(2, row.size() - 2)) {
                if (!found.isEmpty()) {
                    return List.of(); // two rows fit: the notice names neither
                }
                found = other;
            }
        }
        return found;
    }

    /** Whether the notice names the cell by its row and column as the table prints them ({@code 第3行第3列}, {@code 第三行第三列}). */
    private static boolean placedAt(String notice, ExtractedCell cell) {
        if (!(cell.source().where() instanceof Location.TableCell at)) {
            return false;
        }
        Matcher m = PLACE.matcher(notice);
        while (m.find()) {
            if (String.valueOf(at.row()).equals(ordinal(m.group(1))) && String.valueOf(at.col()).equals(ordinal(m.group(2)))) {
                return true;
            }
        }
        return false;
    }

    /** A cell named by its printed row and column. */
    private static final Pattern PLACE = Pattern.compile("第(\\d+|[一二三四五六七八九十]+)行[、，,]?第(\\d+|[一二三四五六七八九十]+)列");

    private static String ordinal(String n) {
        return n.chars().allMatch(Character::isDigit) ? String.valueOf(Integer.parseInt(n)) : ChineseNumeral.value(n);
    }

    /** How many figures the notice withdraws as it writes them (均误为7件 once; 分别误为7件、7件 twice). */
    private static int mentions(String notice) {
        int n = 0;
        Matcher m = WITHDRAWN.matcher(notice);
        while (m.find()) {
            n += (int) ONE_FIGURE.matcher(m.group(1)).results().count();
        }
        return n;
    }

    /** The figures of both lists, each once (a notice may name a withdrawn figure twice: 原为7，7更正为9). */
    private static List<BigDecimal> distinct(List<BigDecimal> a, List<BigDecimal> b) {
        return Stream.concat(a.stream(), b.stream()).map(BigDecimal::stripTrailingZeros).distinct().toList();
    }

    /**
     * The notice itself, without the lines a sentence joined before it (a page's breadcrumb and title
     * carry no full stop): from its heading when it has one, else its last 160 characters.
     */
    private static int noticeStart(String sentence) {
        Matcher heading = HEADING.matcher(sentence);
        while (heading.find()) {
            // 已于2019年3月发布更正说明: a notice mentioned, not one headed (what it is about stands before it)
            if (!MENTIONED.matcher(sentence.substring(0, heading.start())).find()) {
                return heading.start();
            }
        }
        return Math.max(0, sentence.length() - 160);
    }

    /** Words before a notice's heading that mention the notice as published, not head it. */
    private static final Pattern MENTIONED = Pattern.compile("(?:发布|印发|刊发|刊登|发出|公布|作出|见|参见)了?$");

    /** The tables a notice names by their titles' words; empty when it names none. */
    private static Set<TableId> tablesNamed(String s) {
        Set<TableId> t = EnumSet.noneOf(TableId.class);
        // 表二, 附表2, 表（三）: counted by the report's sections (表二 in 第二部分) or as the report's second table,
        // so both tables a number may mean are named
        Matcher numbered = TABLE_NUMBER.matcher(s);
        while (numbered.find()) {
            String number = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
            int n = "一二三四".contains(number) ? "一二三四".indexOf(number) + 1 : Integer.parseInt(number);
            List<TableId> bySection = List.of(TableId.ACTIVE, TableId.REQUESTS, TableId.APPEALS);
            if (n >= 2 && n <= 4) {
                t.add(bySection.get(n - 2));
            }
            if (n >= 1 && n <= 3) {
                t.add(bySection.get(n - 1));
            }
        }
        if (s.contains("主动公开") || s.contains("第二部分") || s.contains("第二十条")) {
            t.add(TableId.ACTIVE);
        }
        if (s.contains("依申请") || s.contains("申请情况") || s.contains("第三部分") || s.contains("申请数量")) {
            t.add(TableId.REQUESTS);
        }
        if (s.contains("复议") || s.contains("诉讼") || s.contains("第四部分")) {
            t.add(TableId.APPEALS);
        }
        return t;
    }


    /** Every figure of every list the pattern's first group captures. */
    private static List<BigDecimal> figures(Pattern p, String s) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            String list = null;
            for (int g = 1; g <= m.groupCount() && list == null; g++) {
                list = m.group(g); // the alternative that matched
            }
            Matcher f = ONE_FIGURE.matcher(list == null ? "" : list);
            while (f.find()) {
                out.add(new BigDecimal(f.group().replace(",", "")));
            }
        }
        return out;
    }

    private static String plain(List<BigDecimal> figures) {
        return String.join(", ", figures.stream().map(BigDecimal::toPlainString).toList());
    }
}
