package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/** Which rows show that flattened text keeps its blank cells: an empty field between two values. */
class KeptBlanksTest {

    private static List<GridCell> values(String... cells) {
        return Arrays.stream(cells).map(c -> GridCell.of(c, new Location.Line(1))).toList();
    }

    @Test
    void anEmptyFieldBetweenTwoValuesShowsBlankCellsKept() {
        // 一、本年新收…\t33\t44\t\t0\t0\t\t77 (盐池县-style tab rows)
        assertTrue(KeptBlanks.shownBy(values("33", "44", "", "0", "0", "", "77")));
    }

    @Test
    void emptyFieldsOnlyAtTheEdgesOrBlankMarksOrSpacesShowNothing() {
        // a crawler's get_text('\t'): nothing for an empty cell, a tab after every cell
        assertFalse(KeptBlanks.shownBy(values("1", "0", "7", "0", "8", "")));
        assertFalse(KeptBlanks.shownBy(values("", "", "5", "0", "")));
        // a blank mark is a cell the source wrote; spaces may be a cell's own text (&nbsp;)
        assertFalse(KeptBlanks.shownBy(values("5", "—", "0")));
        assertFalse(KeptBlanks.shownBy(values("5", " ", "0")));
        assertFalse(KeptBlanks.shownBy(values()));
    }
}
