package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The orders of table 三's seven columns that the lines of its header, as {@code pdftotext} printed
 * them in its default mode, allow. Chromium centres a header cell's text in the cell, so the header
 * prints as lines at several heights, each holding pieces of several labels ({@code 商业 科研 社会公 法律服
 * 其 计} / {@code 企业 机构 益组织 务机构 他}), and 自然人, which spans both header rows, often on lines of
 * its own ({@code 自然} / {@code 人}).
 *
 * <p>What the text proves: poppler prints the words of one line left to right (the boxes of every
 * line of 70 Chromium prints, seeds 2026 and 2027, 2,284 lines of several words: none out of order),
 * so two labels with pieces on one line stand in that order on the page. The order of lines, and of
 * blocks, proves nothing (poppler's reading-order sort, docs/flattenings.md). The form's structure
 * adds one thing: 法人或其他组织 spans exactly the five organisations, so they stand together, and a
 * label left or right of the group on a line stands left or right of all five. The row identity
 * (the six applicants add up to 总计) may prove 总计 last ({@link TotalByIdentity}). Every order of the
 * seven that keeps all this is a candidate; a header is read by it only when it is the one left.
 */
final class RequestsColumnOrders {

    /** The seven columns, in the form's order. */
    static final List<String> FORM = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
            RequestsHeaderPieces.TOTAL);
    private static final Set<String> ORGS = Set.copyOf(FORM.subList(1, 6));

    private RequestsColumnOrders() {
    }

    /**
     * The orders the header's lines allow, each the seven labels left to right; empty when the lines
     * contradict themselves (a label on both sides of another) or the form.
     *
     * @param lines the labels of each header line's pieces, left to right as printed (a label once per
     *     piece; 法人或其他组织 as itself)
     * @param totalLast whether the rows prove 总计 the last column
     */
    static List<List<String>> allowed(List<List<String>> lines, boolean totalLast) {
        Map<String, Set<String>> before = new HashMap<>(); // label → the labels that stand left of it
        for (List<String> line : lines) {
            List<String> order = new ArrayList<>();
            for (String label : line) {
                if (order.isEmpty() || !order.get(order.size() - 1).equals(label)) {
                    order.add(label);
                }
            }
            if (order.stream().distinct().count() != order.size()) {
                return List.of(); // one label's pieces on both sides of another's: no order of cells prints that
            }
            for (int a = 0; a < order.size(); a++) {
                for (int b = a + 1; b < order.size(); b++) {
                    if (order.get(a).equals(RequestsHeaderPieces.GROUP) && ORGS.contains(order.get(b))
                            || order.get(b).equals(RequestsHeaderPieces.GROUP) && ORGS.contains(order.get(a))) {
                        continue; // the group stands over its organisations: beside one on a line, it says nothing
                    }
                    for (String left : spanned(order.get(a))) {
                        for (String right : spanned(order.get(b))) {
                            before.computeIfAbsent(right, k -> new HashSet<>()).add(left);
                        }
                    }
                }
            }
        }
        List<List<String>> out = new ArrayList<>();
        permute(new ArrayList<>(FORM), 0, before, totalLast, out);
        return out;
    }

    /** The one order left, when the lines leave one; empty otherwise. */
    static Optional<List<String>> proven(List<List<String>> allowed) {
        return allowed.size() == 1 ? Optional.of(allowed.get(0)) : Optional.empty();
    }

    /** The columns a label on a line stands for: the group stands over the five organisations. */
    private static Set<String> spanned(String label) {
        return label.equals(RequestsHeaderPieces.GROUP) ? ORGS : Set.of(label);
    }

    private static void permute(List<String> cols, int from, Map<String, Set<String>> before, boolean totalLast,
                                List<List<String>> out) {
        if (from == cols.size()) {
            if (keeps(cols, before, totalLast)) {
                out.add(List.copyOf(cols));
            }
            return;
        }
        for (int i = from; i < cols.size(); i++) {
            java.util.Collections.swap(cols, from, i);
            permute(cols, from + 1, before, totalLast, out);
            java.util.Collections.swap(cols, from, i);
        }
    }

    private static boolean keeps(List<String> cols, Map<String, Set<String>> before, boolean totalLast) {
        if (totalLast && !cols.get(cols.size() - 1).equals(RequestsHeaderPieces.TOTAL)) {
            return false;
        }
        int first = cols.size();
        int last = -1;
        for (int i = 0; i < cols.size(); i++) {
            if (ORGS.contains(cols.get(i))) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        if (last - first != ORGS.size() - 1) {
            return false; // the group spans the five organisations together
        }
        for (Map.Entry<String, Set<String>> e : before.entrySet()) {
            int at = cols.indexOf(e.getKey());
            for (String left : e.getValue()) {
                if (left.equals(e.getKey()) || cols.indexOf(left) > at) {
                    return false;
                }
            }
        }
        return true;
    }
}
