package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * Table 四 in {@code pdftotext}'s default mode: its header's blocks, then its fifteen values (three
 * groups of four results and a total) in poppler's order, which follows the columns or moves one
 * value. The values are placed where every order that keeps the three sums agrees; the rest are
 * flagged naming the values they may be.
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
     * form's column order when they are all the same, or when they were printed as one run of the
     * form's fifteen cells that keeps the table's three sums ({@link #readings}); otherwise
     * each is flagged. A value printed after the text that follows the table (at the page's end) is
     * taken as the last; the readings may move it.
     */
    static List<List<GridCell>> rows(List<PrintedItem> region) {
        List<List<GridCell>> out = new ArrayList<>();
        List<GridCell> header = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        boolean textAmongValues = false;
        for (PrintedItem it : region) {
            (it.kind() == Kind.VALUE ? values : header).add(it.cell());
            textAmongValues |= it.kind() != Kind.VALUE && !values.isEmpty();
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
        // text among the values: LibreOffice's PDF prints table 四's headers among its values, and its values
        // out of order by font; no order is established there
        List<List<GridCell>> readings = textAmongValues ? List.of() : readings(values);
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
            List<String> alternatives = readings.stream().map(r -> r.get(cc).text().strip()).distinct().toList();
            row.add(alternatives.size() == 1 ? values.get(c) : values.get(c).noted(CellNote.unplaced(
                    "pdftotext may print one of table 四's values out of its column's order, and the orders that keep "
                            + "the table's sums give this cell one of " + String.join(", ", alternatives))));
        }
        out.add(row);
        return out;
    }

    /**
     * The readings of table 四's values that may be the page's, when the values were printed as one
     * run of the form's fifteen cells whose order, as printed, keeps the three sums (each group's four
     * results add up to its total, templates.md): the order printed and every order that moves one
     * value elsewhere and still keeps the sums. Poppler prints table 四's cells in their columns' order
     * or with one value out of place (a group's first value printed after the group: seeds 2024 and
     * 901, Chromium prints of seed 2026); a value moved among a group's results keeps its sum, so the
     * cells where the readings differ are flagged. Empty when the values are not such a run, or when
     * they mix ASCII and full-width digits (each font on its own baseline: LibreOffice's PDFs print
     * several values out of place).
     */
    static List<List<GridCell>> readings(List<GridCell> values) {
        if (values.size() != APPEALS_CELLS || values.stream().mapToInt(c -> DigitFonts.numberFonts(c.text())).reduce(0, (a, b) -> a | b) == 3
                || !sumsHold(values)) {
            return List.of();
        }
        List<List<GridCell>> readings = new ArrayList<>();
        for (int from = 0; from < values.size(); from++) {
            for (int to = 0; to < values.size(); to++) {
                List<GridCell> moved = new ArrayList<>(values);
                moved.add(to, moved.remove(from));
                if (sumsHold(moved)) {
                    readings.add(moved);
                }
            }
        }
        return readings;
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
