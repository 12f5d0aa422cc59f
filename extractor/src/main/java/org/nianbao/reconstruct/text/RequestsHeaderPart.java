package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The three parts of table 三's header, in the form's order: 自然人, the five organisations under 法人或其他组织, and
 * 总计. A permuted table prints them in another order, which the header's lines may show: the text reconstructor
 * reads it from the lines of pieces it joins ({@link HeaderParts}), the mapper from a laid-out page's lines
 * ({@code RequestsHeaderLines}); each says in its own way whether a line puts one part before another, and both
 * keep the orders no line contradicts.
 */
public enum RequestsHeaderPart {
    NATURAL, ORGANISATIONS, TOTAL;

    /**
     * The orders of {@code present} in which no line puts a later part before an earlier one, in the form's order of
     * orders (the form's own first); {@code before} says whether the lines put its first part before its second
     * (empty when they do not show it).
     */
    public static List<List<RequestsHeaderPart>> allowed(List<RequestsHeaderPart> present,
            BiFunction<RequestsHeaderPart, RequestsHeaderPart, Optional<Boolean>> before) {
        return orders(present).stream().filter(order -> {
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    if (before.apply(order.get(j), order.get(i)).orElse(false)) {
                        return false;
                    }
                }
            }
            return true;
        }).toList();
    }

    /** Every order of {@code present}, in the form's order of orders (the form's own first). */
    public static List<List<RequestsHeaderPart>> orders(List<RequestsHeaderPart> present) {
        List<List<RequestsHeaderPart>> out = new ArrayList<>();
        permutations(present, new ArrayList<>(), out);
        return out;
    }

    private static void permutations(List<RequestsHeaderPart> left, List<RequestsHeaderPart> made,
                                     List<List<RequestsHeaderPart>> out) {
        if (left.isEmpty()) {
            out.add(List.copyOf(made));
            return;
        }
        for (RequestsHeaderPart p : left) {
            made.add(p);
            permutations(left.stream().filter(q -> q != p).toList(), made, out);
            made.remove(made.size() - 1);
        }
    }
}
