package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * A row of table 二 whose middle value poppler may have printed after its last: where the block
 * nearest above the row's middle cell also covers its first column but not its last (the group's
 * header {@code 上一年项目数量本年增/减} printed as one block beside {@code 处理决定数量}, or the row above's
 * first two cells joined, {@code 97441 4}), poppler's reading-order sort puts that header's column
 * before the right one and the row's middle cell after its right neighbour: {@code 4 | 0 | 18} printed
 * {@code 4} / {@code 18} / {@code 0} (Chromium's prints of seed 1616 at 75–125 %; red-team case
 * {@code pdftotext-default-z80-one-char-cell-late-2021.txt}). Measured on 592 three-value rows of table
 * 二 in 214 Chromium prints (their boxes from {@code pdftotext -bbox-layout}): 13 printed out of their
 * columns' order, every one with such a block above; 57 with such a block printed in order; none of the
 * 522 without one out of order. Table 二 has no identity to tell the two orders apart, so where the
 * text shows such a block, the row's last two cells are read only where both orders agree.
 */
final class MiddleValuePrintedLast {

    /**
     * The first characters of each column's header in the two forms' three-value rows of table 二, as
     * poppler prints a header wrapped in its cell ({@code 本年新制} / {@code 作数量}).
     */
    private static final List<List<String>> HEADERS = List.of(
            List.of("本年新制", "上一年项", "本年制发"),
            List.of("本年新公", "本年增", "本年废止"),
            List.of("对外公开", "处理决定", "现行有效"));

    private MiddleValuePrintedLast() {
    }

    /**
     * The row's cells with its last two flagged naming both values, when it is a row of table 二 of
     * three values whose last two differ and a line printed since the row above (or the group's header)
     * joined two of its columns; empty otherwise (the row is read as printed).
     *
     * @param label the index of the row's label among {@code items}
     */
    static Optional<List<GridCell>> doubted(List<PrintedItem> items, int label, List<GridCell> printed) {
        if (items.get(label).row().table() != TableId.ACTIVE || printed.size() != HEADERS.size()) {
            return Optional.empty();
        }
        String middle = printed.get(1).text().strip();
        String last = printed.get(2).text().strip();
        if (middle.equals(last) || !columnsJoinedAbove(items, label)) {
            return Optional.empty();
        }
        String why = "pdftotext may print a row's middle value after its last where a block above joined the "
                + "row's first columns (a Chromium print did); table 二 has no sum to tell the orders apart, so the "
                + "cell is one of " + middle + ", " + last;
        List<GridCell> out = new ArrayList<>(printed);
        out.set(1, printed.get(1).noted(CellNote.unplaced(why)));
        out.set(2, printed.get(2).noted(CellNote.unplaced(why)));
        return Optional.of(out);
    }

    /**
     * True when a line printed between the row above's label (or the start) and this label holds two
     * values of one block, or names the headers of two of the three columns but not all three.
     */
    private static boolean columnsJoinedAbove(List<PrintedItem> items, int label) {
        Map<Location, List<PrintedItem>> byLine = new LinkedHashMap<>();
        for (int i = label - 1; i >= 0 && items.get(i).kind() != Kind.ROW; i--) {
            byLine.computeIfAbsent(items.get(i).cell().where(), l -> new ArrayList<>()).add(items.get(i));
        }
        for (List<PrintedItem> line : byLine.values()) {
            if (line.stream().filter(it -> it.kind() == Kind.VALUE).count() == 2) {
                return true;
            }
            StringBuilder text = new StringBuilder();
            line.stream().filter(it -> it.kind() == Kind.TEXT).forEach(it -> text.append(it.cell().text()).append('\n'));
            for (String piece : text.toString().split("\n")) {
                if (headersNamed(piece.replaceAll("\\s", "")) == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int headersNamed(String line) {
        int named = 0;
        for (List<String> column : HEADERS) {
            named += column.stream().anyMatch(line::contains) ? 1 : 0;
        }
        return named;
    }
}
