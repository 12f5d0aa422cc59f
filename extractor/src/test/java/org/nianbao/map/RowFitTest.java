package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class RowFitTest {

    private static final ValueParser PARSER = new ValueParser();

    private static List<GridCell> cells(String... texts) {
        return Arrays.stream(texts).map(t -> new GridCell(t, Location.none(), false)).toList();
    }

    @Test
    void doubtsABlankAtTheEndOfATextRowWhoseCountFits() {
        // a crawler's get_text('\t'): 规章 | (blank, lost) | 1 | 14, then the tab after the last cell
        RowFit fit = RowFit.fit(cells("1", "14", ""), 3, Positions.FLATTENED, PARSER);
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem());
    }

    @Test
    void doubtsABlankAtTheStartOfATextRowWhoseCountFits() {
        assertEquals(RowFit.Problem.AMBIGUOUS, RowFit.fit(cells("", "1", "14"), 3, Positions.FLATTENED, PARSER).problem());
    }

    @Test
    void trustsBlankCellsOfATableThatKeptItsCells() {
        assertEquals(RowFit.Problem.NONE, RowFit.fit(cells("1", "14", ""), 3, Positions.EXACT, PARSER).problem());
        assertEquals(RowFit.Problem.NONE, RowFit.fit(cells("1", "", "14"), 3, Positions.FLATTENED, PARSER).problem());
        assertEquals(RowFit.Problem.NONE, RowFit.fit(cells("", "", ""), 3, Positions.FLATTENED, PARSER).problem());
    }
}
