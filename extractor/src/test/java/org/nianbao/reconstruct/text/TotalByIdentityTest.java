package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where 总计 stands among table 三's seven values, proved by the row identity or not. */
class TotalByIdentityTest {

    private static List<BigDecimal> row(int... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void threeRowsWhoseLastValueAloneIsTheSumOfTheOthersProveItIsTheTotal() {
        // 43 114 — — 0 — 157 (blank as 0): 43 + 114 = 157, and no other value is the sum of the rest
        assertTrue(TotalByIdentity.provesLast(List.of(row(43, 114, 0, 0, 0, 0, 157), row(9, 1, 0, 0, 0, 0, 10),
                row(2, 3, 0, 0, 0, 0, 5))));
    }

    @Test
    void rowsWhereAnotherValueIsTheTotalTooProveNothing() {
        // 0 5 0 0 0 0 5: 5 is the sum of the others both second and last, so the row tells nothing;
        // 0 0 0 0 0 0 0 holds everywhere
        assertFalse(TotalByIdentity.provesLast(List.of(row(0, 5, 0, 0, 0, 0, 5), row(0, 0, 0, 0, 0, 0, 0),
                row(43, 114, 0, 0, 0, 0, 157), row(2, 3, 0, 0, 0, 0, 5))));
    }

    @Test
    void oneRowWhoseTotalIsElsewhereOutweighsAnyNumberForTheLast() {
        // 157 43 114 0 0 0 0 printed 总计 first: the first value is the sum of the others, the last is not
        assertFalse(TotalByIdentity.provesLast(List.of(row(43, 114, 0, 0, 0, 0, 157), row(2, 3, 0, 0, 0, 0, 5),
                row(9, 1, 0, 0, 0, 0, 10), row(4, 0, 0, 0, 0, 0, 4), row(157, 43, 114, 0, 0, 0, 0))));
    }

    @Test
    void rowsThatBreakTheIdentityAnywhereAreNoEvidence() {
        // a source can be inconsistent itself: 1 2 3 4 5 6 7 keeps the identity nowhere
        assertFalse(TotalByIdentity.provesLast(List.of(row(1, 2, 3, 4, 5, 6, 7), row(43, 114, 0, 0, 0, 0, 157),
                row(2, 3, 0, 0, 0, 0, 5))));
        assertTrue(TotalByIdentity.provesLast(List.of(row(1, 2, 3, 4, 5, 6, 7), row(43, 114, 0, 0, 0, 0, 157),
                row(2, 3, 0, 0, 0, 0, 5), row(9, 1, 0, 0, 0, 0, 10))));
    }
}
