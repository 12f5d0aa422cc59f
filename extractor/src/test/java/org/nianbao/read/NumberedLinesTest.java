package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class NumberedLinesTest {

    /** A `column -o ' | ' -L` copy cut at its separators: its lines of separators alone are empty lines now. */
    private static final List<String> CUT = List.of("规章\t75,021\t270,777", "", "0", "", "", "行政规范性文件\t18\t272");

    @Test
    void leavesBlankLinesOutKeepingTheFileLineOfEachLineLeft() {
        NumberedLines kept = NumberedLines.asInFile(CUT).withoutBlank();
        assertEquals(List.of("规章\t75,021\t270,777", "0", "行政规范性文件\t18\t272"), kept.lines());
        assertEquals(List.of(1, 3, 6), kept.fileLines());
        assertTrue(kept.renumbered());
    }

    @Test
    void locatesGridCellsOnTheFileLinesTheirLinesStandOn() {
        NumberedLines kept = NumberedLines.asInFile(CUT).withoutBlank();
        CellGrid read = new CellGrid(List.of(List.of(new GridCell("行政规范性文件", new Location.Line(3), false),
                new GridCell("18", new Location.Line(3), false))), Positions.FLATTENED);
        List<CellGrid> located = kept.located(List.of(read));
        assertEquals(new Location.Line(6), located.get(0).rows().get(0).get(1).where());
        assertEquals(6, kept.fileLine(3));
    }

    @Test
    void keepsTheFileLinesOfTextWithNothingLeftOut() {
        NumberedLines all = NumberedLines.asInFile(CUT);
        assertFalse(all.renumbered());
        assertEquals(5, all.fileLine(5));
    }
}
