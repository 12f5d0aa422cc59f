package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/** Table 三's row identity: natural persons and the five organisations add up to 总计, blank as 0. */
class RequestsRowIdentityTest {

    private static List<BigDecimal> row(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void aRowWhoseSixApplicantsMakeItsTotalKeepsIt() {
        // 自然人 43, 商业企业 114, the other four organisations blank, 总计 157
        assertTrue(RequestsRowIdentity.holds(row("43", "114", "0", "0", "0", "0", "157")));
        assertTrue(RequestsRowIdentity.holds(row("1", "2", "3", "4", "5", "6", "21")));
    }

    @Test
    void aRowWhoseTotalIsNotTheSumBreaksIt() {
        assertFalse(RequestsRowIdentity.holds(row("43", "114", "0", "0", "0", "0", "158")));
        // the total counts once: a row where the first value is the sum of the others, 总计 last, breaks it
        assertFalse(RequestsRowIdentity.holds(row("157", "43", "114", "0", "0", "0", "0")));
    }

    @Test
    void valuesCompareAsNumbersWhateverTheirScale() {
        assertTrue(RequestsRowIdentity.holds(row("1.0", "2", "0", "0", "0", "0", "3.00")));
        assertTrue(RequestsRowIdentity.holds(new BigDecimal("12"), new BigDecimal("12.0")));
        assertFalse(RequestsRowIdentity.holds(new BigDecimal("12"), new BigDecimal("12.1")));
    }

    @Test
    void theTotalMayBeLookedForAtAnyPlace() {
        // 总计 printed first: 157 = 43 + 114; at no other place is a value the sum of the rest
        List<BigDecimal> printed = row("157", "43", "114", "0", "0", "0", "0");
        assertTrue(RequestsRowIdentity.totalAt(printed, 0));
        assertEquals(List.of(0), IntStream.range(0, 7).filter(p -> RequestsRowIdentity.totalAt(printed, p)).boxed().toList());
        // with a sum of 0 every place, a blank's too, keeps it
        assertEquals(7, IntStream.range(0, 7).filter(p -> RequestsRowIdentity.totalAt(row("0", "0", "0", "0", "0", "0", "0"), p)).count());
    }

    @Test
    void onlyRowsOfSevenValuesHaveIt() {
        assertTrue(RequestsRowIdentity.appliesTo(7));
        assertFalse(RequestsRowIdentity.appliesTo(5)); // a row of table 四's five results
        assertFalse(RequestsRowIdentity.appliesTo(8));
    }

    @Test
    void aBlankMarkCountsZeroAndFullWidthDigitsTheirNumber() {
        Location at = new Location.Line(1);
        assertEquals(0, RequestsRowIdentity.term(GridCell.of("－", at)).signum());
        assertEquals(0, RequestsRowIdentity.term(GridCell.of("/", at)).signum());
        assertEquals(new BigDecimal("1322"), RequestsRowIdentity.term(GridCell.of("1,322", at)));
        assertEquals(new BigDecimal("231"), RequestsRowIdentity.term(GridCell.of("２３１", at)));
    }
}
