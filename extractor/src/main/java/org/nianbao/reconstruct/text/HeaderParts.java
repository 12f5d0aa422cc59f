package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the lines of a table 三 header joined from pieces ({@link RequestsHeaderInReadingOrder}) prove about the
 * order of its three parts: 自然人, the five organisations under 法人或其他组织, and 总计. On a page's line the
 * pieces stand in the order printed, so two parts with pieces on one line stand in that order on the page,
 * whatever line their labels start on; parts that share no line are not placed by the text at all.
 *
 * <p>A Chromium print of a permuted table under {@code pdftotext -fixed 3} wraps 自然人 and 总计 (each two rows
 * high) as {@code 自然} / {@code 人} and {@code 总} / {@code 计} on lines between the organisations' pieces: put
 * where its first piece stood, 自然人 shared a line with 总计 only and was placed by the form's order, first,
 * although its {@code 人} stood right of every organisation on their first line (53 cells one column along,
 * every row's total holding). Read from every piece's line, that header's order is proven; where no line
 * places a part, the order is an assumption and is said to be one.
 *
 * @param parts the parts the header prints, each with the indexes of its pieces in reading order
 * @param rows the line of each piece, by index
 * @param organisationsRows the lines the organisations' labels start on
 * @param labels the labels joined, with their pieces
 */
record HeaderParts(Map<RequestsHeaderPart, List<Integer>> parts, List<Integer> rows, List<Integer> organisationsRows,
                   List<RequestsHeaderPieces.Label> labels) {

    static HeaderParts of(List<RequestsHeaderPieces.Label> labels, List<Integer> rows) {
        Map<RequestsHeaderPart, List<Integer>> parts = new EnumMap<>(RequestsHeaderPart.class);
        List<Integer> orgRows = new ArrayList<>();
        for (RequestsHeaderPieces.Label l : labels) {
            RequestsHeaderPart p = part(l.text());
            parts.computeIfAbsent(p, k -> new ArrayList<>()).addAll(l.pieces());
            if (p == RequestsHeaderPart.ORGANISATIONS && !l.text().equals(RequestsHeaderPieces.GROUP)) {
                orgRows.add(rows.get(l.pieces().get(0)));
            }
        }
        return new HeaderParts(parts, List.copyOf(rows), List.copyOf(orgRows), List.copyOf(labels));
    }

    private static RequestsHeaderPart part(String label) {
        return switch (label) {
            case "自然人" -> RequestsHeaderPart.NATURAL;
            case RequestsHeaderPieces.TOTAL -> RequestsHeaderPart.TOTAL;
            default -> RequestsHeaderPart.ORGANISATIONS;
        };
    }

    /** The line the organisations' labels start on (the first one's, when they start on several). */
    int organisationsRow() {
        return organisationsRows.get(0);
    }

    /**
     * Whether the lines put {@code a} before {@code b}: on every line where both have pieces, all of
     * {@code a}'s stand before all of {@code b}'s (or all after); empty when they share no line or the
     * lines disagree (pieces interleaved: no order is shown).
     */
    private Optional<Boolean> before(RequestsHeaderPart a, RequestsHeaderPart b) {
        Boolean seen = null;
        for (int row : rows.stream().distinct().toList()) {
            List<Integer> pa = parts.get(a).stream().filter(i -> rows.get(i) == row).toList();
            List<Integer> pb = parts.get(b).stream().filter(i -> rows.get(i) == row).toList();
            if (pa.isEmpty() || pb.isEmpty()) {
                continue;
            }
            boolean aFirst = pa.stream().mapToInt(i -> i).max().orElseThrow()
                    < pb.stream().mapToInt(i -> i).min().orElseThrow();
            boolean bFirst = pb.stream().mapToInt(i -> i).max().orElseThrow()
                    < pa.stream().mapToInt(i -> i).min().orElseThrow();
            if (!aFirst && !bFirst || seen != null && seen != aFirst) {
                return Optional.empty();
            }
            seen = aFirst;
        }
        return Optional.ofNullable(seen);
    }

    /** The orders of the parts printed that every line allows, the form's first where it is one of them. */
    private List<List<RequestsHeaderPart>> allowed() {
        return RequestsHeaderPart.allowed(present(), this::before);
    }

    /** The parts the header prints, in the form's order. */
    private List<RequestsHeaderPart> present() {
        return List.of(RequestsHeaderPart.values()).stream().filter(parts::containsKey).toList();
    }

    /**
     * Why the parts' order is not established, when it is not: more than one order is allowed by the lines,
     * or the organisations start on several lines while another order than the form's is shown. Empty when
     * the lines allow the form's order only — the mapper reads it as it reads any header — or one other order
     * with the organisations on one line (then {@link #rewritten} gives it).
     */
    Optional<String> unproven() {
        List<List<RequestsHeaderPart>> allowed = allowed();
        List<RequestsHeaderPart> form = present();
        if (allowed.size() == 1 && (allowed.get(0).equals(form) || oneOrganisationsRow())) {
            return Optional.empty();
        }
        return Optional.of("table 三's header labels were joined from pieces wrapped over lines, and no line holds "
                + "pieces of every part side by side: the lines allow " + allowed.size() + " orders of 自然人, the "
                + "organisations and 总计 (" + allowed.stream().map(o -> o.stream().map(RequestsHeaderPart::name)
                        .collect(Collectors.joining(" "))).collect(Collectors.joining(", ")) + "), so the columns "
                + "were placed by assumption");
    }

    private boolean oneOrganisationsRow() {
        return organisationsRows.stream().distinct().count() == 1;
    }

    /**
     * The labels in the one order the lines allow, when it is not the form's and the organisations start on
     * one line: read there in that order (法人或其他组织 just before its organisations, which it heads), since
     * put where their first pieces stand, the mapper would order labels on different lines by the form. Empty
     * when the labels are to stay where their first pieces stand.
     */
    Optional<List<RequestsHeaderPieces.Label>> rewritten() {
        List<List<RequestsHeaderPart>> allowed = allowed();
        List<RequestsHeaderPart> form = present();
        if (allowed.size() != 1 || allowed.get(0).equals(form) || !oneOrganisationsRow()) {
            return Optional.empty();
        }
        List<RequestsHeaderPieces.Label> out = new ArrayList<>();
        for (RequestsHeaderPart p : allowed.get(0)) {
            List<RequestsHeaderPieces.Label> ofPart = labels.stream().filter(l -> part(l.text()) == p).toList();
            // the group first, then the organisations in the order their first pieces were printed
            ofPart.stream().filter(l -> l.text().equals(RequestsHeaderPieces.GROUP)).forEach(out::add);
            ofPart.stream().filter(l -> !l.text().equals(RequestsHeaderPieces.GROUP))
                    .sorted(java.util.Comparator.comparingInt(l -> l.pieces().get(0))).forEach(out::add);
        }
        return Optional.of(out);
    }
}
