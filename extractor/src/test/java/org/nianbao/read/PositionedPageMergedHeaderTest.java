package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A pdftohtml block merged from header cells side by side, cut into the cells the page shows. */
class PositionedPageMergedHeaderTest {

    private static final String GAP = "\u00A0"; // pdftohtml's &#160; between two strings it joined

    private static TreeMap<Integer, Integer> stops(int... lefts) {
        TreeMap<Integer, Integer> stops = new TreeMap<>();
        for (int left : lefts) {
            stops.put(left, 5);
        }
        return stops;
    }

    @Test
    void aSpaceInsideOneStringIsOneCellsTextAndTheGapsAreTheCells() {
        // corpus/redteam/pdftohtml-merged-org-block-wrapped-mixed.html: 12 px font; placed at the next
        // stops word by word, 社会公益 went to 其他's column and the header swapped two organisations
        Map<Integer, String> words = PositionedPage.mergedHeaderWords("商业 企业" + GAP + "科研 机构" + GAP + "社会公益",
                stops(464, 513, 578, 643, 704, 765, 800), 513, 12);
        assertEquals(Map.of(513, "商业 企业", 578, "科研 机构", 643, "社会公益"), words);
    }

    @Test
    void aStringWithNoStopWhereItsWidthPutsItGoesOnTheStringBeforeIt() {
        // corpus/redteam/pdftohtml-landscape-merged-orgs-2019.html: 18 px; 商业 and 企业 are two strings
        // of one cell, 830 is 科研机构's column
        Map<Integer, String> words = PositionedPage.mergedHeaderWords("商业" + GAP + "企业" + GAP + "科研" + GAP + "机构",
                stops(693, 750, 830, 911, 986, 1060, 1099), 750, 18);
        assertEquals(Map.of(750, "商业 企业", 830, "科研 机构"), words);
    }

    @Test
    void cellsTheWidthsPlaceAtTheNextStopsAreSplitAsBefore() {
        // corpus/redteam/pdftohtml-landscape-merged-header-2019.html
        Map<Integer, String> words = PositionedPage.mergedHeaderWords("商业企业" + GAP + "科研机构" + GAP + "社会公益",
                stops(679, 749, 841, 933, 1025, 1117, 1164), 749, 18);
        assertEquals(Map.of(749, "商业企业", 841, "科研机构", 933, "社会公益"), words);
    }

    @Test
    void aColumnWithNoStopLeavesTheBlockWholeRatherThanShiftingItsCellsToTheNextStops() {
        // 科研机构's column holds too few figures to be a stop: placed at the next stops in turn, 科研机构
        // would take 社会公益组织's column; by its width it stands before 643, where no stop is, so it
        // is joined to 商业企业 and read as a run of labels with no columns of their own
        Map<Integer, String> words = PositionedPage.mergedHeaderWords("商业企业" + GAP + "科研机构" + GAP + "社会公益",
                stops(464, 513, 643, 704, 765, 800), 513, 12);
        assertEquals(Map.of(513, "商业企业 科研机构", 643, "社会公益"), words);
        // two stops within reach of one string: which one is not proven
        assertTrue(PositionedPage.mergedHeaderWords("商业企业" + GAP + "科研机构",
                stops(464, 513, 565, 572, 643), 513, 12).isEmpty());
    }

    @Test
    void blocksThatAreNotMergedHeaderCellsStayWhole() {
        TreeMap<Integer, Integer> stops = stops(464, 513, 578, 643);
        assertTrue(PositionedPage.mergedHeaderWords("商业 企业", stops, 513, 12).isEmpty(), "one string");
        assertTrue(PositionedPage.mergedHeaderWords("合计" + GAP + "12", stops, 513, 12).isEmpty(), "digits");
        assertTrue(PositionedPage.mergedHeaderWords("商业企业" + GAP + "科研机构", stops, 520, 12).isEmpty(), "no stop");
        assertTrue(PositionedPage.mergedHeaderWords("商业企业" + GAP + "科研机构", stops, 513, 0).isEmpty(), "font unknown");
        // letter-spaced (a landscape Chromium print): the gaps add up, and 企 would reach 科研机构's stop
        assertTrue(PositionedPage.mergedHeaderWords(String.join(GAP, "商", "业", "企", "业", "科", "研", "机", "构"),
                stops(617, 689, 787, 885, 964, 1043, 1090), 689, 18).isEmpty(), "one character a string");
    }
}
