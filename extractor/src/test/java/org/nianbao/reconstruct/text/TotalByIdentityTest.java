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
    void aRowWhereAnotherValueIsTheTotalTooDoesNotRuleThatPlaceOut() {
        // 0 5 0 0 0 0 5: 5 is the sum of the others both second and last, so the row cannot rule out
        // the second place; 0 0 0 0 0 0 0 holds everywhere; two rows left against the second are too few
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

    @Test
    void sparseRowsProveTheTotalLastWhenTogetherTheyRuleOutEveryOtherPlaceThreeTimes() {
        // a sparse table (seed 2024's 0047-mixed): each row has one or two applicants and the total, so
        // each leaves one or two places open, but no place stays open in fewer than three rows
        List<List<BigDecimal>> rows = List.of(row(2, 0, 0, 0, 0, 0, 2), row(0, 98, 0, 0, 0, 0, 98),
                row(1, 0, 0, 0, 0, 0, 1), row(8, 3, 0, 0, 0, 0, 11), row(0, 22, 0, 0, 0, 0, 22),
                row(5, 0, 0, 0, 0, 0, 5), row(2, 0, 0, 1, 0, 0, 3), row(0, 65, 0, 0, 0, 0, 65),
                row(0, 0, 0, 0, 0, 0, 0));
        assertTrue(TotalByIdentity.provesLast(rows));
        // without the rows of 商业企业 alone (0 98 …, 0 22 …, 0 65 …) the first place is ruled out by two rows only
        assertFalse(TotalByIdentity.provesLast(rows.stream()
                .filter(r -> r.get(1).signum() == 0 || r.get(0).signum() != 0).toList()));
    }

    @Test
    void rowsOfOneApplicantAloneNeverRuleOutThatApplicantsPlace() {
        // 3 0 0 0 0 0 3 keeps the identity with 总计 first as well as last, however many such rows there are
        assertFalse(TotalByIdentity.provesLast(List.of(row(3, 0, 0, 0, 0, 0, 3), row(7, 0, 0, 0, 0, 0, 7),
                row(9, 0, 0, 0, 0, 0, 9), row(4, 0, 0, 0, 0, 0, 4))));
    }
}
