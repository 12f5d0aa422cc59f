package org.nianbao.reconstruct.pdf;

import java.util.function.DoublePredicate;

/**
 * Positions along one axis of a page (of rulings, of strike-through rules), in ascending order, so
 * that the ones within a span are found by two binary searches instead of a scan: a page that draws
 * each cell's borders separately has thousands of lines. Index i is the position of the i-th of the
 * things they were taken from, which the caller keeps in the same order.
 */
public final class SortedPositions {

    private final float[] ascending;

    /** @param ascending positions in ascending order, NaN last (as {@code Float.compare} sorts them) */
    public SortedPositions(float[] ascending) {
        for (int i = 1; i < ascending.length; i++) {
            if (Float.compare(ascending[i - 1], ascending[i]) > 0) {
                throw new IllegalArgumentException("positions not in ascending order at index " + i);
            }
        }
        this.ascending = ascending.clone();
    }

    /** The index of the first position at or above {@code low}: where the span from {@code low} starts. */
    public int firstAtLeast(float low) {
        return prefixLength(p -> p < low);
    }

    /** The index after the last position at or below {@code high}: where the span up to {@code high} ends. */
    public int endAtMost(float high) {
        return prefixLength(p -> p <= high);
    }

    /** How many positions from the first pass {@code test}, which holds for a prefix of them (binary search). */
    private int prefixLength(DoublePredicate test) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (test.test(ascending[mid])) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
