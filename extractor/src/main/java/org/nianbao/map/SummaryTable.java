package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A summary of the report's own figures printed beside the form's tables: a 同比 table under 一、总体情况 or
 * after table 四 ({@code 项目 | 上年 | 本年 | 增减}, {@code 2020年 | 2021年}), a 总体情况 table repeating some of
 * table 三/四's rows ({@code 项目 | 数量}), or one laid the other way (the items as columns, a row per year). Agencies
 * print one often; its rows carry the form's row labels (本年新收政府信息公开申请数量, 行政复议), which would open
 * table 三 or 四 before table 二 and make the form's own tables look like a second report. It is known by its
 * header, whose columns are years or comparisons and none of the form's columns: its rows are set aside
 * (no cell of the form is read from them), and its figures under a head naming the report's year (本年, the
 * title's year) are kept to be checked against the cells ({@link SummaryContradictions}).
 */
final class SummaryTable {

    /** The figures a summary gives for the report's year, and the grids with its rows set aside. */
    record Found(List<CellGrid> rest, List<Given> given) {
    }

    /**
     * A summary's figure for the report's year: the row's label, the head of its column, and where it stands.
     */
    record Given(String label, String head, BigDecimal figure, Location where) {
    }

    /** What a column of a summary's header says about its figures. */
    private enum Head { ITEM, THIS_YEAR, OTHER_YEAR, CHANGE, COUNT }

    private static final String UNIT_SUFFIX = "(?:数|数量|数据|情况|件数)?";
    private static final Pattern THIS = Pattern.compile("^(?:本年|今年|本年度|本期|当年)" + UNIT_SUFFIX + "$");
    private static final Pattern LAST = Pattern.compile("^(?:上年|去年|上年度|上一年|上一年度|上期|上年同期|同期|前年)" + UNIT_SUFFIX + "$");
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})年?度?" + UNIT_SUFFIX + "$");
    private static final Pattern CHANGE = Pattern.compile("^(?:同比)?(?:增减|增长|增幅|变化|变动|升降|增减变化)"
            + "(?:数|量|额|数量|情况|幅度|比例|率|百分比|%)?$|^同比(?:情况)?$|^(?:较|比)(?:上年|去年|上年度)(?:增减|增长|变化)?"
            + "(?:数|量|情况|幅度|%)?$|^差额$|^对比$");
    private static final Pattern COUNT = Pattern.compile("^(?:数量|件数|数值)$");
    private static final Pattern ITEM = Pattern.compile("^(?:项目|指标|类别|类型|内容|事项|名称|统计项目|统计指标|项目名称|分类|办理结果|年度|年份)$");
    /** A head's unit in brackets ({@code 本年（件）}), which says nothing about its period. */
    private static final Pattern HEAD_UNIT = Pattern.compile("[(（][^)）]{1,4}[)）]$");
    /** A share a comparison column prints ({@code -8.9%}): a figure of the summary, no value of the form. */
    private static final Pattern SHARE = Pattern.compile("^[+\\-−]?\\d+(?:\\.\\d+)?[%％]$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]++");
    /** Longer labels are prose, not a summary's row. */
    private static final int MAX_LABEL = 30;
    /** As {@link SectionSplitter}: shorter text names a section only exactly. */
    private static final int MIN_APPROXIMATE_TITLE = 9;
    /** The form's tables open at these words: a summary never runs past them. */
    private static final List<String> FORM_OPENINGS = List.of("第二十条", "本列数据的勾稽关系");

    private final LabelBook labels;
    private final ValueParser parser;

    SummaryTable(LabelBook labels, ValueParser parser) {
        this.labels = labels;
        this.parser = parser;
    }

    /** The grids with every summary's rows taken out (a grid left with no row is dropped), and the summaries' figures. */
    Found find(List<CellGrid> grids, OptionalInt year) {
        List<CellGrid> rest = new ArrayList<>();
        List<Given> given = new ArrayList<>();
        for (CellGrid grid : grids) {
            List<List<GridCell>> kept = new ArrayList<>();
            List<List<GridCell>> rows = grid.rows();
            int r = 0;
            while (r < rows.size()) {
                int end = summaryEnd(grid, r, year, given);
                if (end > r) {
                    r = end;
                } else {
                    kept.add(rows.get(r));
                    r++;
                }
            }
            if (kept.size() == rows.size()) {
                rest.add(grid);
            } else if (!kept.isEmpty()) {
                rest.add(new CellGrid(kept, grid.positions()));
            }
        }
        return new Found(rest, given);
    }

    /**
     * The index after the last row of a summary whose header is row {@code h} (adding its figures for the
     * report's year to {@code given}); {@code h} itself when no summary starts there.
     */
    private int summaryEnd(CellGrid grid, int h, OptionalInt year, List<Given> given) {
        List<String> header = pieces(grid, grid.rows().get(h));
        int end = byColumns(grid, h, header, year, given);
        return end > h ? end : byRows(grid, h, header, year, given);
    }

    /** A summary whose columns are periods or comparisons, one row per item. */
    private int byColumns(CellGrid grid, int h, List<String> header, OptionalInt year, List<Given> given) {
        List<Head> heads = new ArrayList<>();
        for (String piece : header) {
            Optional<Head> head = head(piece);
            if (head.isEmpty() || isFormColumn(piece)) {
                return h;
            }
            heads.add(head.get());
        }
        boolean itemHead = !heads.isEmpty() && heads.get(0) == Head.ITEM;
        List<Head> figures = heads.isEmpty() || heads.get(0) != Head.ITEM ? heads : heads.subList(1, heads.size());
        List<String> figureHeads = heads.isEmpty() || heads.get(0) != Head.ITEM ? header : header.subList(1, header.size());
        if (figures.contains(Head.ITEM) || figures.isEmpty()) {
            return h;
        }
        boolean compares = figures.size() >= 2 && figures.stream().anyMatch(x -> x == Head.OTHER_YEAR || x == Head.CHANGE);
        boolean single = figures.size() == 1 && itemHead && (figures.get(0) == Head.THIS_YEAR || figures.get(0) == Head.COUNT);
        if (!compares && !single) {
            return h;
        }
        int thisYear = thisYearColumn(figureHeads, figures, year);
        List<Given> found = new ArrayList<>();
        int end = h + 1;
        boolean anyRow = false;
        for (int r = h + 1; r < grid.rows().size(); r++) {
            Row row = row(grid, grid.rows().get(r));
            if (row.stopsSummary() || row.figures().size() > figures.size()) {
                break;
            }
            if (!row.label().isEmpty() && !row.figures().isEmpty()) {
                anyRow = true;
                if (thisYear >= 0 && row.figures().size() == figures.size()) {
                    figure(row.figures().get(thisYear)).ifPresent(v -> found.add(new Given(row.label(),
                            figureHeads.get(thisYear), v, row.where())));
                }
            } else if (!row.label().isEmpty() && !isItem(row.label())) {
                break; // a line of words that is no item of the form: the summary has ended
            }
            end = r + 1;
        }
        if (!anyRow) {
            return h;
        }
        given.addAll(found);
        return end;
    }

    /** A summary laid the other way: the items as columns under a header, one row per period. */
    private int byRows(CellGrid grid, int h, List<String> header, OptionalInt year, List<Given> given) {
        int from = !header.isEmpty() && (head(header.get(0)).filter(x -> x == Head.ITEM).isPresent()
                || header.get(0).isEmpty()) ? 1 : 0;
        List<String> items = header.subList(Math.min(from, header.size()), header.size());
        if (items.size() < 2 || items.stream().anyMatch(i -> !isItem(i) || isFormColumn(i))) {
            return h;
        }
        List<Given> found = new ArrayList<>();
        int end = h;
        for (int r = h + 1; r < grid.rows().size(); r++) {
            List<String> pieces = pieces(grid, grid.rows().get(r));
            Optional<Head> period = pieces.isEmpty() ? Optional.empty() : head(pieces.get(0));
            if (period.isEmpty() || period.get() == Head.ITEM || period.get() == Head.CHANGE || period.get() == Head.COUNT
                    || pieces.size() - 1 != items.size() || pieces.subList(1, pieces.size()).stream().anyMatch(p -> !isFigure(p))) {
                break;
            }
            if (thisYear(pieces.get(0), period.get(), year)) {
                for (int i = 0; i < items.size(); i++) {
                    String item = items.get(i);
                    figure(pieces.get(i + 1)).ifPresent(v -> found.add(new Given(item, pieces.get(0), v,
                            where(grid.rows().get(h)))));
                }
            }
            end = r + 1;
        }
        if (end < h + 3) { // two periods at least: a header of labels over one row of figures may be anything
            return h;
        }
        given.addAll(found);
        return end;
    }

    /**
     * The column giving the report's year's figures: 本年 or the report's year; -1 when none. A count alone (项目 | 数量)
     * names no year: its 行政复议 7 may count cases the table counts otherwise, so it is set aside and not compared.
     */
    private static int thisYearColumn(List<String> pieces, List<Head> heads, OptionalInt year) {
        for (int i = 0; i < heads.size(); i++) {
            if (thisYear(pieces.get(i), heads.get(i), year)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean thisYear(String piece, Head head, OptionalInt year) {
        if (head == Head.THIS_YEAR) {
            return true;
        }
        Matcher m = YEAR.matcher(piece);
        return head == Head.OTHER_YEAR && m.matches() && year.isPresent() && Integer.parseInt(m.group(1)) == year.getAsInt();
    }

    /** What a header's piece names, if it is a summary's head at all. */
    private static Optional<Head> head(String piece) {
        String p = HEAD_UNIT.matcher(LabelText.nfkc(piece).replaceAll("\\s", "")).replaceFirst("");
        if (p.isEmpty() || ITEM.matcher(p).matches()) { // an exact grid's empty corner heads the items too
            return Optional.of(Head.ITEM);
        }
        if (THIS.matcher(p).matches()) {
            return Optional.of(Head.THIS_YEAR);
        }
        if (LAST.matcher(p).matches() || YEAR.matcher(p).matches()) {
            return Optional.of(Head.OTHER_YEAR); // a year is told from the report's own by thisYear()
        }
        if (CHANGE.matcher(p).matches()) {
            return Optional.of(Head.CHANGE);
        }
        return COUNT.matcher(p).matches() ? Optional.of(Head.COUNT) : Optional.empty();
    }

    /** A row of a summary: its label (its words before the first figure), its figures, and whether it ends the summary. */
    private record Row(String label, List<String> figures, boolean stopsSummary, Location where) {
    }

    private Row row(CellGrid grid, List<GridCell> cells) {
        List<String> pieces = pieces(grid, cells);
        Location where = cells.stream().filter(c -> !c.spanned() && !c.isBlank()).map(GridCell::where).findFirst()
                .orElse(Location.none());
        StringBuilder label = new StringBuilder();
        List<String> figures = new ArrayList<>();
        boolean stops = false;
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            boolean figure = isFigure(p);
            if (figure && !(grid.positions() == Positions.EXACT && i == 0 && p.isEmpty())) {
                figures.add(p);
            } else if (!figure && figures.isEmpty()) {
                label.append(p.strip());
            } else if (!p.isEmpty()) {
                stops = true; // words after a figure: prose or a row of another table
            }
        }
        String l = label.toString();
        String normal = LabelText.normalize(l);
        // a section's title ends it, not an item that a title's words approximate (行政复议)
        stops |= normal.length() > MAX_LABEL || opensForm(l) || isFormColumn(l) || !isItem(l)
                && (normal.length() >= MIN_APPROXIMATE_TITLE ? labels.sections.match(l, normal) : labels.sections.exactMatch(l, normal))
                .isPresent();
        return new Row(l, figures, stops, where);
    }

    /**
     * A row's pieces: in an exact grid its cells (an empty cell a blank figure), in text its words, as a flattening
     * may run a summary's columns into one cell ({@code 本年 上年 增减} with single spaces).
     */
    private static List<String> pieces(CellGrid grid, List<GridCell> cells) {
        List<String> out = new ArrayList<>();
        for (GridCell c : cells) {
            if (c.spanned()) {
                continue;
            }
            if (grid.positions() == Positions.EXACT) {
                out.add(c.text().strip());
            } else {
                for (String w : SPACES.split(c.text().strip())) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        if (grid.positions() == Positions.EXACT) {
            while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    private boolean isFigure(String piece) {
        return piece.isEmpty() || SHARE.matcher(LabelText.nfkc(piece).strip()).matches() || parser.parse(piece).isValue();
    }

    private Optional<BigDecimal> figure(String piece) {
        CellValue v = parser.parse(piece).value();
        return v instanceof CellValue.Numeric n ? Optional.of(n.value()) : Optional.empty();
    }

    /** A label of the form's rows that a summary repeats (本年新收政府信息公开申请数量, 予以公开, 行政复议, 行政诉讼, 行政许可). */
    private boolean isItem(String label) {
        String n = LabelText.normalize(label);
        return !n.isEmpty() && (labels.requestsRows.exactMatch(label, n).isPresent()
                || labels.requestsGroups.exactMatch(label, n).isPresent()
                || labels.appealsRows.exactMatch(label, n).isPresent() || labels.activeRows.exactMatch(label, n).isPresent());
    }

    private boolean isFormColumn(String piece) {
        String n = LabelText.normalize(piece);
        return !n.isEmpty() && (labels.activeColumns.exactMatch(piece, n).isPresent()
                || labels.requestsColumns.exactMatch(piece, n).isPresent() && !n.equals("总计")
                || labels.appealsColumns.exactMatch(piece, n).isPresent() && !n.equals("总计"));
    }

    private static boolean opensForm(String label) {
        String n = LabelText.nfkc(label).replaceAll("\\s", "");
        return FORM_OPENINGS.stream().anyMatch(n::contains);
    }

    private static Location where(List<GridCell> cells) {
        return cells.stream().filter(c -> !c.spanned() && !c.isBlank()).map(GridCell::where).findFirst().orElse(Location.none());
    }
}
