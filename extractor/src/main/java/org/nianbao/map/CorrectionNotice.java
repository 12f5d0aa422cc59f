package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
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
 * <p>Only a sentence that is a notice counts: {@code 误为}, {@code 特此更正}, {@code 更正说明},
 * {@code 更正声明}, {@code 勘误}, or {@code 有误} beside the corrected figure. A report's account of
 * requests to correct records ({@code 申请更正个人信息2件}) is none of these (red team 15a).
 */
final class CorrectionNotice {

    private static final String RULE = "correction-notice";
    private static final Pattern NOTICE = Pattern.compile("误为|特此更正|更正说明|更正声明|勘误|有误.{0,30}?(?:应为|更正为)"
            + "|(?:应为|更正为).{0,30}?有误");
    private static final String FIGURE = "(\\d[\\d,]*(?:\\.\\d+)?)";
    /** The figure withdrawn: 误为255, 原数据255件有误, 原为255, 由255更正为265. */
    private static final Pattern WITHDRAWN = Pattern.compile("(?:误为|误写为|误填为|原数据|原数字|原为|由)" + FIGURE);
    /** The figure that stands: 应为265, 更正为265, 正确数据为265. */
    private static final Pattern CORRECTED = Pattern.compile("(?:应为|更正为|改为|正确(?:数据|数字)?为)" + FIGURE);
    private static final Pattern HEADING = Pattern.compile("更正说明|更正声明|勘误|更正[:：]");
    /** A notice's sentence ends at a full stop; a notice wrapped over printed lines is read whole. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** More cells than this printing the withdrawn figure (a 0) locate nothing: the tables are flagged instead. */
    private static final int MAX_CELLS = 3;

    private CorrectionNotice() {
    }

    /** The findings the report's correction notices give its cells; empty when it has none. */
    static List<Finding> findings(List<TextLine> text, List<ExtractedCell> cells) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : sentences(text)) {
            if (NOTICE.matcher(s.text()).find()) {
                out.addAll(flag(s, cells));
            }
        }
        return out;
    }

    /**
     * A sentence of the running text, put together from the printed lines it spans.
     *
     * @param lineStarts the index in {@code text} at which each of its lines starts
     * @param lines where each of those lines stands
     */
    private record Sentence(String text, List<Integer> lineStarts, List<Location> lines) {

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
            String s = LabelText.nfkc(line.text()).replaceAll("\\s", "");
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

    private static List<Finding> flag(Sentence s, List<ExtractedCell> cells) {
        Set<TableId> named = tablesNamed(s.text());
        List<BigDecimal> withdrawn = figures(WITHDRAWN, s.text());
        List<BigDecimal> corrected = figures(CORRECTED, s.text());
        List<ExtractedCell> printing = cells.stream()
                .filter(c -> named.isEmpty() || named.contains(c.key().table()))
                .filter(c -> c.value() instanceof CellValue.Numeric n
                        && withdrawn.stream().anyMatch(w -> w.compareTo(n.value()) == 0))
                .toList();
        int from = noticeStart(s.text());
        Location where = s.where(from);
        String quote = "the report's correction notice at " + where.render() + " says '" + s.text().substring(from) + "'";
        if (!printing.isEmpty() && printing.size() <= MAX_CELLS) {
            return printing.stream().map(c -> Finding.warning(RULE, Scope.cell(c.key()), quote
                    + ": this cell prints the figure it withdraws" + (corrected.isEmpty() ? ""
                    : " (the notice gives " + plain(corrected) + ")"), c.source().where())).toList();
        }
        boolean edited = !withdrawn.isEmpty() && printing.isEmpty() && !corrected.isEmpty()
                && cells.stream().anyMatch(c -> (named.isEmpty() || named.contains(c.key().table()))
                        && c.value() instanceof CellValue.Numeric n
                        && corrected.stream().anyMatch(f -> f.compareTo(n.value()) == 0));
        if (edited) {
            return List.of(Finding.info(RULE, named.size() == 1 ? Scope.table(named.iterator().next()) : Scope.document(),
                    quote + ": no cell prints the withdrawn figure and one prints the corrected one, so the table "
                            + "was edited", where));
        }
        String which = printing.isEmpty() ? "no cell could be tied to it" : printing.size() + " cells print " + plain(withdrawn);
        if (named.isEmpty()) {
            return List.of(Finding.warning(RULE, Scope.document(), quote + "; " + which + ", so every figure is in doubt",
                    where));
        }
        return named.stream().map(t -> Finding.warning(RULE, Scope.table(t), quote + "; " + which
                + ", so every figure of table " + t.id() + " is in doubt", where)).toList();
    }

    /**
     * The notice itself, without the lines a sentence joined before it (a page's breadcrumb and title
     * carry no full stop): from its heading when it has one, else its last 160 characters.
     */
    private static int noticeStart(String sentence) {
        Matcher heading = HEADING.matcher(sentence);
        return heading.find() ? heading.start() : Math.max(0, sentence.length() - 160);
    }

    /** The tables a notice names by their titles' words; empty when it names none. */
    private static Set<TableId> tablesNamed(String s) {
        Set<TableId> t = EnumSet.noneOf(TableId.class);
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

    private static List<BigDecimal> figures(Pattern p, String s) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new BigDecimal(m.group(1).replace(",", "")));
        }
        return out;
    }

    private static String plain(List<BigDecimal> figures) {
        return String.join(", ", figures.stream().map(BigDecimal::toPlainString).toList());
    }
}
