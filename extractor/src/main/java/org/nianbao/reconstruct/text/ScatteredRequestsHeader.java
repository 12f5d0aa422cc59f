package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * Table 三's column header put back together from the pieces poppler scattered among the rows, in the
 * order the pieces, their lines and the rows prove, or in the form's order with the cells another
 * order would change flagged; the pieces are taken out either way.
 */
final class ScatteredRequestsHeader {

    private final FormRows form;

    ScatteredRequestsHeader(FormRows form) {
        this.form = form;
    }

    /**
     * The rows with table 三's header put back together from its pieces: poppler prints the
     * header's cells as blocks of their own, wrapped and scattered among the rows' labels and values
     * ({@code 自然人 法人或其他组织} / {@code 一、本年新收…} / {@code 137} / {@code 总计} / {@code 商业企业
     * 科研机构 社会公益 法律服务 其他} / {@code 组织} / {@code 机构}), where the mapper, reading a header
     * only above the first row of values, found few of them and placed every row by assumption.
     *
     * <p>The pieces (text of table 三 that is part of a header label) are joined into labels
     * ({@link RequestsHeaderPieces}: only when every way of joining them gives the form's labels once
     * each), and the columns' order is read from them where it is proven, or the form's is taken with
     * its doubts marked at the cells ({@link #header}); where the form's order is not among those the
     * text allows, no header is read. The seven columns are put back as one header row above table 三's
     * first row. Either way
     * the pieces are taken out where they were printed: left there, the mapper would read blocks
     * printed in poppler's order as one header row, whose order it trusts (a landscape Chromium print,
     * {@code 法人或其他组织} / {@code 自然} / {@code 人} / {@code 商业 企} / …, had 自然人 placed after the
     * organisations and every row of table 三 one column off, with no finding: red-team case
     * {@code chromium-landscape-default-header-2019.txt}). With no header, the rows are read in the form's
     * order under {@code placement-assumed}.
     */
    List<List<GridCell>> withHeader(List<PrintedItem> items, List<List<GridCell>> rows, Set<GridCell> inOrder) {
        Optional<Found> found = find(items, rows, inOrder);
        if (found.isEmpty()) {
            return rows;
        }
        Optional<Header> header = found.get().header();
        Map<GridCell, String> replaced = found.get().rests();
        List<List<GridCell>> out = new ArrayList<>();
        boolean headerPut = header.isEmpty();
        for (List<GridCell> row : rows) {
            boolean requestsRow = !row.isEmpty() && found.get().labelCells().contains(row.get(0));
            if (!headerPut && requestsRow) {
                out.add(header.get().cells());
                headerPut = true;
            }
            List<GridCell> cells = new ArrayList<>();
            for (GridCell c : row) {
                String text = replaced.containsKey(c) ? replaced.get(c) : c.text();
                if (!text.isBlank()) {
                    cells.add(text.equals(c.text()) ? c : GridCell.of(text, c.where()));
                }
            }
            if (requestsRow && header.isPresent()) {
                cells = header.get().scoped(cells);
            }
            if (!cells.isEmpty()) {
                out.add(cells);
            }
        }
        return headerPut ? out : rows;
    }

    /**
     * Table 三 as another reader rebuilt it ({@link LabelsAheadOfValues}: the k-th run of seven values as the
     * k-th row, where several rows' labels were printed together), with the header the pieces give put above
     * its first row and its rows' doubts marked as in {@link #withHeader}. That reader takes every text block
     * of the table out, the header's pieces with them, and reads a header only where poppler printed its
     * eight cells whole, in the form's order; the order of the columns is a fact of the page, the same
     * whichever reader placed the values in the order printed, so the pieces' header holds for its rows too
     * (before, such tables were read under a row-level {@code placement-assumed} although their header's
     * pieces proved the form's order: 4 of seed 7319's 30 {@code tool-pdftotext} texts). A table that
     * reader gave a header keeps it.
     */
    List<List<GridCell>> onto(List<List<GridCell>> reread, List<PrintedItem> items, List<List<GridCell>> rows,
                              Set<GridCell> inOrder) {
        Optional<Header> header = find(items, rows, inOrder).flatMap(Found::header);
        if (header.isEmpty()) {
            return reread;
        }
        List<List<GridCell>> out = new ArrayList<>();
        boolean inTable = false;
        boolean headerPut = false;
        for (List<GridCell> row : reread) {
            Optional<TableId> title = row.isEmpty() ? Optional.empty() : form.title(row.get(0).text());
            if (title.isPresent() && form.row(row.get(0).text()).isEmpty()) {
                inTable = title.get() == TableId.REQUESTS;
            }
            boolean labels = row.stream().allMatch(c -> RequestsHeaderPieces.LABELS.contains(c.text().strip()));
            if (inTable && labels && !row.isEmpty()) {
                return reread; // the other reader's header, printed whole in the form's order
            }
            // every row of the table with a label and seven values, whether or not its label as that reader
            // cut it names a row here (4.保护第三方合法权益商业企业: the mapper still matches it), so none is read
            // under the header without the doubts another order leaves
            boolean requestsRow = inTable && !labels && row.size() == RequestsColumnOrders.FORM.size() + 1;
            if (requestsRow && !headerPut) {
                out.add(header.get().cells());
                headerPut = true;
            }
            out.add(requestsRow ? header.get().scoped(row) : row);
        }
        return headerPut ? out : reread;
    }

    /**
     * What the pieces of table 三's header say, when the text has any: the header (empty where none is
     * read), each text item that held pieces used with its text without them, and the labels of table
     * 三's rows as printed.
     */
    private record Found(Optional<Header> header, Map<GridCell, String> rests, Set<GridCell> labelCells) {
    }

    private Optional<Found> find(List<PrintedItem> items, List<List<GridCell>> rows, Set<GridCell> inOrder) {
        int title = PrintedItem.indexOf(items, it -> it.kind() == Kind.TEXT
                && form.title(it.cell().text()).filter(t -> t == TableId.REQUESTS).isPresent());
        if (title < 0) {
            return Optional.empty();
        }
        int end = PrintedItem.indexOf(items, title + 1, it -> it.kind() == Kind.ROW && it.row().table() != TableId.REQUESTS
                || it.kind() == Kind.TEXT && form.title(it.cell().text()).filter(t -> t != TableId.REQUESTS).isPresent());
        end = end < 0 ? items.size() : end;
        int firstRow = PrintedItem.indexOf(items, title + 1, it -> it.kind() == Kind.ROW);
        List<Piece> all = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        Set<Location> pieceLines = new HashSet<>();
        boolean refilled = false;
        for (int i = title + 1; i < end; i++) {
            PrintedItem it = items.get(i);
            if (it.kind() == Kind.ROW) {
                // a row's label stands in the table's first column, left of every header cell: after
                // header pieces on one line, it was joined to them by a refill
                refilled |= pieceLines.contains(it.cell().where());
            }
            if (it.kind() != Kind.TEXT) {
                continue;
            }
            for (String line : it.cell().text().split("\n")) {
                List<String> tokens = noteBracketBefore(List.of(line.strip().split("\\s+")));
                // a header cell printed beside the note on table 三's column (…第四项之和 自然 / ） / 人): its tail
                int from = tokens.size();
                while (from > 0 && RequestsHeaderPieces.piece(tokens.get(from - 1))) {
                    from--;
                }
                if (from < tokens.size()) {
                    pieceLines.add(it.cell().where());
                }
                // other text (the note on the columns, in the first column) after a header piece: joined too
                refilled |= tokens.subList(0, from).stream().anyMatch(RequestsHeaderPieces::piece);
                for (int k = from; k < tokens.size(); k++) {
                    all.add(new Piece(tokens.get(k), i, lines.size(), from > 0 && firstRow >= 0 && i > firstRow));
                }
                lines.add(new TextLine(i, tokens, from));
            }
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Set<GridCell> labelCells = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = title + 1; i < end; i++) {
            if (items.get(i).kind() == Kind.ROW) {
                labelCells.add(items.get(i).cell());
            }
        }
        List<Piece> used = all;
        Optional<Header> header = header(items, rows, used, labelCells, inOrder, refilled);
        if (header.isEmpty() && all.stream().anyMatch(Piece::stray)) {
            // a row label's wrapped end printed beside a group label among the rows ((三)不 益, of 4.保护第三方合法权益)
            // looks like a piece of 社会公益组织; the header is read without such tails where it is not with them
            List<Piece> kept = all.stream().filter(p -> !p.stray()).toList();
            Optional<Header> without = header(items, rows, kept, labelCells, inOrder, refilled);
            if (without.isPresent()) {
                header = without;
                used = kept;
            }
        }
        Map<GridCell, String> replaced = new IdentityHashMap<>();
        rests(lines, used).forEach((i, text) -> replaced.put(items.get(i).cell(), text));
        return Optional.of(new Found(header, replaced, labelCells));
    }

    /**
     * Table 三's header row, where the pieces name the form's labels and the text proves an order, or
     * leaves open several orders among which the form's is (then the cells the other orders would
     * give other values are noted); empty otherwise.
     *
     * <p>Two proofs, either suffices. The print order (pdfdef12): the labels' first pieces printed in
     * the form's order, the organisations' pieces together, and the rows proving 总计 last; the lines
     * must not contradict it. The lines ({@link RequestsColumnOrders}, chr18): labels with pieces on one
     * line stand in that order on the page, the five organisations stand together under their group,
     * and 总计 is last where the rows prove it; the header is read when one order is left (the form's
     * or another). Where several are left and the form's is one of them, the rows are read in the
     * form's order and each cell that another order left would fill with another value is noted
     * ({@link CellNote#columnAssumed}): a row of zeros, or a cell whose neighbours under every other
     * order hold the same value, is read without a doubt that could not change it.
     */
    private static Optional<Header> header(List<PrintedItem> items, List<List<GridCell>> rows, List<Piece> printed,
                                           Set<GridCell> labelCells, Set<GridCell> inOrder, boolean refilled) {
        List<String> pieces = printed.stream().map(Piece::text).toList();
        List<Integer> pieceItem = printed.stream().map(Piece::item).toList();
        // refilled text's lines are not the page's: each piece is then a line of its own, proving no order
        List<Integer> pieceLine = refilled ? IntStream.range(0, printed.size()).boxed().toList()
                : printed.stream().map(Piece::line).toList();
        Optional<List<List<RequestsHeaderPieces.Label>>> joinings = RequestsHeaderPieces.readAll(pieces);
        if (joinings.isEmpty()) {
            return Optional.empty();
        }
        List<RequestsHeaderPieces.Label> labels = joinings.get().get(0);
        Set<GridCell> evidence = Collections.newSetFromMap(new IdentityHashMap<>());
        evidence.addAll(labelCells);
        evidence.retainAll(inOrder);
        boolean totalLast = TotalByIdentity.provesLast(readWhole(rows, evidence));
        // each way of joining the pieces puts them on the lines as other labels; any may be the page's
        Set<List<String>> union = new LinkedHashSet<>();
        joinings.get().forEach(j -> union.addAll(RequestsColumnOrders.allowed(lineLabels(j, pieceLine), totalLast)));
        List<List<String>> allowed = List.copyOf(union);
        Map<String, GridCell> at = new HashMap<>();
        for (RequestsHeaderPieces.Label l : labels) {
            at.put(l.text(), items.get(pieceItem.get(l.pieces().get(0))).cell());
        }
        List<String> form = RequestsColumnOrders.FORM;
        if (allowed.contains(form) && totalLast && printedInFormOrder(items, labels, pieceItem)) {
            return Optional.of(new Header(cells(form, at), List.of(form)));
        }
        Optional<List<String>> proven = RequestsColumnOrders.proven(allowed);
        if (proven.isPresent()) {
            return Optional.of(new Header(cells(proven.get(), at), allowed));
        }
        return allowed.contains(form) ? Optional.of(new Header(cells(form, at), allowed)) : Optional.empty();
    }

    /**
     * True when the labels' first pieces were printed in the form's order (总计 aside) and the
     * organisations' pieces together, no row's label or value among them (pdfdef12's proof, with the
     * rows proving 总计 last).
     */
    private static boolean printedInFormOrder(List<PrintedItem> items, List<RequestsHeaderPieces.Label> labels,
                                              List<Integer> pieceItem) {
        List<RequestsHeaderPieces.Label> read = labels.stream().filter(l -> !l.text().equals(RequestsHeaderPieces.TOTAL)).toList();
        if (!read.stream().map(RequestsHeaderPieces.Label::text).toList()
                .equals(RequestsHeaderPieces.LABELS.subList(0, RequestsHeaderPieces.LABELS.size() - 1))) {
            return false;
        }
        int orgsFrom = pieceItem.get(read.get(2).pieces().get(0));
        int orgsTo = read.subList(2, read.size()).stream().flatMap(l -> l.pieces().stream())
                .mapToInt(pieceItem::get).max().orElseThrow();
        for (int i = orgsFrom; i <= orgsTo; i++) {
            if (items.get(i).kind() != Kind.TEXT) {
                return false; // a row's label or value among the organisations' pieces: their order proves nothing
            }
        }
        return true;
    }

    /**
     * The line's words with a closing bracket glued to the last one put back on the word before it, where
     * the last word without it is a piece: the stub's note wraps its bracket onto the line below the
     * piece printed beside it ({@code …第四项之和 自然} / {@code ）} / {@code 人}), and the bracket, put back at
     * the end of the line before (WrappedClosingBracket), ends up on the piece ({@code 自然）}), which then
     * named nothing: no header was read, and every row of table 三 stayed under {@code placement-assumed}
     * (2 of seed 7319's 30 {@code tool-pdftotext} texts, 27 rows).
     */
    private static List<String> noteBracketBefore(List<String> tokens) {
        int last = tokens.size() - 1;
        String word = tokens.get(last);
        String bare = word.replaceFirst("[）)]+$", "");
        if (last == 0 || bare.equals(word) || !RequestsHeaderPieces.piece(bare)) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens);
        out.set(last - 1, tokens.get(last - 1) + word.substring(bare.length()));
        out.set(last, bare);
        return out;
    }

    /** The labels of each header line's pieces, left to right, one line after another. */
    private static List<List<String>> lineLabels(List<RequestsHeaderPieces.Label> labels, List<Integer> pieceLine) {
        String[] labelOf = new String[pieceLine.size()];
        for (RequestsHeaderPieces.Label l : labels) {
            l.pieces().forEach(p -> labelOf[p] = l.text());
        }
        Map<Integer, List<String>> byLine = new java.util.TreeMap<>();
        for (int p = 0; p < labelOf.length; p++) {
            byLine.computeIfAbsent(pieceLine.get(p), k -> new ArrayList<>()).add(labelOf[p]);
        }
        return List.copyOf(byLine.values());
    }

    /** The header's cells in {@code order}, each where its label's first piece was printed (总计 beside the last one when not printed). */
    private static List<GridCell> cells(List<String> order, Map<String, GridCell> at) {
        List<GridCell> header = new ArrayList<>();
        GridCell last = at.values().iterator().next();
        for (String label : order) {
            last = at.getOrDefault(label, last);
            header.add(GridCell.of(label, last.where()));
        }
        return header;
    }

    /**
     * A token of table 三's text that may be part of a header label: its item, its line (numbered
     * through the table's text items) and whether it is a line's tail printed among the rows after
     * other text (a row label's wrapped end may look like a piece).
     */
    private record Piece(String text, int item, int line, boolean stray) {
    }

    /** A line of one of table 三's text items: its words, those from {@code from} on pieces. */
    private record TextLine(int item, List<String> tokens, int from) {
    }

    /** Each text item that held pieces used, with its text without them. */
    private static Map<Integer, String> rests(List<TextLine> lines, List<Piece> used) {
        Set<Integer> usedLines = new HashSet<>();
        used.forEach(p -> usedLines.add(p.line()));
        Set<Integer> items = new HashSet<>();
        usedLines.forEach(l -> items.add(lines.get(l).item()));
        Map<Integer, List<String>> kept = new HashMap<>();
        for (int l = 0; l < lines.size(); l++) {
            TextLine line = lines.get(l);
            if (items.contains(line.item())) {
                List<String> words = usedLines.contains(l) ? line.tokens().subList(0, line.from()) : line.tokens();
                List<String> itemLines = kept.computeIfAbsent(line.item(), k -> new ArrayList<>());
                if (!words.isEmpty()) {
                    itemLines.add(String.join(" ", words));
                }
            }
        }
        Map<Integer, String> rest = new HashMap<>();
        kept.forEach((item, text) -> rest.put(item, String.join("\n", text)));
        return rest;
    }

    /**
     * Table 三's header row put back, and the orders of its columns the text leaves open (only the one
     * the row reads, when it is proven).
     */
    private record Header(List<GridCell> cells, List<List<String>> allowed) {

        /**
         * A row of table 三 (label, then its values as placed) with each value that another order left
         * open would give another value noted; a row that is not its label and seven values has every
         * value noted that nothing else flags, since which of them moves cannot be told.
         */
        List<GridCell> scoped(List<GridCell> row) {
            if (allowed.size() <= 1) {
                return row;
            }
            List<String> values = row.subList(1, row.size()).stream().map(CellNumber::nfkc).toList();
            List<GridCell> out = new ArrayList<>(List.of(row.get(0)));
            for (int p = 1; p < row.size(); p++) {
                GridCell c = row.get(p);
                String column = p - 1 < RequestsColumnOrders.FORM.size() ? RequestsColumnOrders.FORM.get(p - 1) : "";
                List<String> may = values.size() != RequestsColumnOrders.FORM.size() ? List.of()
                        : allowed.stream().map(o -> values.get(o.indexOf(column))).distinct().toList();
                out.add(!c.notes().isEmpty() || may.size() == 1 ? c : c.noted(CellNote.columnAssumed(
                        String.join(", ", may), "the header's pieces, printed on lines of their own, do not show "
                                + "where each of its columns stands (" + allowed.size() + " orders of "
                                + String.join(" ", RequestsColumnOrders.FORM) + " fit them); read in the form's order")));
            }
            return out;
        }
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
