package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * The cells a window's values become: read row by row where each label stands right before its
 * values, else what every reading the identities leave agrees on, each other cell flagged naming its
 * alternatives; a window that lost blank cells, or has other text among its values, flagged.
 */
final class WindowReading {

    /**
     * A row next to one that lost cells may have swapped values with it (a blank row's label printed
     * before the other's values); its own identity cannot tell whose values they are.
     */
    private static final String NEXT_TO_TROUBLE = "pdftotext printed this table cell by cell and a row next to this "
            + "one lost blank cells, so the values printed after this label may be that row's";

    private WindowReading() {
    }

    /**
     * A window its values fill: row by row when every label stands right before its values, else
     * the readings the rows' identities leave.
     */
    static Map<Integer, List<GridCell>> read(List<PrintedItem> items, ValueWindow w, List<Integer> own, int[] widths,
                                              int[] position, boolean nextToTrouble, Set<GridCell> inOrder) {
        List<GridCell> vals = own.stream().map(v -> items.get(v).cell()).toList();
        boolean inPlace = true;
        int offset = w.from();
        for (int r = 0; r < w.rows().size(); r++) {
            inPlace &= position[w.rows().get(r)] == offset
                    && (r == 0 || w.rows().get(r) > w.rows().get(r - 1));
            offset += widths[r];
        }
        if (!nextToTrouble && DigitFonts.fontsMixed(vals) && !(w.rows().size() == 1 && items.get(w.rows().get(0)).row().id().equals(ProcurementCells.ROW))) {
            // a font sits on its own baseline and poppler may print one font's blocks of a row after the other's
            // (a Chromium print: 行政许可 ３７４ | +１０ | １９ printed ３７４ / １９ / +１０); no order of them is proven
            return flagged(w, ValueOrders.rowByRow(vals, widths), "pdftotext printed these values in glyphs of different fonts "
                    + "(ASCII, full-width), which poppler may print out of their columns' order; the cell is one of "
                    + vals.stream().map(c -> c.text().strip()).distinct().collect(Collectors.joining(", ")));
        }
        if (!inPlace && own.stream().anyMatch(v -> items.get(v).besideText())) {
            // a value printed on a label's line went out with that label's block, wherever poppler
            // put the block (after the row's other values, in 0029 of seed 2026): the orders below,
            // each row's values in column order, do not hold
            return flagged(w, ValueOrders.rowByRow(vals, widths),
                    "pdftotext printed these rows' labels apart from their values and a value on a label's line, "
                            + "so the order the values belong in cannot be told");
        }
        List<List<GridCell>> asPrinted = ValueOrders.rowByRow(vals, widths);
        if (inPlace) {
            if (nextToTrouble) {
                return flagged(w, asPrinted, NEXT_TO_TROUBLE);
            }
            Map<Integer, List<GridCell>> out = new HashMap<>();
            for (int r = 0; r < w.rows().size(); r++) {
                int label = w.rows().get(r);
                List<GridCell> printed = asPrinted.get(r);
                Optional<List<GridCell>> doubted = FirstValuePrintedLast.doubted(printed)
                        .or(() -> MiddleValuePrintedLast.doubted(items, label, printed));
                if (doubted.isEmpty()) {
                    inOrder.add(items.get(label).cell());
                }
                out.put(label, doubted.orElse(printed));
            }
            return out;
        }
        Optional<ValueOrders.Readings> kept = ValueOrders.kept(vals, widths);
        if (kept.isEmpty()) {
            return flagged(w, asPrinted, "pdftotext printed the labels of " + w.rows().size() + " rows apart from "
                    + "their values, in too many possible orders to weigh; the order the values belong in cannot be told");
        }
        if (kept.get().none()) {
            return flagged(w, asPrinted,
                    "pdftotext printed these rows' labels apart from their values, and no order of the values "
                            + "makes the rows add up");
        }
        if (nextToTrouble) {
            return flagged(w, asPrinted, NEXT_TO_TROUBLE);
        }
        Map<GridCell, Integer> printedAt = new IdentityHashMap<>();
        for (int i = 0; i < vals.size(); i++) {
            printedAt.put(vals.get(i), w.from() + i);
        }
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r = 0; r < w.rows().size(); r++) {
            List<GridCell> first = kept.get().first().get(r);
            int label = position[w.rows().get(r)];
            List<Set<String>> amongValues = LabelAmongValues.alternatives(first,
                    first.stream().map(c -> printedAt.get(c) >= label).toList());
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < widths[r]; c++) {
                Set<String> possible = new LinkedHashSet<>();
                kept.get().possible().get(r).get(c).forEach(p -> possible.add(p.text().strip()));
                possible.addAll(amongValues.get(c));
                GridCell cell = first.get(c);
                row.add(possible.size() == 1 ? cell : cell.noted(CellNote.unplaced(
                        "pdftotext printed these rows' labels apart from their values; the cell is one of "
                                + String.join(", ", possible) + " depending on the order they belong in")));
            }
            out.put(w.rows().get(r), row);
        }
        return out;
    }

    /**
     * True when other text (a header's blocks) was printed among the window's values: poppler then
     * printed them out of their columns' order (一、本年新收… 153 / 总计 / 商业企业 … / 136 － 1 1 － 291
     * for 153 136 1 － － 1 291).
     */
    static boolean interrupted(List<PrintedItem> items, List<Integer> own) {
        if (own.size() < 2) {
            return false;
        }
        for (int i = own.get(0) + 1; i < own.get(own.size() - 1); i++) {
            if (items.get(i).kind() == Kind.TEXT) {
                return true;
            }
        }
        return false;
    }

    /**
     * A window whose values came in no established order. One row of table 三: its total is the
     * value that equals the sum of the others, wherever it was printed; the six others are read only
     * when they are all the same. Anything else is read only when all its values are the same.
     */
    static Map<Integer, List<GridCell>> scrambled(List<PrintedItem> items, ValueWindow w, List<Integer> own, int[] widths,
                                                          boolean nextToTrouble) {
        List<GridCell> vals = own.stream().map(v -> items.get(v).cell()).toList();
        String why = "pdftotext printed other text among this row's values, so the order they belong in is not "
                + "established; the cell is one of " + vals.stream().map(c -> c.text().strip()).distinct()
                .collect(Collectors.joining(", "));
        if (nextToTrouble) {
            return flagged(w, ValueOrders.rowByRow(vals, widths), why);
        }
        if (vals.stream().map(c -> c.text().strip()).distinct().count() == 1) {
            return fromRows(w, ValueOrders.rowByRow(vals, widths));
        }
        if (w.rows().size() != 1 || !RequestsRowIdentity.appliesTo(vals.size())) {
            return flagged(w, ValueOrders.rowByRow(vals, widths), why);
        }
        List<BigDecimal> numbers = vals.stream().map(RequestsRowIdentity::term).toList();
        // a blank mark (－) counts 0 in the identity, so with a sum of 0 a blank may be the total too
        List<Integer> totals = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            if (RequestsRowIdentity.totalAt(numbers, i)) {
                totals.add(i);
            }
        }
        if (totals.isEmpty()) {
            return flagged(w, ValueOrders.rowByRow(vals, widths), why);
        }
        List<GridCell> others = new ArrayList<>(vals);
        GridCell total = others.remove((int) totals.get(0));
        boolean oneTotal = totals.stream().map(i -> vals.get(i).text().strip()).distinct().count() == 1;
        boolean othersSame = others.stream().map(c -> c.text().strip()).distinct().count() == 1;
        List<GridCell> row = new ArrayList<>();
        for (GridCell c : others) {
            row.add(othersSame && oneTotal ? c : c.noted(CellNote.unplaced(why)));
        }
        row.add(oneTotal ? total : total.noted(CellNote.unplaced(why)));
        return Map.of(w.rows().get(0), row);
    }

    private static Map<Integer, List<GridCell>> fromRows(ValueWindow w, List<List<GridCell>> rows) {
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r = 0; r < w.rows().size(); r++) {
            out.put(w.rows().get(r), rows.get(r));
        }
        return out;
    }

    /** Every cell of the window flagged, each row keeping the values the reading gave it. */
    static Map<Integer, List<GridCell>> flagged(ValueWindow w, List<List<GridCell>> reading,
                                                        String why) {
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r = 0; r < w.rows().size(); r++) {
            out.put(w.rows().get(r), reading.get(r).stream().map(c -> c.noted(CellNote.unplaced(why))).toList());
        }
        return out;
    }

    /**
     * A window whose values do not fill its rows: blank cells were lost and which ones cannot be
     * told. Each label keeps the values printed after it, all flagged.
     */
    static Map<Integer, List<GridCell>> unplaced(List<PrintedItem> items, ValueWindow w, List<Integer> own) {
        String names = w.rows().stream().map(r -> "'" + items.get(r).cell().text().replace("\n", "") + "'")
                .collect(Collectors.joining(", "));
        String why = "pdftotext printed this table cell by cell and blank cells left no trace: the "
                + own.size() + " values printed among the rows " + names
                + " do not fill them, so which cell each belongs to cannot be told";
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r : w.rows()) {
            out.put(r, new ArrayList<>());
        }
        List<Integer> byText = new ArrayList<>(w.rows());
        byText.sort(Integer::compare);
        for (int v : own) {
            int owner = byText.get(0);
            for (int r : byText) {
                if (r < v) {
                    owner = r;
                }
            }
            out.get(owner).add(items.get(v).cell().noted(CellNote.unplaced(why)));
        }
        return out;
    }
}
