package org.nianbao.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column order table 三's header prints. The form has two levels — 自然人, 法人或其他组织 (over
 * 商业企业 … 其他) and 总计 — and reports print them in other orders too (科研机构 before 商业企业,
 * 总计 first), so values are placed by the header wherever it can be read.
 *
 * <p>Where positions are exact (HTML, Word, ruled PDF), the header cells' grid columns give the
 * order. Where text lost the table structure, the order of cells within one line is kept but the
 * order between lines is not (a merged 总计 cell may be printed on the line above 自然人), so only
 * the order within a line is trusted, the form's order elsewhere; and a 总计 printed before other
 * columns is read as printed but flagged, since a merged cell flattened into one line looks the same.
 */
final class RequestsHeader {

    /**
     * A header cell that names a column (a column id) or the group 法人或其他组织.
     *
     * @param row the source row it stands in; @param column its grid column; @param seq its place in reading order
     */
    record Token(String id, int row, int column, int seq) {
    }

    /** The columns to read by, or why the header cannot be used. */
    record Reading(Optional<ColumnMap> columns, String contradiction) {
    }

    private static final String NATURAL = "natural_person";
    private static final String TOTAL = "total";

    private final List<String> form;
    private final List<Token> tokens = new ArrayList<>();

    /** @param form the column ids in the form's order: 自然人, five organisations, 总计 */
    RequestsHeader(List<String> form) {
        this.form = List.copyOf(form);
    }

    void add(Token token) {
        tokens.add(token);
    }

    Reading read(boolean exact) {
        List<Token> leaves = tokens.stream().filter(t -> form.contains(t.id())).toList();
        if (leaves.isEmpty()) {
            return new Reading(Optional.of(ColumnMap.assumed(form,
                    "no column header was found above the values; they were read in the form's column order")), "");
        }
        Optional<List<Token>> distinct = distinct(leaves, exact);
        if (distinct.isEmpty()) {
            return new Reading(Optional.empty(), "the header names a column more than once ("
                    + String.join(", ", leaves.stream().map(Token::id).toList()) + ")");
        }
        List<Token> printed = exact
                ? distinct.get().stream().sorted(Comparator.comparingInt(Token::column)).toList()
                : flattenedOrder(distinct.get());
        List<String> order = printed.stream().map(Token::id).toList();
        List<String> missing = form.stream().filter(id -> !order.contains(id)).toList();
        if (!missing.isEmpty()) {
            List<String> formPresent = form.stream().filter(order::contains).toList();
            if (!formPresent.equals(order)) {
                return new Reading(Optional.empty(), "the header prints " + String.join(", ", order)
                        + " — another order than the form's — and lacks " + String.join(", ", missing)
                        + ", so the columns cannot be placed");
            }
            List<Boolean> named = form.stream().map(order::contains).toList();
            return new Reading(Optional.of(new ColumnMap(form, form.stream().map(c -> "").toList(), named,
                    "the header does not name " + String.join(", ", missing)
                            + "; the columns were read in the form's order")), "");
        }
        if (!exact && !order.get(order.size() - 1).equals(TOTAL) && !order.equals(form)) {
            return new Reading(Optional.of(ColumnMap.assumed(order, "the header puts 总计 before other columns, "
                    + "which text that lost its table structure also shows for a merged 总计 cell; read in the "
                    + "header's order " + String.join(", ", order))), "");
        }
        return new Reading(Optional.of(ColumnMap.named(order)), "");
    }

    /** Each column once; a header printed twice over (a repeated header line) counts once. */
    private static Optional<List<Token>> distinct(List<Token> leaves, boolean exact) {
        Map<String, Token> first = new LinkedHashMap<>();
        for (Token t : leaves) {
            Token seen = first.putIfAbsent(t.id(), t);
            if (seen != null && exact && seen.column() != t.column()) {
                return Optional.empty();
            }
        }
        if (!exact && first.size() < leaves.size()) {
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
     * The printed order from flattened text: the organisations in the order they are printed, put
     * where 法人或其他组织 stands; 自然人, that group and 总计 ordered as printed where they share a
     * line, else as the form orders them.
     */
    private List<Token> flattenedOrder(List<Token> leaves) {
        List<Token> orgs = leaves.stream().filter(t -> !t.id().equals(NATURAL) && !t.id().equals(TOTAL))
                .sorted(Comparator.comparingInt(Token::seq)).toList();
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
                out.addAll(orgs);
            } else {
                out.add(t);
            }
        }
        return out;
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
