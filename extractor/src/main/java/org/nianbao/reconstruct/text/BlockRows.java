package org.nianbao.reconstruct.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * The rows of {@code pdftotext}'s default-mode text rebuilt from its items: the values of tables 二
 * and 三 given to the rows whose labels claim them, window by window ({@link ValueWindows},
 * {@link WindowReading}); a window that lost blank cells flagged with the windows of its table
 * next to it, and table 二's rows after it where poppler printed that table out of the page's order;
 * table 四 as {@link AppealsValues} reads it; every other run of text and values kept as printed.
 */
final class BlockRows {

    /** A block title of table 二, {@code 第二十条第（一）项} (NFKC, spaces removed). */
    private static final Pattern ACTIVE_BLOCK = Pattern.compile("第二十条第\\(?[一二三四五六七八九十]+\\)?项");

    private final FormRows form;
    private final ValueWindows windows;

    BlockRows(FormRows form) {
        this.form = form;
        this.windows = new ValueWindows(form);
    }

    /**
     * The rows: each label with the values given to it, text and values no label claimed as runs of
     * their own (a value among the tables' rows flagged), table 四 as {@link AppealsValues} reads it.
     *
     * @param inOrder gets the label of each row read as printed, its values right after it, no identity weighed
     */
    List<List<GridCell>> rebuild(List<PrintedItem> items, Set<GridCell> inOrder) {
        int appealsFrom = PrintedItem.indexOf(items, it -> it.kind() == Kind.ROW && it.row().table() == TableId.APPEALS);
        int appealsTo = appealsFrom < 0 ? -1 : PrintedItem.indexOf(items, appealsFrom,
                it -> it.kind() == Kind.TEXT && AppealsValues.AFTER_TABLES.matcher(Normalizer.normalize(it.cell().text(),
                        Normalizer.Form.NFKC)).find());
        int tablesEnd = appealsFrom >= 0 ? appealsFrom : items.size();
        int firstRow = PrintedItem.indexOf(items, it -> it.kind() == Kind.ROW);
        Map<Integer, List<GridCell>> placed = new HashMap<>();   // row item → its cells
        Set<Integer> taken = new LinkedHashSet<>();              // value items given to a row
        placeRows(items, tablesEnd, placed, taken, inOrder);
        int requestsFrom = PrintedItem.indexOf(items, it -> it.kind() == Kind.ROW && it.row().table() == TableId.REQUESTS);
        List<List<GridCell>> out = new ArrayList<>();
        List<GridCell> open = null;
        boolean openHasValue = false;
        boolean openSplits = false;
        for (int i = 0; i < items.size(); i++) {
            PrintedItem it = items.get(i);
            if (i == appealsFrom) {
                flush(out, open, openHasValue, openSplits);
                open = null;
                int end = appealsTo < 0 ? items.size() : appealsTo;
                List<PrintedItem> region = new ArrayList<>(items.subList(appealsFrom, end));
                // poppler may print one of the values after the text that follows the table, at the page's end
                int pastText = 0;
                for (int j = end; j < items.size(); j++) {
                    if (items.get(j).kind() == Kind.VALUE && !items.get(j).besideText()) {
                        region.add(items.get(j));
                        taken.add(j);
                        pastText++;
                    }
                }
                out.addAll(AppealsValues.rows(region, pastText));
                i = end - 1;
                continue;
            }
            if (it.kind() == Kind.ROW && placed.containsKey(i)) {
                flush(out, open, openHasValue, openSplits);
                List<GridCell> row = new ArrayList<>();
                row.add(it.cell());
                row.addAll(placed.get(i));
                out.add(row);
                open = null;
                continue;
            }
            if (it.kind() == Kind.VALUE && taken.contains(i)) {
                continue;
            }
            if (it.kind() == Kind.VALUE && i > firstRow && firstRow >= 0 && (appealsFrom < 0 || i < appealsFrom)) {
                it = new PrintedItem(Kind.VALUE, it.cell().noted(CellNote.unplaced("pdftotext printed this value among "
                        + "the table's cells where no row's label claims it")), null, it.suspect(), it.besideText());
            }
            boolean value = it.kind() == Kind.VALUE;
            if (open == null || !value && openHasValue) {
                flush(out, open, openHasValue, openSplits);
                open = new ArrayList<>();
                openHasValue = false;
                openSplits = requestsFrom >= 0 && i > requestsFrom && i < tablesEnd;
            }
            open.add(it.cell());
            openHasValue |= value;
        }
        flush(out, open, openHasValue, openSplits);
        return out;
    }

    /**
     * Ends a run of cells that no label claimed. Among table 三's rows, text alone is header cells
     * and group labels poppler printed between the rows (总计 / 商业企业 / …): each is a row of its
     * own, so a header cell that is also a row's wording (总计) is not read with the header cells
     * after it as that row's values.
     */
    private static void flush(List<List<GridCell>> out, List<GridCell> open, boolean hasValue, boolean splits) {
        if (open == null) {
            return;
        }
        if (splits && !hasValue) {
            open.forEach(c -> out.add(List.of(c)));
        } else {
            out.add(open);
        }
    }

    /** Gives the values of tables 二 and 三 (items before {@code end}) to the rows the labels name. */
    private void placeRows(List<PrintedItem> items, int end, Map<Integer, List<GridCell>> placed, Set<Integer> taken,
                           Set<GridCell> inOrder) {
        List<Integer> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        int[] position = new int[end]; // values printed before each item
        for (int i = 0; i < end; i++) {
            position[i] = values.size();
            if (items.get(i).kind() == Kind.ROW && items.get(i).row().table() != TableId.APPEALS) {
                labels.add(i);
            } else if (items.get(i).kind() == Kind.VALUE) {
                values.add(i);
            }
        }
        if (labels.isEmpty()) {
            return;
        }
        List<ValueWindows.Filled> merged = windows.of(items, end, labels, position, values.size());
        boolean activeInPageOrder = titlesInPlace(items, end);
        boolean[] troubled = new boolean[merged.size()];
        for (int w = 0; w < merged.size(); w++) {
            ValueWindow win = merged.get(w).window();
            troubled[w] = merged.get(w).widths().isEmpty()
                    || values.subList(win.from(), win.to()).stream().anyMatch(v -> items.get(v).suspect());
        }
        for (int w = 0; w < merged.size(); w++) {
            ValueWindow win = merged.get(w).window();
            Optional<int[]> fit = merged.get(w).widths();
            List<Integer> own = values.subList(win.from(), win.to());
            taken.addAll(own);
            // only rows of one table can trade values: the title between two tables is printed between them
            TableId table = items.get(win.rows().get(0)).row().table();
            boolean nextToTrouble = w > 0 && troubled[w - 1] && tableOf(items, merged.get(w - 1).window()) == table
                    || w + 1 < merged.size() && troubled[w + 1] && tableOf(items, merged.get(w + 1).window()) == table;
            // poppler may print a row's last cell after rows further down (规章's 820, after a blank middle
            // cell, printed after 行政事业性收费's 347 on an 80 % Chromium print): a row of table 二 that lost
            // cells may have given one to a later row of it that has a blank, and that row looks whole
            boolean afterShort = false;
            for (int e = 0; e < w - 1 && !afterShort && table == TableId.ACTIVE && !activeInPageOrder; e++) {
                afterShort = troubled[e] && shortOfValues(items, merged.get(e).window()) && tableOf(items, merged.get(e).window()) == table;
            }
            Map<Integer, List<GridCell>> cells = troubled[w]
                    ? WindowReading.unplaced(items, win, own)
                    : afterShort ? WindowReading.flagged(win, ValueOrders.rowByRow(own.stream().map(v -> items.get(v).cell()).toList(),
                            fit.get()), "pdftotext printed table 二 out of the page's order (its block "
                            + "titles apart from their rows) and a row above this one lost cells; poppler may print such "
                            + "a row's last value after later rows, so a value here may be that row's and a blank cell "
                            + "here read as filled")
                    : WindowReading.interrupted(items, own) ? WindowReading.scrambled(items, win, own, fit.get(), nextToTrouble)
                    : WindowReading.read(items, win, own, fit.get(), position, nextToTrouble, inOrder);
            placed.putAll(cells);
        }
        placed.replaceAll((r, cells) -> ProcurementCells.inFormOrder(items.get(r).row(), cells));
    }

    /** True when fewer values were printed in the window than its rows' narrowest widths add up to. */
    private static boolean shortOfValues(List<PrintedItem> items, ValueWindow w) {
        int least = 0;
        for (int r : w.rows()) {
            least += items.get(r).row().widths().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }
        return w.to() - w.from() < least;
    }

    /**
     * True when every block title of table 二 ({@code 第二十条第（五）项}) was printed before a row of
     * table 二 and after the rows of the block before it: poppler then read the table in the page's
     * order. Titles printed together ({@code 第二十条第（六）项} / {@code （八）项} / {@code （九）项}) were
     * moved, and so may values be.
     */
    private static boolean titlesInPlace(List<PrintedItem> items, int end) {
        boolean rowSince = true;
        for (int i = 0; i < end; i++) {
            PrintedItem it = items.get(i);
            if (it.kind() == Kind.TEXT && ACTIVE_BLOCK.matcher(Normalizer.normalize(it.cell().text(), Normalizer.Form.NFKC)
                    .replaceAll("\\s", "")).find()) {
                if (!rowSince) {
                    return false;
                }
                rowSince = false;
            } else if (it.kind() == Kind.ROW && it.row().table() == TableId.ACTIVE) {
                rowSince = true;
            }
        }
        return rowSince;
    }

    private static TableId tableOf(List<PrintedItem> items, ValueWindow w) {
        return items.get(w.rows().get(0)).row().table();
    }
}
