package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppealsHeaderTest {

    private static final List<String> FORM = List.of("upheld", "corrected", "other", "pending", "total");

    private static AppealsHeader header(String... rows) {
        AppealsHeader h = new AppealsHeader(FORM);
        int r = 0;
        for (String row : rows) {
            r++;
            for (String id : row.split(" ")) {
                h.add(new AppealsHeader.Token(id, r));
            }
        }
        return h;
    }

    @Test
    void readsGroupsAndColumnsInThePrintedOrder() {
        AppealsHeader.Reading r = header("行政诉讼 review",
                "litigation_after_review litigation_direct total upheld corrected pending other",
                "total upheld corrected pending other total upheld corrected pending other").read();
        assertEquals(List.of("litigation_after_review", "litigation_direct", "review"), r.rows());
        assertTrue(r.rowsNamed());
        assertEquals(List.of("total", "upheld", "corrected", "pending", "other"), r.columns().orElseThrow().ids());
        assertEquals(List.of(true, true, true, true, true), r.columns().orElseThrow().identified());
    }

    @Test
    void keepsTheFormsOrderBetweenGroupsPrintedOnDifferentLines() {
        AppealsHeader.Reading r = header("review", "litigation_after_review", "litigation_direct").read();
        assertEquals(List.of("review", "litigation_direct", "litigation_after_review"), r.rows());
    }

    @Test
    void assumesTheFormsOrderWhenTwoGroupsPrintTheirColumnsInDifferentOrders() {
        AppealsHeader.Reading r = header("upheld corrected other pending total upheld corrected pending other total").read();
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
        assertTrue(r.contradiction().contains("different orders"), r.contradiction());
    }

    @Test
    void placesAColumnTheHeaderDoesNotNameByAssumption() {
        AppealsHeader.Reading r = header("review 行政诉讼", "upheld corrected other total").read();
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertEquals(List.of(true, true, true, false, true), r.columns().orElseThrow().identified());
        assertEquals(false, r.rowsNamed());
    }

    @Test
    void placesATotalPrintedBesideTheFifteenFirstOrLastOnItsLine() {
        assertEquals(AppealsHeader.Extra.LAST, header("review 行政诉讼 合计",
                "upheld corrected other pending total litigation_direct litigation_after_review").extra());
        assertEquals(AppealsHeader.Extra.FIRST, header("合计 review 行政诉讼", "upheld total").extra());
        assertEquals(AppealsHeader.Extra.NONE, header("review 行政诉讼", "upheld corrected other pending 合计").extra());
    }

    @Test
    void cannotPlaceASixteenthColumnOfTheFormsNames() {
        String five = "upheld corrected other pending total";
        assertEquals(AppealsHeader.Extra.UNPLACED, header("review 行政诉讼",
                five + " litigation_direct litigation_after_review total", five + " " + five).extra());
        assertEquals(AppealsHeader.Extra.NONE, header("review 行政诉讼",
                five + " litigation_direct litigation_after_review", five + " " + five).extra());
    }
}
