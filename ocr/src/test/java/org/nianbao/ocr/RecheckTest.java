package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the page read in a ruled table's cell is read again from the cell alone (RapidPageOcr's
 * recheck): which readings are read again, when two readings are alike, and which readings may be
 * the form's dash for none (then checked in the pixels).
 */
class RecheckTest {

    @Test
    void everyReadingWithADigitIsReadAgainLoneOnesAndSevensToo() {
        assertTrue(RapidPageOcr.rechecked("12"));
        assertTrue(RapidPageOcr.rechecked("1"));
        assertTrue(RapidPageOcr.rechecked("7"));
        assertTrue(RapidPageOcr.rechecked("4l"));
        assertFalse(RapidPageOcr.rechecked("/"));
        assertFalse(RapidPageOcr.rechecked("—"));
        assertTrue(RapidPageOcr.rechecked("96.459.2283万元"));
        assertFalse(RapidPageOcr.rechecked("1.属于国家秘密"), "a row label");
        assertFalse(RapidPageOcr.rechecked(""));
    }

    @Test
    void aFewOtherCharactersInANumbersPlaceAreReadAgainMarksForNoneAndLoneStrokesAreNot() {
        for (String s : new String[] {"#", "N", "m", "C", "G", "(", "$", "α", "O", " N ", "#)"}) {
            assertTrue(RapidPageOcr.rechecked(s), s);
        }
        for (String s : new String[] {"小", "车", "工", " 人 "}) {
            assertTrue(RapidPageOcr.rechecked(s), s + ": one CJK character alone, which no label of these forms is");
        }
        for (String s : new String[] {"/", "—", "-", "－", "", " ", "l", "I", "|", "一", "无", "其他", "合计", "4人"}) {
            assertFalse(RapidPageOcr.rechecked(s), s + ": a mark for none, a lone stroke (checked in the pixels) or text");
        }
        assertFalse(RapidPageOcr.rechecked("abcd"), "longer than a misread count: text");
    }

    @Test
    void piecesOfDigitsAreOneNumberOnlyInACellThatIsOnePositionOfTheGrid() {
        assertEquals("29", RapidPageOcr.asValue("2 9", true));
        assertEquals("217", RapidPageOcr.asValue("21\n7", true), "a number a narrow cell wrapped");
        assertEquals("330", RapidPageOcr.asValue("33\n0", true));
        assertEquals("１２", RapidPageOcr.asValue("１ ２", true));
        assertEquals("2 9", RapidPageOcr.asValue("2 9", false), "a cell spanning two may hold two numbers");
        assertEquals("29", RapidPageOcr.asValue("29", true));
        assertEquals("1.5 万元", RapidPageOcr.asValue("1.5 万元", true), "only pieces of digits are joined");
        assertEquals("2 #", RapidPageOcr.asValue("2 #", true));
        assertEquals("1,2 3", RapidPageOcr.asValue("1,2 3", true));
    }

    @Test
    void piecesStandingOnOneLineOrOnLinesOfTheirOwnMayBeOneNumberAFigureWrittenRaisedBesideAnotherIsNot() {
        // boxes in page points: x0, y0, x1, y1
        TextBox two = new TextBox("2", 100, 200, 106, 210, 0.9f, 0.9f, 0);
        TextBox nine = new TextBox("9", 110, 200.5f, 116, 210.5f, 0.9f, 0.9f, 0);
        assertTrue(RapidPageOcr.inLines(List.of(two, nine)), "full-width digits a space apart");
        TextBox wrapped = new TextBox("7", 100, 211, 106, 221, 0.9f, 0.9f, 0);
        assertTrue(RapidPageOcr.inLines(List.of(two, wrapped)), "a number a narrow cell wrapped");
        assertTrue(RapidPageOcr.inLines(List.of(two)));
        // 42 printed and struck through, 24 written after it by hand, its middle 4 pt higher (scan-200-corrected)
        TextBox struck = new TextBox("42", 365, 129, 377, 140, 0.9f, 0.9f, 0);
        TextBox written = new TextBox("24", 381, 126, 390, 134, 0.9f, 0.9f, 0);
        assertFalse(RapidPageOcr.inLines(List.of(struck, written)));
    }

    @Test
    void aCellsBoxesAreReadLineByLineSoAWrappedNumberKeepsItsOrder() {
        // 77 over 1, the 1 set a little further left, as the cell enlarged 2x was read (0023-mixed of the scanned corpus)
        TextBox top = new TextBox("77", 20, 10, 60, 40, 0.9f, 0.9f, -1);
        TextBox foot = new TextBox("1", 18, 48, 30, 78, 0.9f, 0.9f, -1);
        assertEquals(List.of(top, foot), RapidPageOcr.readingOrder(List.of(foot, top)));
        TextBox right = new TextBox("9", 70, 12, 90, 42, 0.9f, 0.9f, -1);
        assertEquals(List.of(top, right, foot), RapidPageOcr.readingOrder(List.of(right, foot, top)),
                "boxes on one line, a little higher or lower, left to right");
    }

    @Test
    void aLaterReadingStandsWhenBothLaterReadingsAgreeOrWhenThePageReadNoDigitAndOneLaterReadingIsTheOnlyNumber() {
        assertEquals(Optional.of("33"), RapidPageOcr.standing("3", "33", "33"), "the two later readings alike");
        assertEquals(Optional.of("8"), RapidPageOcr.standing("#", "", "8"), "0012-2021 of the scanned corpus");
        assertEquals(Optional.of("4"), RapidPageOcr.standing("(", "(", "4"), "the enlarged cell read ( again");
        assertEquals(Optional.of("2"), RapidPageOcr.standing("N", "2", ""));
        assertEquals(Optional.of("2"), RapidPageOcr.standing("N", "2", "Z"));
        assertEquals(Optional.empty(), RapidPageOcr.standing("#", "3", "8"), "two later numbers that differ: neither");
        assertEquals(Optional.empty(), RapidPageOcr.standing("#", "", ""));
        assertEquals(Optional.empty(), RapidPageOcr.standing("(", "(", "("));
        assertEquals(Optional.empty(), RapidPageOcr.standing("(", "(", "/"), "a mark for none is no number");
        assertEquals(Optional.empty(), RapidPageOcr.standing("7", "", "1"),
                "a page reading with a digit is not replaced by one later reading alone");
        assertEquals(Optional.empty(), RapidPageOcr.standing("7", "1", "4"));
    }

    @Test
    void readingsAreAlikeSpacesAside() {
        assertTrue(RapidPageOcr.same("1 2", "12"));
        assertTrue(RapidPageOcr.same(" 33", "33 "));
        assertFalse(RapidPageOcr.same("3", "33"));
        assertFalse(RapidPageOcr.same("12", ""));
        assertFalse(RapidPageOcr.same("0", "O"), "the same characters");
    }

    @Test
    void aLoneLetterOReadAgainWhereThePageReadAZeroReadsAlike() {
        assertTrue(RapidPageOcr.alike("0", "o"), "one round mark the recogniser reads as either");
        assertTrue(RapidPageOcr.alike(" O ", "0"));
        assertTrue(RapidPageOcr.alike("o", "O"));
        assertFalse(RapidPageOcr.alike("00", "oo"), "only a lone o");
        assertFalse(RapidPageOcr.alike("o", "。"));
        assertFalse(RapidPageOcr.alike("6", "o"));
    }

    @Test
    void aZeroReadAgainWhereThePageReadACircleOrTheLetterOIsLeftForTheCellsInkToDecide() {
        // a halftoned blank cell's dots read o on the page may read 0 enlarged: only a ring in the ink makes it a 0
        assertEquals(Optional.empty(), RapidPageOcr.standing("o", "0", "0"));
        assertEquals(Optional.empty(), RapidPageOcr.standing("。", "0", "0"));
        assertEquals(Optional.empty(), RapidPageOcr.standing("O", "", "0"));
        assertEquals(Optional.empty(), RapidPageOcr.standing("o", "o", "o"), "read alike: the page's o stands, as read");
        assertEquals(Optional.of("6"), RapidPageOcr.standing("o", "6", "6"),
                "another number read twice stands in doubt: an identity must hold for it, and a blank's 0 would pass one");
        assertEquals(Optional.of("0"), RapidPageOcr.standing("#", "0", "0"), "no circle on the page: as before");
        assertEquals(Optional.of("o"), RapidPageOcr.standing("#", "o", "0"),
                "read o and 0 alike: the o is then a reading of a circle, checked in the ink");
    }

    @Test
    void whatTheEngineReadsForADashIsCheckedAsADash() {
        for (String s : new String[] {"一", "—", "-", "–", "－", "_", " 一 "}) {
            assertTrue(RapidPageOcr.dashLike(s), s);
        }
        assertFalse(RapidPageOcr.dashLike("-3"));
        assertFalse(RapidPageOcr.dashLike("二"));
        assertFalse(RapidPageOcr.dashLike("1"));
        assertFalse(RapidPageOcr.dashLike(""));
    }
    @Test
    void aLetterAsRoundAsAZeroReadAloneInAFiguresCellIsAZeroInDoubt() {
        for (String s : new String[] {"D", "p", " D ", "口", "〇"}) {
            assertTrue(RapidPageOcr.zeroLike(s), s);
        }
        assertFalse(RapidPageOcr.zeroLike("DD"), "two letters are no lone 0");
        assertFalse(RapidPageOcr.zeroLike("0"), "a 0 is read as it is");
        assertFalse(RapidPageOcr.zeroLike("8"));
        assertFalse(RapidPageOcr.zeroLike("日"), "a CJK character is read again, not taken for a 0");
        assertFalse(RapidPageOcr.zeroLike(""));
    }

    @Test
    void aLeadingOneMayBeARulingLinesPieceWhereALaterReadingReadsTheFiguresAfterItAlone() {
        assertTrue(RapidPageOcr.ruleReadAsOne("182", "B2", "82"), "the fax's 82 of table 三");
        assertTrue(RapidPageOcr.ruleReadAsOne(" 120", "20", ""));
        assertFalse(RapidPageOcr.ruleReadAsOne("182", "B2", "182"), "no later reading without the 1");
        assertFalse(RapidPageOcr.ruleReadAsOne("82", "2", "2"), "no leading 1");
        assertFalse(RapidPageOcr.ruleReadAsOne("1", "", ""), "a lone 1 is checked as a stroke");
        assertFalse(RapidPageOcr.ruleReadAsOne("1-", "-", "-"), "no figure after it");
    }
}
