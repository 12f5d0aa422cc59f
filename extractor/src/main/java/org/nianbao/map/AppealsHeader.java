package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The order table 四's header prints: which of 行政复议, 未经复议直接起诉 and 复议后起诉 comes first,
 * and the order of 结果维持 … 总计 under each. Orders between cells printed on one line are
 * trusted; elsewhere the form's order stands, and a group or column the header does not name is
 * placed by assumption (see {@link Placement}).
 */
final class AppealsHeader {

    static final List<String> ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    /** The header cell 行政诉讼, over 未经复议直接起诉 and 复议后起诉. */
    static final String LITIGATION = "行政诉讼";
    /** A header cell naming a column the form does not have: 合计 beside the fifteen. */
    static final String EXTRA = "合计";

    /** Where the header prints a column the form does not have, relative to the fifteen. */
    enum Extra {
        /** none, or 合计 standing in for the groups' 总计 (the header names no 总计) */
        NONE,
        /** before every group and column on its header line */
        FIRST,
        /** after every group and column on its header line */
        LAST,
        /** between them, or alone on its line: its place among the values cannot be told */
        UNPLACED
    }

    /** A header cell naming a group (a row id or {@link #LITIGATION}) or a column. */
    record Token(String id, int row) {
    }

    /** One of the fifteen values of the one-line layout: its row, its column and how they were known. */
    record Slot(String row, String column, Placement placement) {
    }

    /**
     * @param columns the columns of each group (the form's, assumed, when the header contradicts it)
     * @param contradiction how the header contradicts the form, empty when it does not
     * @param rows the groups in printed order, and whether the header named them all
     */
    record Reading(Optional<ColumnMap> columns, List<String> rows, boolean rowsNamed, String contradiction,
                   Map<String, ColumnMap> groupColumns, String orderDoubt) {

        Reading {
            groupColumns = Map.copyOf(groupColumns);
        }

        Reading(Optional<ColumnMap> columns, List<String> rows, boolean rowsNamed, String contradiction,
                Map<String, ColumnMap> groupColumns) {
            this(columns, rows, rowsNamed, contradiction, groupColumns, "");
        }

        Reading(Optional<ColumnMap> columns, List<String> rows, boolean rowsNamed, String contradiction) {
            this(columns, rows, rowsNamed, contradiction, Map.of());
        }

        /** This reading with the groups' order in doubt: why, or "" when the header proves it. */
        Reading withOrderDoubt(String why) {
            return new Reading(columns, rows, rowsNamed, contradiction, groupColumns, why);
        }

        /**
         * The columns of one group as printed: its own where the header prints each group's columns
         * in an order of its own ({@link #groupColumns}), the ones shared by all groups otherwise.
         */
        ColumnMap columnsOf(String row) {
            return groupColumns.getOrDefault(row, columns.orElseThrow());
        }

        /** The fifteen values of the one-line layout in printed order. */
        List<Slot> slots() {
            List<Slot> out = new ArrayList<>();
            for (String row : rows) {
                ColumnMap c = columnsOf(row);
                for (int i = 0; i < c.size(); i++) {
                    String why = !rowsNamed ? "the header does not name 行政复议, 未经复议直接起诉 and "
                            + "复议后起诉; the fifteen values were read in the form's order"
                            : !orderDoubt.isEmpty() ? orderDoubt : c.assumption();
                    Placement p = !rowsNamed || !orderDoubt.isEmpty() ? Placement.assumed(why)
                            : c.identified().get(i) ? Placement.IDENTIFIED : Placement.columnAssumed(why, c.exact());
                    out.add(new Slot(row, c.ids().get(i), p));
                }
            }
            return out;
        }
    }

    private final List<String> form;
    private final List<Token> tokens = new ArrayList<>();
    private final AppealsColumnCells cells;
    private boolean inColumns;

    /** @param form the column ids in the form's order: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 */
    AppealsHeader(List<String> form) {
        this.form = List.copyOf(form);
        this.cells = new AppealsColumnCells(form);
    }

    /** The column header cells by place, read where the header is {@link #printedInColumns}. */
    AppealsColumnCells cells() {
        return cells;
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

    /** The header of an exact grid (HTML, Word, ruled PDF), whose rows are the table's rows. */
    Reading read() {
        return read(true, ROWS.size());
    }

    /**
     * @param exact whether the grid's positions are exact; in flattened text one row may hold the
     *     header lines of several levels and groups, and a header cell that was not read leaves no gap
     * @param groups how many groups of five columns the header prints: 3 over the fifteen values of
     *     one line, 1 over three labelled rows
     */
    Reading read(boolean exact, int groups) {
        List<String> rows = rowOrder(exact);
        Reading reading = readColumns(exact, groups, rows);
        return rows.get(0).equals("review") ? reading : reading.withOrderDoubt(orderDoubt(exact));
    }

    /** The header's columns, the groups printed in the order {@code rows}. */
    private Reading readColumns(boolean exact, int groups, List<String> rows) {
        List<Token> columnTokens = tokens.stream().filter(t -> form.contains(t.id())).toList();
        boolean rowsNamed = groupsNamed(columnTokens);
        if (inColumns && rowsNamed && find(EXTRA).isEmpty()) {
            // each column's cell stands over its values: where it stands says which it is, cut or not
            Optional<Map<String, ColumnMap>> placed = cells.columns(rows);
            if (placed.isPresent()) {
                return new Reading(Optional.of(placed.get().get(rows.get(0))), rows, true, "", placed.get());
            }
        }
        if (columnTokens.isEmpty()) {
            return new Reading(Optional.of(ColumnMap.assumed(form,
                    "no column header was found above the values; they were read in the form's column order")),
                    rows, rowsNamed, "");
        }
        List<List<String>> chunks = chunks(columnTokens);
        // the fullest run stands for the order; the others must agree with it
        List<String> first = chunks.stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        for (List<String> chunk : chunks) {
            if (!first.stream().filter(chunk::contains).toList().equals(chunk) || !first.containsAll(chunk)) {
                Optional<Map<String, ColumnMap>> own = groupOrders(columnTokens, rows, rowsNamed);
                if (own.isPresent()) {
                    return new Reading(Optional.of(own.get().get(rows.get(0))), rows, true, "", own.get());
                }
                return contradiction(rows, rowsNamed, "the header prints the columns in different orders ("
                        + String.join(", ", first) + " and " + String.join(", ", chunk) + ")");
            }
        }
        List<String> missing = form.stream().filter(c -> !first.contains(c)).toList();
        if (missing.isEmpty()) {
            if (!exact && !first.equals(form) && fitsForm(columnTokens, groups)) {
                // the other order is not proven: cells unread between the ones read (lynx: 结 果 维 持
                // 结 果 纠 正 … on one line) make 总计 of one group and the columns of the next look like
                // one group printed 总计 first, and the form's order explains what was read as well
                List<Boolean> same = form.stream().map(c -> first.indexOf(c) == form.indexOf(c)).toList();
                return new Reading(Optional.of(new ColumnMap(form, form.stream().map(c -> "").toList(), same,
                        "the header cells read (" + String.join(", ", columnTokens.stream().map(Token::id).toList())
                                + ") fit the form's order as well as " + String.join(", ", first)
                                + "; the columns were read in the form's order")), rows, rowsNamed, "");
            }
            return new Reading(Optional.of(ColumnMap.named(first)), rows, rowsNamed, "");
        }
        if (!form.stream().filter(first::contains).toList().equals(first)) {
            return contradiction(rows, rowsNamed, "the header prints " + String.join(", ", first)
                    + " — another order than the form's — and lacks " + String.join(", ", missing));
        }
        return new Reading(Optional.of(new ColumnMap(form, form.stream().map(c -> "").toList(),
                form.stream().map(first::contains).toList(), "the header does not name " + String.join(", ", missing)
                        + "; the columns were read in the form's order", exact || inColumns)), rows, rowsNamed, "");
    }

    /**
     * True when the header names the three groups, or two of them over the fifteen column labels:
     * the form has three groups of five, so fifteen labels under two named groups leave one group
     * unnamed, and the only group it can be is the one the header does not name (pdftotext's default
     * mode prints a label far from its cells, 复议后起诉 after the table's values, where it is read
     * as no header). It stands where the form puts it, as a named group on a line of its own does.
     */
    private boolean groupsNamed(List<Token> columnTokens) {
        long named = ROWS.stream().filter(r -> find(r).isPresent()).count();
        return named == ROWS.size() || named == ROWS.size() - 1 && columnTokens.size() == ROWS.size() * form.size();
    }

    /**
     * True when the column labels of every header row could stand, in the order read, in {@code groups}
     * groups printed in the form's order with some labels unread: each row's labels are then a
     * subsequence of the form's columns repeated {@code groups} times.
     */
    private boolean fitsForm(List<Token> columnTokens, int groups) {
        Map<Integer, List<String>> byRow = new LinkedHashMap<>();
        columnTokens.forEach(t -> byRow.computeIfAbsent(t.row(), r -> new ArrayList<>()).add(t.id()));
        for (List<String> ids : byRow.values()) {
            int passes = 1;
            int at = 0; // the next place in the form a label may take within this pass
            for (String id : ids) {
                int i = form.indexOf(id);
                if (i < at) {
                    passes++;
                }
                at = i + 1;
            }
            if (passes > groups) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whose each run of five column labels is, by the lines the runs stand on: three runs on one line are
     * the groups in the order printed ({@code rows}); a run on one line over two on a later one is
     * 行政复议's (its labels stand under it, at the level of 未经复议直接起诉 and 复议后起诉) over the two
     * litigation groups' in the order printed. Empty where the runs stand some other way.
     */
    static Optional<List<String>> owners(List<Integer> lines, List<String> rows) {
        if (lines.stream().distinct().count() == 1) {
            return Optional.of(rows);
        }
        if (lines.get(0) < lines.get(1) && lines.get(1).equals(lines.get(2))) {
            List<String> owners = new ArrayList<>(List.of("review"));
            rows.stream().filter(r -> !r.equals("review")).forEach(owners::add);
            return Optional.of(owners);
        }
        return Optional.empty();
    }

    /**
     * The columns of each group where the header prints all fifteen labels, each group's five once
     * in an order of its own, and which labels are whose can be told from where they stand: the
     * three runs on one line are the groups in the order printed; a run on one line over two on a
     * later one is 行政复议's (its labels stand under it, at the level of 未经复议直接起诉 and
     * 复议后起诉) over the two litigation groups' in the order printed. Empty otherwise (fewer
     * labels, a group not named, runs laid out some other way), where the header stays a
     * contradiction of the form.
     */
    private Optional<Map<String, ColumnMap>> groupOrders(List<Token> columnTokens, List<String> rows,
                                                         boolean rowsNamed) {
        int size = form.size();
        if (!rowsNamed || columnTokens.size() != ROWS.size() * size) {
            return Optional.empty();
        }
        List<List<String>> runs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int g = 0; g < ROWS.size(); g++) {
            List<Token> run = columnTokens.subList(g * size, (g + 1) * size);
            List<String> ids = run.stream().map(Token::id).toList();
            if (!ids.containsAll(form) || run.stream().map(Token::row).distinct().count() != 1) {
                return Optional.empty();
            }
            runs.add(ids);
            lines.add(run.get(0).row());
        }
        Optional<List<String>> groups = owners(lines, rows);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<String> owners = groups.get();
        Map<String, ColumnMap> out = new LinkedHashMap<>();
        for (int g = 0; g < owners.size(); g++) {
            out.put(owners.get(g), ColumnMap.named(runs.get(g)));
        }
        return Optional.of(out);
    }

    /** A header that contradicts the form: the form's order, every column assumed, and why. */
    private Reading contradiction(List<String> rows, boolean rowsNamed, String why) {
        return new Reading(Optional.of(ColumnMap.assumed(form, why + "; the values were read in the form's order")),
                rows, rowsNamed, why);
    }

    /** The column labels cut into runs of distinct ones within a row: each group's columns as printed. */
    private static List<List<String>> chunks(List<Token> columnTokens) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int row = columnTokens.get(0).row();
        for (Token t : columnTokens) {
            if (current.contains(t.id()) || t.row() != row) {
                row = t.row();
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(t.id());
        }
        out.add(current);
        return out;
    }

    /**
     * 行政复议 and 行政诉讼 as printed where they share a line, 未经复议直接起诉 and 复议后起诉 likewise;
     * in flattened text, 行政诉讼 printed on a line before 行政复议's also puts 行政诉讼 first
     * ({@link #orderDoubt}); the form's order otherwise.
     *
     * @param exact whether the header's rows are the table's (a grid), not lines of flattened text
     */
    private List<String> rowOrder(boolean exact) {
        Optional<Token> review = find("review");
        Optional<Token> direct = find("litigation_direct");
        Optional<Token> after = find("litigation_after_review");
        Optional<Token> litigation = find(LITIGATION).or(() -> direct).or(() -> after);
        List<String> lit = direct.isPresent() && after.isPresent() && before(after.get(), direct.get())
                ? List.of("litigation_after_review", "litigation_direct")
                : List.of("litigation_direct", "litigation_after_review");
        List<String> out = new ArrayList<>();
        if (review.isPresent() && litigation.isPresent() && (before(litigation.get(), review.get())
                || !exact && litigation.get().row() < review.get().row())) {
            out.addAll(lit);
            out.add("review");
        } else {
            out.add("review");
            out.addAll(lit);
        }
        return out;
    }

    /**
     * Why the groups' order is in doubt where 行政诉讼 was read before 行政复议, or "" where the two
     * share a line. On lines of their own (pdftotext's default mode prints each header cell as a
     * block: 行政诉讼, 行政复议, 复议后起诉 …) their order is the reader's order of blocks, which is
     * no position: read in the form's order instead, a table printed 行政诉讼 first gave 行政复议 the
     * first group's values, its own read blank where it printed 4s (every group's sum holds under a
     * permutation of whole groups, so no identity can tell). The values are read in the order the
     * lines give and every one that a permutation of the groups could change is flagged.
     */
    private String orderDoubt(boolean exact) {
        Optional<Token> review = find("review");
        Optional<Token> litigation = find(LITIGATION).or(() -> find("litigation_direct"))
                .or(() -> find("litigation_after_review"));
        if (exact || review.isEmpty() || litigation.isEmpty() || before(litigation.get(), review.get())) {
            return "";
        }
        return "行政诉讼 and 行政复议 are printed on lines of their own, 行政诉讼's first; the groups were read in "
                + "that order, which the text does not prove";
    }

    /**
     * The column the header prints beside the form's, if any: a 合计, which counts only when the
     * header also names 总计 (a header without 总计 uses 合计 as the groups' total, not as a sixteenth
     * column), or a sixteenth column of the form's names.
     */
    Extra extra() {
        Optional<Token> extra = find(EXTRA);
        if (extra.isEmpty() || find("total").isEmpty()) {
            // more columns named than the form has (行政诉讼's own 总计 beside its two groups'): one of
            // them is no column of the form, and which one the order of the tokens does not say
            long named = tokens.stream().filter(t -> form.contains(t.id())).count();
            return named > (long) ROWS.size() * form.size() ? Extra.UNPLACED : Extra.NONE;
        }
        List<Token> line = tokens.stream().filter(t -> t.row() == extra.get().row()).toList();
        int at = line.indexOf(extra.get());
        if (line.size() < 2) {
            return Extra.UNPLACED;
        }
        return at == 0 ? Extra.FIRST : at == line.size() - 1 ? Extra.LAST : Extra.UNPLACED;
    }

    /**
     * How many of the one-line layout's fifteen cells the header names, when its column labels are
     * the form's columns in the form's order group after group and stop short of the fifteenth: the
     * header of a table cut on the right (pdftotext {@code -x -W} cropping a page), whose last labels
     * are lost with the cells under them, or cut mid-label ({@code 其他结}, read as no label). Empty
     * when the header names all fifteen, names them in any other order, or names none.
     */
    OptionalInt namedUpTo() {
        List<String> named = tokens.stream().map(Token::id).filter(form::contains).toList();
        if (named.isEmpty() || named.size() >= ROWS.size() * form.size()) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < named.size(); i++) {
            if (!named.get(i).equals(form.get(i % form.size()))) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(named.size());
    }

    private Optional<Token> find(String id) {
        return tokens.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private boolean before(Token a, Token b) {
        return a.row() == b.row() && tokens.indexOf(a) < tokens.indexOf(b);
    }
}
