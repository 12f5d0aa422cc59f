package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * Table 四 in {@code pdftotext}'s default mode: its header's blocks, then its fifteen values (three
 * groups of four results and a total) in poppler's order, which follows the columns or prints one
 * group's first value after that group's total. The values are placed where the order printed and
 * every such order that keeps the three sums agree; the rest are flagged naming the values they may be.
 */
final class AppealsValues {

    /** Text after table 四: the report's fifth and sixth parts. */
    static final Pattern AFTER_TABLES = Pattern.compile("^\\s*[五六七]\\s*[、.．]");
    /** Table 四: three groups (行政复议, and 行政诉讼 with and without 复议 first) of four results and a total. */
    private static final int APPEALS_CELLS = 15;
    private static final int APPEALS_GROUP = 5;

    private AppealsValues() {
    }

    /**
     * Table 四: its header text as printed, then its values in one row. They are placed by the
     * form's column order when they are all the same, or when they were printed as the form's fifteen
     * cells, any text among them standing between two groups ({@link #readings}: the
     * orders poppler may have printed them in that keep the three sums); otherwise each is flagged. A
     * value printed after the text that follows the table (at the page's end) is taken as the last;
     * the readings may move it.
     *
     * @param pastText how many of the region's last values were printed after the text that follows the table
     */
    static List<List<GridCell>> rows(List<PrintedItem> region, int pastText) {
        List<List<GridCell>> out = new ArrayList<>();
        List<GridCell> header = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        boolean textAmidGroup = false;
        for (int i = 0; i < region.size(); i++) {
            PrintedItem it = region.get(i);
            (it.kind() == Kind.VALUE ? values : header).add(it.cell());
            textAmidGroup |= it.kind() != Kind.VALUE && values.size() % APPEALS_GROUP != 0
                    && PrintedItem.indexOf(region, i, later -> later.kind() == Kind.VALUE) >= 0;
        }
        boolean allSame = !values.isEmpty() && values.stream().map(c -> CellNumber.number(c).map(BigDecimal::stripTrailingZeros))
                .distinct().count() == 1
                && CellNumber.number(values.get(0)).isPresent();
        out.add(header);
        if (values.isEmpty()) {
            return out;
        }
        if (allSame) {
            out.add(values);
            return out;
        }
        // text inside a group: LibreOffice's PDF prints table 四's headers among its values, and its values out
        // of order by font (ASCII and full-width digits on different baselines), as do Chromium's prints that mix
        // the two; no order is established there. Text between two groups is the next groups' header printed
        // after the first group's values (the generator's PDFs: 行政诉讼's header after 行政复议's five)
        List<List<GridCell>> readings = textAmidGroup ? List.of() : readings(values, pastText);
        if (readings.isEmpty()) {
            String why = "pdftotext printed table 四's values in an order that does not follow its columns; "
                    + "this one is one of " + values.stream().map(c -> c.text().strip()).distinct()
                    .collect(Collectors.joining(", "));
            out.add(values.stream().map(c -> c.noted(CellNote.unplaced(why))).toList());
            return out;
        }
        List<GridCell> row = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            int cc = c;
            // ０ and 0 are one value: a reading that only trades them gives the cell nothing else
            Map<String, String> alternatives = new LinkedHashMap<>();
            readings.forEach(r -> alternatives.putIfAbsent(value(r.get(cc)), r.get(cc).text().strip()));
            row.add(alternatives.size() == 1 ? values.get(c) : values.get(c).noted(CellNote.unplaced(
                    "pdftotext may print a group's 结果维持 after its place in table 四, and the orders that keep "
                            + "the table's sums, or the order printed, give this cell one of "
                            + String.join(", ", alternatives.values()))));
        }
        out.add(row);
        return out;
    }

    /**
     * The readings of table 四's values that may be the page's, when the values were printed as the
     * form's fifteen cells: the order printed, and every order in which a value printed after a
     * group's total is that group's first (结果维持), for one group, or for several printed last of all
     * ({@link #latePrinted}), and the three sums hold (each group's four results
     * add up to its total, templates.md). That is the one way poppler was seen to move a value of this
     * table: a group's 结果维持 printed after the group's total (the generator's PDFs: 行政诉讼 复议后起诉's
     * at the table's end on 11 of 128 pages of seeds 2024 and 901), or inside the next group (a
     * Chromium print of seed 2026); never before its place nor among its own group's results, and 94
     * of 106 generator pages and 37 of 38 Chromium prints of fifteen values kept the columns' order.
     * The order printed stays a reading when it breaks a sum, since the source may not add up
     * (templates.md: never repair a value to make an identity hold); when nothing keeps the sums, the
     * values are not placed. A cell is read where all the readings agree. Empty when the values are
     * not fifteen, or when one of them mixes ASCII and full-width glyphs ({@code +１０}: a box unlike its
     * neighbours', which poppler may print anywhere). Values each of one font, some ASCII and some
     * full-width, kept this order on every page measured that printed no text among a group's values
     * (16 of the generator's); LibreOffice's, printed out of order by font, always had its header among
     * them, and {@link #rows} reads none of those.
     */
    static List<List<GridCell>> readings(List<GridCell> values) {
        return readings(values, 0);
    }

    /** {@link #readings(List)}, the last {@code pastText} values printed after the text that follows the table. */
    static List<List<GridCell>> readings(List<GridCell> values, int pastText) {
        if (values.size() != APPEALS_CELLS || values.stream().anyMatch(c -> DigitFonts.numberFonts(c.text()) == 3)) {
            return List.of();
        }
        List<List<GridCell>> moved = latePrinted(values, pastText);
        if (moved.isEmpty() && !sumsHold(values)) {
            return List.of();
        }
        // the order printed with marks earlier, not the moved orders: no print was seen to do both
        List<List<GridCell>> readings = new ArrayList<>(narrowMarksEarlier(values));
        readings.addAll(moved);
        return readings;
    }

    /**
     * The orders of {@code values} that keep the three sums with one group's 结果维持 printed after
     * that group's total (anywhere later), or with several groups' printed last of all, in their
     * groups' order: a Chromium print of seed 2027 ({@code 0054-2019}, the boxes say so) printed both
     * 行政诉讼 groups' 结果维持 after the table's last total, {@code 2 0 0 0 2 | 0 0 0 0 | 0 0 0 2 | 0 | 2}
     * for {@code … | 0 0 0 0 0 | 2 0 0 0 2}; read with one moved at most, 复议后起诉 took {@code 0 0 2 0 2},
     * its sum holding, with no finding. Several moved anywhere else were never seen, and allowing them
     * read a print of seed 2727 at 80 % wrong: its marks ({@code —}, counting 0) let a 行政复议 mark
     * and a 行政诉讼 4 printed mid-table keep every sum, where the page's order was outside every
     * reading (复议后起诉's 结果维持 {@code —} printed before 未经复议直接起诉's 纠错 4) and, with no reading,
     * the values had been flagged. Printed last together: a value printed after the text that follows
     * the table (the page's end) came apart from those before it, so it moves alone (the committed
     * {@code tool-pdftotext/0002-mixed}: {@code － －} moved together would read a blank 纠错 as 0).
     */
    private static List<List<GridCell>> latePrinted(List<GridCell> values, int pastText) {
        List<List<GridCell>> out = new ArrayList<>();
        for (int group = 0; group < APPEALS_CELLS; group += APPEALS_GROUP) {
            for (int from = group + APPEALS_GROUP - 1; from < APPEALS_CELLS; from++) {
                List<GridCell> order = new ArrayList<>(values);
                order.add(group, order.remove(from));
                if (sumsHold(order)) {
                    out.add(order);
                }
            }
        }
        int groups = APPEALS_CELLS / APPEALS_GROUP;
        for (int moved = 0; moved < 1 << groups; moved++) {
            int count = Integer.bitCount(moved);
            if (count < 2 || pastText > 0 && pastText < count) {
                continue;
            }
            List<GridCell> order = new ArrayList<>();
            int rest = 0;
            int last = APPEALS_CELLS - count;
            for (int c = 0; c < APPEALS_CELLS; c++) {
                boolean late = c % APPEALS_GROUP == 0 && (moved & 1 << c / APPEALS_GROUP) != 0;
                order.add(values.get(late ? last++ : rest++));
            }
            if (sumsHold(order)) {
                out.add(order);
            }
        }
        return out;
    }

    /**
     * {@code reading} and every order of it in which blank marks {@code /} of a group's results stand
     * earlier among those results than printed (the other results keeping their order). A narrower block
     * may come later in poppler's sort: a Chromium print of seed 2727 at 75 % and 80 % printed
     * 未经复议直接起诉's {@code / / / 0 0} as {@code / 0 / / 0}. A mark counts 0, so the sums cannot tell
     * these orders apart.
     */
    private static List<List<GridCell>> narrowMarksEarlier(List<GridCell> reading) {
        List<List<GridCell>> out = List.of(reading);
        for (int g = 0; g < APPEALS_CELLS; g += APPEALS_GROUP) {
            List<List<GridCell>> next = new ArrayList<>();
            for (List<GridCell> r : out) {
                for (List<GridCell> results : marksEarlier(r.subList(g, g + APPEALS_GROUP - 1))) {
                    List<GridCell> order = new ArrayList<>(r);
                    for (int c = 0; c < results.size(); c++) {
                        order.set(g + c, results.get(c));
                    }
                    next.add(order);
                }
            }
            out = next;
        }
        return out;
    }

    /** The orders of {@code results} whose marks each stand at or before their place printed, the rest in order. */
    private static List<List<GridCell>> marksEarlier(List<GridCell> results) {
        List<Integer> marks = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < results.size(); c++) {
            (ValueOrders.narrow(results.get(c)) ? marks : others).add(c);
        }
        List<List<GridCell>> out = new ArrayList<>();
        place(results, marks, others, new ArrayList<>(), out);
        return out;
    }

    /**
     * Builds the orders of {@link #marksEarlier} cell by cell: the next mark, or the next other value
     * where the next mark was printed further on (a mark never moves later).
     */
    private static void place(List<GridCell> results, List<Integer> marks, List<Integer> others, List<Integer> order,
                              List<List<GridCell>> out) {
        int m = (int) order.stream().filter(marks::contains).count();
        int o = order.size() - m;
        if (order.size() == results.size()) {
            out.add(order.stream().map(results::get).toList());
            return;
        }
        if (m < marks.size()) {
            order.add(marks.get(m));
            place(results, marks, others, order, out);
            order.remove(order.size() - 1);
        }
        if (o < others.size() && (m == marks.size() || marks.get(m) > order.size())) {
            order.add(others.get(o));
            place(results, marks, others, order, out);
            order.remove(order.size() - 1);
        }
    }

    /** The number a cell holds ({@code ０} and {@code 0} alike), or its text when it holds none (a blank mark). */
    static String value(GridCell cell) {
        return CellNumber.number(cell).map(n -> n.stripTrailingZeros().toPlainString()).orElse(cell.text().strip());
    }

    private static boolean sumsHold(List<GridCell> values) {
        for (int g = 0; g < APPEALS_CELLS; g += APPEALS_GROUP) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = g; c < g + APPEALS_GROUP - 1; c++) {
                sum = sum.add(CellNumber.number(values.get(c)).orElse(BigDecimal.ZERO));
            }
            // a blank mark (/, －) counts 0, in the total as in the parts (templates.md)
            if (sum.compareTo(CellNumber.number(values.get(g + APPEALS_GROUP - 1)).orElse(BigDecimal.ZERO)) != 0) {
                return false;
            }
        }
        return true;
    }
}
