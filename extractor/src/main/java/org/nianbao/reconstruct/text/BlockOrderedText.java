package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * The text {@code pdftotext} prints in its default mode (no {@code -layout}, no {@code -raw}): every
 * table cell is a block of its own, blocks separated by a blank line and printed in poppler's reading
 * order, a page ended by a form feed. A blank cell prints nothing, and where cells are missing that
 * order leaves the rows: a label can come before another row's values, a row's values after the next
 * label, two rows' labels together before their fourteen values.
 *
 * <p>The rows are rebuilt against the form ({@link FormRows}: which row a label names, how many
 * cells it has). Labels that follow the form's order are <em>anchors</em>; the values between one
 * anchor and the next belong to the rows from the first up to the next (with any label printed out
 * of order whose row lies between). Such a <em>window</em> is read only when its values fill its
 * rows exactly, so no cell of it was blank:
 * <ul>
 *   <li>when each label stands right before its own values, the window is read row by row;</li>
 *   <li>when labels and values were printed apart, every order poppler may have printed the values
 *       in (each row's left to right, a column's upper row first) is weighed against the rows'
 *       identities (table 三: the six applicants add up to the total); a cell is read when every
 *       reading left gives it the same value, and every other cell is flagged naming the values it
 *       may hold;</li>
 *   <li>a window whose values do not fill its rows lost blank cells, and which ones cannot be told:
 *       its values are flagged; so are the rows of the windows next to it, which may hold one of its
 *       values, unless their own identity vouches for them.</li>
 * </ul>
 * A value printed on a line of its own inside a block of several lines (two rows of one column in
 * one block, or a number cut by a line break: {@code 26} / {@code 8}) is joined only where table 三's
 * row identity proves it ({@link NumbersWrappedInCells}); otherwise its window is flagged. Table 四's values are placed where the orders that keep its sums agree.
 *
 * <p>Who does what: {@link PrintedBlocks} (the text as blocks, labels and values), {@link
 * NumbersWrappedInCells}, {@link BlockRows}
 * with {@link ValueWindows}, {@link WindowReading} and {@link ValueOrders} (the rows rebuilt; {@link
 * MiddleValuePrintedLast} and {@link LabelAmongValues} where poppler's sort may have broken a row's order),
 * {@link AppealsValues} (table 四), {@link ProcurementCells}, {@link ScatteredRequestsHeader} (table
 * 三's header) and {@link LabelsAheadOfValues} (LibreOffice's labels ahead of their values), whose
 * table 三 this class merges with the block reader's cell by cell.
 *
 * <p>Flagged cells keep their text and location; a {@link CellNote#unplaced} note says why they were
 * not placed, and the mapper reports them at the cell instead of emitting a value.
 */
public final class BlockOrderedText {

    private final PrintedBlocks printed;
    private final BlockRows blockRows;
    private final ScatteredRequestsHeader requestsHeader;
    private final FormRows form;
    private final LabelsAheadOfValues labelsAhead;

    public BlockOrderedText(Predicate<String> isValue, FormRows form) {
        this.printed = new PrintedBlocks(isValue, form);
        this.blockRows = new BlockRows(form);
        this.requestsHeader = new ScatteredRequestsHeader(form);
        this.form = form;
        this.labelsAhead = new LabelsAheadOfValues(isValue, form);
    }

    /**
     * The document's rows rebuilt, when {@code lines} are pdftotext's default output (form feeds,
     * single values on lines of their own); empty for text of any other shape.
     */
    public Optional<CellGrid> read(List<String> lines) {
        List<List<Integer>> blocks = PrintedBlocks.blocks(lines);
        if (!printed.blockOrdered(lines, blocks)) {
            return Optional.empty();
        }
        List<PrintedItem> items = NumbersWrappedInCells.joined(printed.items(lines, blocks));
        Set<GridCell> inOrder = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<GridCell>> rows = blockRows.rebuild(items, inOrder);
        // LibreOffice's PDF prints table 三's labels as one run ahead of its values (issue 9)
        Optional<List<List<GridCell>>> ahead = labelsAhead.reread(lines, blocks, rows);
        return Optional.of(new CellGrid(ahead.map(a -> requestsHeader.onto(agreed(a, rows), items, rows, inOrder))
                .orElseGet(() -> requestsHeader.withHeader(items, rows, inOrder)), Positions.PLACED));
    }


    /**
     * Table 三 as {@link LabelsAheadOfValues} read it, with each cell it left flagged taken from the
     * block reader's row where that reader read it, and each cell the two read differently flagged.
     * Each reads only what its own premise proves (a row's values right after its label; the
     * k-th run of seven values as the k-th row when they fill the form), and a report printed with
     * some labels together beside others' values (a group label wrapped beside its rows) gives each
     * some rows the other cannot read.
     */
    private List<List<GridCell>> agreed(List<List<GridCell>> ahead, List<List<GridCell>> rows) {
        Map<String, List<GridCell>> byRow = new HashMap<>();
        for (List<GridCell> row : rows) {
            requestsRow(row).ifPresent(id -> byRow.putIfAbsent(id, row));
        }
        List<List<GridCell>> out = new ArrayList<>();
        for (List<GridCell> row : ahead) {
            Optional<String> id = requestsRow(row);
            List<GridCell> other = id.map(byRow::get).orElse(null);
            if (other == null) {
                out.add(row);
                continue;
            }
            List<GridCell> merged = new ArrayList<>(List.of(row.get(0)));
            for (int c = 1; c < row.size(); c++) {
                GridCell mine = row.get(c);
                GridCell theirs = other.get(c);
                boolean mineRead = mine.notes().isEmpty();
                boolean theirsRead = theirs.notes().isEmpty();
                if (mineRead && theirsRead && !mine.text().strip().equals(theirs.text().strip())) {
                    merged.add(mine.noted(CellNote.unplaced("read as " + mine.text().strip() + " when the values are taken "
                            + "seven to a row, and as " + theirs.text().strip() + " from the values printed after the "
                            + "row's label; which order pdftotext printed them in cannot be told")));
                } else {
                    merged.add(!mineRead && theirsRead ? theirs : mine);
                }
            }
            out.add(merged);
        }
        return out;
    }

    /** The id of the table 三 row {@code row} is, when it is a label and that row's seven values. */
    private Optional<String> requestsRow(List<GridCell> row) {
        if (row.size() != 8) {
            return Optional.empty();
        }
        return form.row(row.get(0).text()).filter(r -> r.table() == TableId.REQUESTS).map(FormRow::id);
    }
}
