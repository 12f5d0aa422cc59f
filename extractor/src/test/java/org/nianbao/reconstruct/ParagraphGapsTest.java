package org.nianbao.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphGapsTest {

    @Test
    void aGapOfTwoAmongSingleSeparatorsProvesOneLineABlankCell() {
        // pasted text (康乐县): "24", "", "", "24" is one blank cell between two figures
        ParagraphGaps gaps = ParagraphGaps.of(List.of(1, 1, 2, 1, 1, 3, 1));
        assertEquals(1, gaps.separator());
        assertTrue(gaps.onePerBlankProven());
        assertEquals(1, gaps.blankCells(2));
        assertTrue(gaps.doubt(3).isEmpty());
    }

    @Test
    void gapsThatAreAllOddLeaveTheUnitOfABlankCellInDoubt() {
        // docx2txt: "\n\n" before every paragraph, so a blank cell adds two empty lines, never one
        ParagraphGaps gaps = ParagraphGaps.of(List.of(1, 1, 1, 3, 1, 5, 1, 7, 1));
        assertFalse(gaps.onePerBlankProven());
        assertEquals(2, gaps.blankCells(3), "read at one line a blank cell");
        assertTrue(gaps.doubt(3).orElseThrow().contains("2 blank cells of one line each, or 1 of 2 lines"));
        assertTrue(gaps.doubt(1).isEmpty(), "the separator alone: no blank cell either way");
    }

    @Test
    void textWithoutEmptyLinesBetweenParagraphsHasNoBlankCells() {
        ParagraphGaps gaps = ParagraphGaps.of(List.of(0, 0, 0, 2, 0));
        assertEquals(0, gaps.separator());
        assertEquals(0, gaps.blankCells(2));
        assertTrue(gaps.doubt(2).isEmpty());
    }
}
