package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/** A row of table 三 whose first value poppler may have printed after the others. */
class FirstValuePrintedLastTest {

    private static List<GridCell> row(String... values) {
        return Arrays.stream(values).map(v -> GridCell.of(v, new Location.Line(1))).toList();
    }

    private static List<String> marked(List<GridCell> cells) {
        return cells.stream().map(c -> c.notes().isEmpty() ? c.text() : "?" + c.text()).toList();
    }

    @Test
    void aRowThatAddsUpOnlyWithItsLastValueFirstIsFlaggedWhereTheTwoReadingsDiffer() {
        // seed 2027's 0013 (Chromium): the page shows — 0 — — — 77 77, poppler printed the first — last
        List<GridCell> cells = FirstValuePrintedLast.doubted(row("0", "—", "—", "—", "77", "77", "—")).orElseThrow();
        assertEquals(List.of("?0", "?—", "—", "—", "?77", "77", "?—"), marked(cells));
        assertTrue(cells.get(0).notes().get(0).how().contains("one of 0, —"), cells.get(0).notes()::toString);
    }

    @Test
    void aRowThatAddsUpAsPrintedIsReadAsPrinted() {
        assertTrue(FirstValuePrintedLast.doubted(row("—", "0", "—", "—", "—", "77", "77")).isEmpty());
    }

    @Test
    void aRowThatAddsUpNeitherWayIsTheSourcesOwnAndReadAsPrinted() {
        // the validator reports it (requests-applicants); moving a value would not make it add up
        assertTrue(FirstValuePrintedLast.doubted(row("1", "2", "3", "4", "5", "6", "7")).isEmpty());
    }

    @Test
    void rowsOtherThanTableThreesAreLeftAlone() {
        assertTrue(FirstValuePrintedLast.doubted(row("3", "1", "2")).isEmpty());
    }
}
