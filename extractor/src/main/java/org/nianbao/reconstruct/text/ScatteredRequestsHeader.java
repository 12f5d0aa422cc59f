package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * Table 三's column header put back together from the pieces poppler scattered among the rows, where
 * the pieces and the rows prove the form's columns; the pieces are taken out either way.
 */
final class ScatteredRequestsHeader {

    private final FormRows form;

    ScatteredRequestsHeader(FormRows form) {
        this.form = form;
    }

    /**
     * The rows with table 三's header put back together where its pieces prove it: poppler prints the
     * header's cells as blocks of their own, wrapped and scattered among the rows' labels and values
     * ({@code 自然人 法人或其他组织} / {@code 一、本年新收…} / {@code 137} / {@code 总计} / {@code 商业企业
     * 科研机构 社会公益 法律服务 其他} / {@code 组织} / {@code 机构}), where the mapper, reading a header
     * only above the first row of values, found few of them and placed every row by assumption.
     *
     * <p>The pieces (text of table 三 that is part of a header label) are joined into labels
     * ({@link RequestsHeaderPieces}: only when every way of joining them gives the form's labels once
     * each, in one order), and the header is read only when
     * <ul>
     *   <li>that order, 总计 aside, is the form's: 自然人, 法人或其他组织, then the five organisations
     *       (a header printed in another order, a page with columns permuted, is left as printed: the
     *       order of separate blocks then proves nothing);</li>
     *   <li>the five organisations' pieces were printed together, no row's label or value among them;</li>
     *   <li>the rows prove 总计 last ({@link TotalByIdentity} on the rows read whole): poppler prints a
     *       cell spanning both header rows anywhere among the pieces, so its place is not shown, and
     *       were it among the others, every column after it would be off by one.</li>
     * </ul>
     * Then the seven columns are put back as one header row above table 三's first row. Either way
     * the pieces are taken out where they were printed: left there, the mapper would read blocks
     * printed in poppler's order as one header row, whose order it trusts (a landscape Chromium print,
     * {@code 法人或其他组织} / {@code 自然} / {@code 人} / {@code 商业 企} / …, had 自然人 placed after the
     * organisations and every row of table 三 one column off, with no finding: red-team case
     * {@code chromium-landscape-default-header-2019.txt}). With no header, the rows are read in the form's
     * order under {@code placement-assumed}.
     */
    List<List<GridCell>> withHeader(List<PrintedItem> items, List<List<GridCell>> rows, Set<GridCell> inOrder) {
        int title = PrintedItem.indexOf(items, it -> it.kind() == Kind.TEXT
                && form.title(it.cell().text()).filter(t -> t == TableId.REQUESTS).isPresent());
        if (title < 0) {
            return rows;
        }
        int end = PrintedItem.indexOf(items, title + 1, it -> it.kind() == Kind.ROW && it.row().table() != TableId.REQUESTS
                || it.kind() == Kind.TEXT && form.title(it.cell().text()).filter(t -> t != TableId.REQUESTS).isPresent());
        end = end < 0 ? items.size() : end;
        List<String> pieces = new ArrayList<>();
        List<Integer> pieceItem = new ArrayList<>();
        Map<Integer, String> rest = new HashMap<>(); // text item → its text without the pieces
        for (int i = title + 1; i < end; i++) {
            PrintedItem it = items.get(i);
            if (it.kind() != Kind.TEXT) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            int before = pieces.size();
            for (String line : it.cell().text().split("\n")) {
                List<String> tokens = List.of(line.strip().split("\\s+"));
                // a header cell printed beside the note on table 三's column (…第四项之和 自然 / ） / 人): its tail
                int from = tokens.size();
                while (from > 0 && RequestsHeaderPieces.piece(tokens.get(from - 1))) {
                    from--;
                }
                for (int k = from; k < tokens.size(); k++) {
                    pieces.add(tokens.get(k));
                    pieceItem.add(i);
                }
                if (from > 0) {
                    kept.add(String.join(" ", tokens.subList(0, from)));
                }
            }
            if (pieces.size() > before) {
                rest.put(i, String.join("\n", kept));
            }
        }
        if (pieces.isEmpty()) {
            return rows;
        }
        Set<GridCell> labelCells = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = title + 1; i < end; i++) {
            if (items.get(i).kind() == Kind.ROW) {
                labelCells.add(items.get(i).cell());
            }
        }
        Optional<List<GridCell>> header = provenHeader(items, rows, pieces, pieceItem, labelCells, inOrder);
        Map<GridCell, String> replaced = new IdentityHashMap<>();
        rest.forEach((i, text) -> replaced.put(items.get(i).cell(), text));
        List<List<GridCell>> out = new ArrayList<>();
        boolean headerPut = header.isEmpty();
        for (List<GridCell> row : rows) {
            if (!headerPut && !row.isEmpty() && labelCells.contains(row.get(0))) {
                out.add(header.get());
                headerPut = true;
            }
            List<GridCell> cells = new ArrayList<>();
            for (GridCell c : row) {
                String text = replaced.containsKey(c) ? replaced.get(c) : c.text();
                if (!text.isBlank()) {
                    cells.add(text.equals(c.text()) ? c : GridCell.of(text, c.where()));
                }
            }
            if (!cells.isEmpty()) {
                out.add(cells);
            }
        }
        return headerPut ? out : rows;
    }

    /**
     * Table 三's seven column headers in the form's order, where the pieces and the rows prove them
     * (above); empty otherwise.
     */
    private static Optional<List<GridCell>> provenHeader(List<PrintedItem> items, List<List<GridCell>> rows, List<String> pieces,
                                                         List<Integer> pieceItem, Set<GridCell> labelCells,
                                                         Set<GridCell> inOrder) {
        Optional<List<RequestsHeaderPieces.Label>> labels = RequestsHeaderPieces.read(pieces);
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        List<RequestsHeaderPieces.Label> read = labels.get().stream().filter(l -> !l.text().equals(RequestsHeaderPieces.TOTAL)).toList();
        if (!read.stream().map(RequestsHeaderPieces.Label::text).toList()
                .equals(RequestsHeaderPieces.LABELS.subList(0, RequestsHeaderPieces.LABELS.size() - 1))) {
            return Optional.empty();
        }
        int orgsFrom = pieceItem.get(read.get(2).pieces().get(0));
        int orgsTo = read.subList(2, read.size()).stream().flatMap(l -> l.pieces().stream())
                .mapToInt(pieceItem::get).max().orElseThrow();
        for (int i = orgsFrom; i <= orgsTo; i++) {
            if (items.get(i).kind() != Kind.TEXT) {
                return Optional.empty(); // a row's label or value among the organisations' pieces: their order proves nothing
            }
        }
        Set<GridCell> evidence = Collections.newSetFromMap(new IdentityHashMap<>());
        evidence.addAll(labelCells);
        evidence.retainAll(inOrder);
        if (!TotalByIdentity.provesLast(readWhole(rows, evidence))) {
            return Optional.empty(); // 总计 may stand among the six, and then so may any of them
        }
        List<GridCell> header = new ArrayList<>();
        for (RequestsHeaderPieces.Label l : labels.get()) {
            if (!l.text().equals(RequestsHeaderPieces.GROUP) && !l.text().equals(RequestsHeaderPieces.TOTAL)) {
                header.add(GridCell.of(l.text(), items.get(pieceItem.get(l.pieces().get(0))).cell().where()));
            }
        }
        header.add(GridCell.of(RequestsHeaderPieces.TOTAL, header.get(header.size() - 1).where()));
        return Optional.of(header);
    }

    /**
     * The rows labelled by {@code labelCells} read with all seven values and none flagged, as numbers
     * in the order printed (a blank mark as 0, templates.md).
     */
    private static List<List<BigDecimal>> readWhole(List<List<GridCell>> rows, Set<GridCell> labelCells) {
        List<List<BigDecimal>> whole = new ArrayList<>();
        for (List<GridCell> row : rows) {
            List<GridCell> values = row.subList(Math.min(1, row.size()), row.size());
            if (row.size() == 8 && labelCells.contains(row.get(0)) && values.stream().allMatch(c -> c.notes().isEmpty()
                    && (CellNumber.number(c).isPresent() || CellNumber.nfkc(c).chars().noneMatch(Character::isDigit)))) {
                whole.add(values.stream().map(RequestsRowIdentity::term).toList());
            }
        }
        return whole;
    }
}
