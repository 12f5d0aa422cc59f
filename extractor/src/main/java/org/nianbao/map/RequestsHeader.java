package org.nianbao.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.reconstruct.TextSpan;
import org.nianbao.reconstruct.text.RequestsHeaderPart;

/**
 * The column order table 三's header prints. The form has two levels — 自然人, 法人或其他组织 (over
 * 商业企业 … 其他) and 总计 — and reports print them in other orders too (科研机构 before 商业企业,
 * 总计 first), so values are placed by the header wherever it can be read.
 *
 * <p>The order of header cells within one row is trusted, the order between rows is not (a 总计
 * merged over three header rows starts on the row above 自然人; a box-drawn table rebuilt from text
 * may keep rows but not their columns), so between rows the form's order stands. Where text lost
 * the table structure, a 总计 printed before other columns is read as printed but placed by
 * assumption, since a merged cell flattened into one line looks the same.
 */
final class RequestsHeader {

    /**
     * A header cell that names a column (a column id) or the group 法人或其他组织.
     *
     * @param row the source row it stands in
     * @param seq its place in reading order (its first piece's)
     * @param at the character columns it stands in, in text laid out by position (empty elsewhere)
     * @param pieces how many printed pieces it was joined from: the lines its label is wrapped over
     * @param apart whether other header cells were printed between its pieces: the text prints a page's lines
     *     across the header's cells ({@code 商业} / {@code 科研} / {@code 企业} / {@code 机构}), not cell after cell
     */
    record Token(String id, int row, int seq, Optional<TextSpan> at, int pieces, boolean apart, List<Piece> printed) {

        Token {
            printed = List.copyOf(printed);
        }

        /** A label whose pieces' own lines are not known: its first piece's stands for them all. */
        Token(String id, int row, int seq, Optional<TextSpan> at, int pieces, boolean apart) {
            this(id, row, seq, at, pieces, apart, List.of(new Piece(row, at)));
        }

        /** A header cell printed whole. */
        Token(String id, int row, int seq, Optional<TextSpan> at) {
            this(id, row, seq, at, 1, false);
        }
    }

    /**
     * One printed piece of a header label: the source row (line) it stands on and, in text laid out by
     * position, its character columns.
     */
    record Piece(int row, Optional<TextSpan> at) {
    }

    /** The columns to read by, and how the header contradicts the form (empty when it does not). */
    record Reading(Optional<ColumnMap> columns, String contradiction) {
    }

    private static final String NATURAL = "natural_person";
    private static final String TOTAL = "total";

    private final List<String> form;
    private final List<Token> tokens = new ArrayList<>();
    private boolean inColumns;
    private boolean byColumns;
    private Optional<String> unplaced = Optional.empty();

    /** @param form the column ids in the form's order: 自然人, five organisations, 总计 */
    RequestsHeader(List<String> form) {
        this.form = List.copyOf(form);
    }

    void add(Token token) {
        tokens.add(token);
    }

    /**
     * Says that the header was printed cell by cell between the same separators as the values
     * (Debian html2text, whose cut labels were read): every column has a header cell where its values
     * stand, so a column the header does not name can only trade places with another unnamed one.
     */
    void printedInColumns() {
        inColumns = true;
    }

    /**
     * Says that the header's labels were read from the character columns of their fragments, each
     * label's pieces tied by shared lines to its neighbours' ({@link StackedHeader}): the order they
     * stand in is the page's, a 总计 printed first included, and is no merged cell flattened out of place.
     */
    void orderedByColumns() {
        byColumns = true;
    }

    /**
     * Says that the reader that joined the header's labels from pieces could not place its parts among each
     * other ({@code CellNote.Kind.UNPLACED} on a label: no line holds pieces of 自然人, the organisations and
     * 总计 side by side), so whatever order the labels are read in is an assumption.
     *
     * @param why the reader's words
     */
    void unplaced(String why) {
        unplaced = Optional.of(why);
    }

    /** @param exact whether the grid's positions are exact (HTML, Word, ruled PDF) rather than flattened text */
    Reading read(boolean exact) {
        List<Token> leaves = tokens.stream().filter(t -> form.contains(t.id())).toList();
        if (leaves.isEmpty()) {
            return new Reading(Optional.of(ColumnMap.assumed(form,
                    "no column header was found above the values; they were read in the form's column order")), "");
        }
        Optional<List<Token>> distinct = distinct(leaves);
        if (distinct.isEmpty()) {
            return contradiction("the header names a column more than once ("
                    + String.join(", ", leaves.stream().map(Token::id).toList()) + ")");
        }
        List<Token> printed = printedOrder(distinct.get());
        List<String> order = printed.stream().map(Token::id).toList();
        List<String> missing = form.stream().filter(id -> !order.contains(id)).toList();
        if (!missing.isEmpty()) {
            Optional<List<String>> underGroup = orgsUnderGroup(distinct.get(), missing);
            if (underGroup.isPresent()) {
                return new Reading(Optional.of(new ColumnMap(underGroup.get(), form.stream().map(c -> "").toList(),
                        underGroup.get().stream().map(order::contains).toList(), "the header prints 法人或其他组织 but "
                        + "none of its organisations' labels could be read; they were read in the form's order under "
                        + "it, and 自然人 and 总计 where their labels stand: " + String.join(", ", underGroup.get()),
                        exact || inColumns)), "");
            }
            List<String> formPresent = form.stream().filter(order::contains).toList();
            if (!formPresent.equals(order)) {
                return contradiction("the header prints " + String.join(", ", order)
                        + " — another order than the form's — and lacks " + String.join(", ", missing));
            }
            List<Boolean> named = form.stream().map(order::contains).toList();
            return new Reading(Optional.of(new ColumnMap(form, form.stream().map(c -> "").toList(), named,
                    "the header does not name " + String.join(", ", missing)
                            + "; the columns were read in the form's order", exact || inColumns)), "");
        }
        if (!exact && orgsAtDifferentHeights(distinct.get(), order)) {
            return new Reading(Optional.of(ColumnMap.assumed(form, "the header's organisations were joined from "
                    + "pieces printed among each other's (a page's lines read across the header's cells) and are "
                    + "wrapped over different numbers of lines, so they stand at different heights and their reading "
                    + "order (" + String.join(", ", order) + ") proves no column order; read in the form's order")), "");
        }
        if (!exact && orgsOrderUnproven(distinct.get(), order)) {
            return new Reading(Optional.of(ColumnMap.assumed(form, "the header prints the organisations on several "
                    + "lines, in another order than the form's when read line by line (" + String.join(", ", order)
                    + "), and where each stands on the page is not established; read in the form's order")), "");
        }
        Optional<List<String>> asLabelsSay = exact ? Optional.empty() : naturalMovedByGroup(distinct.get(), order);
        if (asLabelsSay.isPresent()) {
            return new Reading(Optional.of(ColumnMap.assumed(asLabelsSay.get(), "the header prints 自然人 "
                    + (asLabelsSay.get().indexOf(NATURAL) == 0 ? "before" : "among") + " the organisations but "
                    + "法人或其他组织 before 自然人, which text that lost its table structure also shows for a merged "
                    + "cell printed out of its place; read with 自然人 where its label stands: "
                    + String.join(", ", asLabelsSay.get()))), "");
        }
        if (!exact && !byColumns && !order.get(order.size() - 1).equals(TOTAL) && !order.equals(form)
                && !RequestsHeaderLines.of(distinct.get()).show(order)) {
            return new Reading(Optional.of(ColumnMap.assumed(order, "the header puts 总计 before other columns, "
                    + "which text that lost its table structure also shows for a merged 总计 cell; read in the "
                    + "header's order " + String.join(", ", order))), "");
        }
        if (!exact && !byColumns && RequestsHeaderLines.of(distinct.get()).contradict(order)) {
            return new Reading(Optional.of(ColumnMap.assumed(order, "the header's labels are wrapped over lines, and "
                    + "where pieces of 自然人, the organisations and 总计 share a line they stand in another order than "
                    + "the one the labels are read in (" + String.join(", ", order) + "), which the lines leave unplaced; "
                    + "read so by assumption")), "");
        }
        if (!exact && unplaced.isPresent()) {
            return new Reading(Optional.of(ColumnMap.assumed(order, unplaced.get() + "; read in the order "
                    + String.join(", ", order))), "");
        }
        return new Reading(Optional.of(ColumnMap.named(order)), "");
    }

    /**
     * True when the organisations stand on more than one line, no column order places them (their
     * character columns overlap, or some have none) and their reading order is not the form's. The
     * order between rows is not trusted (class comment): pdftohtml of a landscape print merges
     * 商业企业 and 科研机构 into one block a line below 社会公益组织 and 法律服务机构, and line by
     * line the two wrapped labels came first, every row's organisations permuted with its total
     * still holding.
     */
    private boolean orgsOrderUnproven(List<Token> leaves, List<String> order) {
        List<Token> orgs = leaves.stream().filter(t -> !t.id().equals(NATURAL) && !t.id().equals(TOTAL)).toList();
        List<String> printedOrgs = order.stream().filter(id -> !id.equals(NATURAL) && !id.equals(TOTAL)).toList();
        List<String> formOrgs = form.stream().filter(printedOrgs::contains).toList();
        return orgs.stream().map(Token::row).distinct().count() > 1 && byColumn(orgs).isEmpty()
                && !printedOrgs.equals(formOrgs);
    }

    /**
     * True when the organisations' labels were joined from pieces printed among other header cells' pieces,
     * wrapped over different numbers of lines, no column order places them, and their reading order is not
     * the form's. Such text prints a page's lines across the cells (one word a line: {@code pdftotext -bbox}
     * words, pdfplumber, PyMuPDF), whatever line each piece stood on is lost, and a label wrapped over three
     * lines, centred in its cell, starts a line above one wrapped over two: at 110 % a Chromium print's
     * 社会 / 法律 came a line before 商业 / 科研, and read in that order every row's four middle figures went to
     * the wrong organisations, their sum holding (red team 18b). Labels wrapped over as many lines stand at
     * the same heights, and their pieces' order is the page's.
     */
    private boolean orgsAtDifferentHeights(List<Token> leaves, List<String> order) {
        List<Token> orgs = leaves.stream().filter(t -> !t.id().equals(NATURAL) && !t.id().equals(TOTAL)).toList();
        List<String> printedOrgs = order.stream().filter(id -> !id.equals(NATURAL) && !id.equals(TOTAL)).toList();
        return orgs.stream().anyMatch(Token::apart) && orgs.stream().map(Token::pieces).distinct().count() > 1
                && byColumn(orgs).isEmpty() && !printedOrgs.equals(form.stream().filter(printedOrgs::contains).toList());
    }

    /**
     * The character columns a label joined from pieces stands in: from the first piece's start to the
     * furthest end, when every piece has columns on one page (a label wrapped in its cell, or its
     * words cut apart); else the first piece's. A label is where all its words are: given only its
     * first piece's columns, {@code 商业} / {@code 企业} set two column stops apart (a merged pdftohtml
     * block cut at every space) looked one column wide, and a column order could be read from labels
     * that in fact overlap it.
     */
    static Optional<TextSpan> across(List<Optional<TextSpan>> pieces) {
        if (pieces.isEmpty() || pieces.stream().anyMatch(Optional::isEmpty)
                || pieces.stream().map(p -> p.get().page()).distinct().count() > 1) {
            return pieces.isEmpty() ? Optional.empty() : pieces.get(0);
        }
        TextSpan first = pieces.get(0).get();
        int start = pieces.stream().mapToInt(p -> p.get().start()).min().orElseThrow();
        int end = pieces.stream().mapToInt(p -> p.get().end()).max().orElseThrow();
        return Optional.of(new TextSpan(first.page(), start, end));
    }

    /**
     * The order with 自然人 put back where its own label stands among the organisations', when on a
     * line of text it stands elsewhere only because 法人或其他组织 was printed before it: pdftotext's
     * default mode prints that merged cell, joined with the text beside it (申请人情况 … 勾稽关系),
     * as a block before 自然人 on a landscape page, and the organisations would be put before
     * 自然人, every row shifted one column with its total still holding. The group's place then
     * proves nothing, and neither does the labels' (the order is assumed, with a warning).
     */
    private Optional<List<String>> naturalMovedByGroup(List<Token> leaves, List<String> order) {
        if (leaves.stream().map(Token::row).distinct().count() != 1
                || tokens.stream().noneMatch(t -> t.id().equals(LabelBook.ORG_GROUP))) {
            return Optional.empty();
        }
        List<String> bySeq = leaves.stream().sorted(Comparator.comparingInt(Token::seq)).map(Token::id)
                .filter(id -> !id.equals(TOTAL)).toList();
        List<String> inOrder = order.stream().filter(id -> !id.equals(TOTAL)).toList();
        if (bySeq.indexOf(NATURAL) < 0 || bySeq.indexOf(NATURAL) == inOrder.indexOf(NATURAL)) {
            return Optional.empty();
        }
        List<String> moved = new ArrayList<>(inOrder);
        moved.remove(NATURAL);
        moved.add(bySeq.indexOf(NATURAL), NATURAL);
        if (order.contains(TOTAL)) {
            moved.add(order.indexOf(TOTAL), TOTAL);
        }
        return Optional.of(moved);
    }

    /**
     * The columns as 自然人, 总计 and 法人或其他组织 stand on one header line, the organisations (none of whose
     * labels was read) in the form's order where the group stands, when that is not the form's order: Debian
     * html2text cuts the organisations' labels by bytes ({@code |商业�|}), and of a table 三 printed 自然人, 总计,
     * then the organisations, the form's order put 总计 under the last organisation's values, with no finding
     * since 总计 was named (red team rti: 8 cells silent). Empty otherwise.
     */
    private Optional<List<String>> orgsUnderGroup(List<Token> leaves, List<String> missing) {
        List<String> orgIds = form.stream().filter(id -> !id.equals(NATURAL) && !id.equals(TOTAL)).toList();
        Optional<Token> group = tokens.stream().filter(t -> t.id().equals(LabelBook.ORG_GROUP)).findFirst();
        if (group.isEmpty() || !missing.equals(orgIds) || leaves.stream().anyMatch(t -> t.row() != group.get().row())) {
            return Optional.empty();
        }
        List<Token> top = new ArrayList<>(leaves);
        top.add(group.get());
        top.sort(Comparator.comparingInt(Token::seq));
        List<String> ids = new ArrayList<>();
        for (Token t : top) {
            if (t == group.get()) {
                ids.addAll(orgIds);
            } else {
                ids.add(t.id());
            }
        }
        if (ids.size() != form.size() || ids.equals(form)) {
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    /** A header that contradicts the form: the form's order, every column assumed, and why. */
    private Reading contradiction(String why) {
        return new Reading(Optional.of(ColumnMap.assumed(form, why + "; the values were read in the form's order")), why);
    }

    /** Each column once; a header printed twice over (a repeated header line) counts once. */
    private static Optional<List<Token>> distinct(List<Token> leaves) {
        Map<String, Token> first = new LinkedHashMap<>();
        for (Token t : leaves) {
            first.putIfAbsent(t.id(), t);
        }
        if (first.size() < leaves.size()) {
            List<String> ids = leaves.stream().map(Token::id).toList();
            List<String> once = List.copyOf(first.keySet());
            if (ids.size() % once.size() != 0) {
                return Optional.empty();
            }
            for (int i = 0; i < ids.size(); i++) {
                if (!ids.get(i).equals(once.get(i % once.size()))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(List.copyOf(first.values()));
    }

    /**
     * The printed order: the organisations in the order they are printed, put where 法人或其他组织
     * stands; 自然人, that group and 总计 ordered as printed where they share a row, else as the lines their
     * wrapped labels' pieces share put them ({@link RequestsHeaderLines}: a laid-out page, one order left), else
     * as the form orders them.
     */
    private List<Token> printedOrder(List<Token> leaves) {
        Optional<List<Token>> byColumn = byColumn(leaves);
        if (byColumn.isPresent()) {
            return byColumn.get();
        }
        List<Token> orgs = leaves.stream().filter(t -> !t.id().equals(NATURAL) && !t.id().equals(TOTAL))
                .sorted(Comparator.comparingInt(Token::seq)).toList();
        // the organisations left to right where they stand on one page, even when 自然人 or 总计 stand
        // on another (a header broken by a page break: pdftohtml prints 社会公益组织, wrapped over three
        // lines, a line above 商业企业, and reading order put it first; the identities cannot see it)
        List<Token> orgsPrinted = byColumn(orgs).orElse(orgs);
        Optional<List<RequestsHeaderPart>> shown = RequestsHeaderLines.of(leaves).order();
        if (shown.isPresent()) {
            // labels wrapped over lines of a laid-out page, their pieces sharing lines: the order those lines allow
            List<Token> out = new ArrayList<>();
            for (RequestsHeaderPart p : shown.get()) {
                switch (p) {
                    case NATURAL -> leaves.stream().filter(t -> t.id().equals(NATURAL)).findFirst().ifPresent(out::add);
                    case ORGANISATIONS -> out.addAll(orgsPrinted);
                    case TOTAL -> leaves.stream().filter(t -> t.id().equals(TOTAL)).findFirst().ifPresent(out::add);
                }
            }
            return out;
        }
        Optional<Token> group = tokens.stream().filter(t -> t.id().equals(LabelBook.ORG_GROUP)).findFirst();
        boolean singleLine = leaves.stream().map(Token::row).distinct().count() == 1;
        if (group.isEmpty() && singleLine) {
            return leaves.stream().sorted(Comparator.comparingInt(Token::seq)).toList();
        }
        // the group stands for the organisations: where it is printed, else where the first of them is
        Optional<Token> orgsAt = group.or(() -> orgs.stream().findFirst());
        List<Token> top = new ArrayList<>();
        leaves.stream().filter(t -> t.id().equals(NATURAL)).findFirst().ifPresent(top::add);
        orgsAt.ifPresent(top::add);
        leaves.stream().filter(t -> t.id().equals(TOTAL)).findFirst().ifPresent(top::add);
        List<Token> sorted = new ArrayList<>();
        for (Token t : top) {
            int at = sorted.size();
            while (at > 0 && before(t, sorted.get(at - 1), orgsAt)) {
                at--;
            }
            sorted.add(at, t);
        }
        List<Token> out = new ArrayList<>();
        for (Token t : sorted) {
            if (orgsAt.isPresent() && t == orgsAt.get()) {
                out.addAll(orgsPrinted);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The columns left to right where every one stands in character columns of its own on one page
     * (text laid out by position: {@code pdftotext -layout}, {@code pdftohtml}). There the page shows
     * the order, whatever the reading order of header lines at different heights: pdftohtml prints
     * 社会公益组织 and 法律服务机构, wrapped over three lines, on a line above 商业企业 and 科研机构,
     * wrapped over two, and their reading order put them first.
     */
    private static Optional<List<Token>> byColumn(List<Token> leaves) {
        if (leaves.stream().anyMatch(t -> t.at().isEmpty())) {
            return Optional.empty();
        }
        List<TextSpan> spans = leaves.stream().map(t -> t.at().get()).toList();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                TextSpan a = spans.get(i);
                TextSpan b = spans.get(j);
                if (a.page() != b.page() || a.start() < b.end() && b.start() < a.end()) {
                    return Optional.empty(); // labels run together in one cell, or columns that overlap
                }
            }
        }
        return Optional.of(leaves.stream().sorted(Comparator.comparingInt(t -> t.at().get().start())).toList());
    }

    /** True when {@code a} comes before {@code b}: as printed on a shared line, else in the form's order. */
    private boolean before(Token a, Token b, Optional<Token> orgsAt) {
        if (a.row() == b.row()) {
            return a.seq() < b.seq();
        }
        return formIndex(a, orgsAt) < formIndex(b, orgsAt);
    }

    private int formIndex(Token t, Optional<Token> orgsAt) {
        return orgsAt.isPresent() && t == orgsAt.get() ? 1 : form.indexOf(t.id());
    }
}
