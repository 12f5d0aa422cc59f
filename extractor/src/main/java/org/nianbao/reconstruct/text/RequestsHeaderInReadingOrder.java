package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 三's header, its labels wrapped in their cells ({@code 商业企 科研机 社会公益组} / {@code 业 构 织}),
 * joined in reading order on lines that lost their character columns ({@link ColumnsLost}). Laid out, the
 * mapper joins a label's pieces by the columns they stand in; once a page's lines no longer keep them (the
 * margin stripped, blank runs re-spaced, lines cut by {@code fmt}), the pieces were read as labels of their
 * own, most named no column, and every row of the table was placed by assumption: hundreds of right cells
 * flagged on a page whose rows keep every cell in the order printed (issue 9).
 *
 * <p>The pieces (the tail of each header cell that is part of a header label) are joined as
 * {@link RequestsHeaderPieces} joins them: only when every way of joining them gives each of the form's
 * labels once, in one order. Each label is then put where its first piece was printed, in its line's order,
 * and the other pieces are taken out: the mapper reads the header as it reads any header printed without
 * columns (the order within a line trusted, the form's between lines), so a header printed in another order
 * is read in that order, and where the pieces do not join, nothing changes.
 */
public final class RequestsHeaderInReadingOrder {

    private final Predicate<String> isValue;
    private final FormRows form;

    /**
     * @param isValue tells value cells from label text: table 三's header ends at its first row of values
     * @param form knows table 三's title
     */
    public RequestsHeaderInReadingOrder(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.form = form;
    }

    /** A piece of a header label: the row and cell it was printed in, and its text. */
    private record Piece(int row, int cell, String text) {
    }

    /**
     * {@code rows} with the header of each table 三 joined, where every line between its title and its first
     * row of values is one of {@code withoutColumns} and its pieces join into the form's labels.
     */
    public List<List<GridCell>> joined(List<List<GridCell>> rows, Set<List<GridCell>> withoutColumns) {
        List<List<GridCell>> out = new ArrayList<>(rows);
        for (int t = 0; t < out.size(); t++) {
            if (out.get(t).isEmpty() || form.title(out.get(t).get(0).text()).filter(id -> id == TableId.REQUESTS).isEmpty()) {
                continue;
            }
            int end = t + 1;
            while (end < out.size() && out.get(end).stream().noneMatch(c -> isValue.test(c.text()))) {
                end++;
            }
            boolean allLost = true;
            for (int r = t + 1; r < end; r++) {
                allLost &= withoutColumns.contains(out.get(r));
            }
            if (allLost && end > t + 1) {
                List<List<GridCell>> header = joined(List.copyOf(out.subList(t + 1, end)));
                out.subList(t + 1, end).clear();
                out.addAll(t + 1, header);
            }
        }
        return out;
    }

    /** The header's rows with its pieces joined into labels, or as they are when the pieces do not join. */
    private static List<List<GridCell>> joined(List<List<GridCell>> header) {
        List<Piece> pieces = new ArrayList<>();
        Map<Integer, Integer> firstPiece = new HashMap<>(); // row * 1000 + cell → index of its first piece
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < header.get(r).size(); c++) {
                List<String> tokens = tokens(header.get(r).get(c));
                int from = tailOfPieces(tokens);
                if (from < tokens.size()) {
                    firstPiece.put(r * 1000 + c, pieces.size());
                }
                for (String token : tokens.subList(from, tokens.size())) {
                    pieces.add(new Piece(r, c, token));
                }
            }
        }
        Optional<List<RequestsHeaderPieces.Label>> labels = RequestsHeaderPieces.read(pieces.stream().map(Piece::text).toList());
        if (labels.isEmpty()) {
            return header;
        }
        Map<Integer, String> labelAt = new HashMap<>(); // index of a label's first piece → the label
        labels.get().forEach(l -> labelAt.put(l.pieces().get(0), l.text()));
        HeaderParts parts = HeaderParts.of(labels.get(), pieces.stream().map(Piece::row).toList());
        Optional<List<RequestsHeaderPieces.Label>> oneLine = parts.rewritten();
        Optional<String> unproven = parts.unproven();
        List<List<GridCell>> out = new ArrayList<>();
        for (int r = 0; r < header.size(); r++) {
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < header.get(r).size(); c++) {
                GridCell cell = header.get(r).get(c);
                Integer first = firstPiece.get(r * 1000 + c);
                if (first == null) {
                    cells.add(cell);
                    continue;
                }
                List<String> tokens = tokens(cell);
                int from = tailOfPieces(tokens);
                if (from > 0) {
                    cells.add(GridCell.of(String.join(" ", tokens.subList(0, from)), cell.where(), cell.notes()));
                }
                if (oneLine.isPresent()) {
                    continue; // the labels all go on the organisations' line below
                }
                for (int p = first; p < first + tokens.size() - from; p++) {
                    if (labelAt.containsKey(p)) {
                        cells.add(labelCell(labelAt.get(p), cell, unproven));
                    }
                }
            }
            if (oneLine.isPresent() && r == parts.organisationsRow()) {
                for (RequestsHeaderPieces.Label l : oneLine.get()) {
                    Piece p = pieces.get(l.pieces().get(0));
                    cells.add(labelCell(l.text(), header.get(p.row()).get(p.cell()), unproven));
                }
            }
            if (!cells.isEmpty()) {
                out.add(cells);
            }
        }
        return out;
    }

    /**
     * A label cell where its first piece's cell stands; when no line the pieces share places 自然人, the
     * organisations and 总计 among each other, it carries a note saying so, and the mapper assumes the order.
     */
    private static GridCell labelCell(String label, GridCell at, Optional<String> unproven) {
        if (unproven.isEmpty() || label.equals(RequestsHeaderPieces.GROUP)) {
            return GridCell.of(label, at.where(), at.notes());
        }
        List<CellNote> notes = new ArrayList<>(at.notes());
        notes.add(new CellNote(CellNote.Kind.UNPLACED, label, unproven.get()));
        return GridCell.of(label, at.where(), notes);
    }

    private static List<String> tokens(GridCell cell) {
        String text = cell.text().strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }

    /**
     * Where the cell's tail of pieces starts: a header label printed one space from the note beside it
     * ({@code …第四项之和 自然}) is its last word.
     */
    private static int tailOfPieces(List<String> tokens) {
        int from = tokens.size();
        while (from > 0 && RequestsHeaderPieces.piece(tokens.get(from - 1))) {
            from--;
        }
        return from;
    }
}
