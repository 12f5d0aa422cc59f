package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GluedFigureTest {

    @Test
    void aFigureRunIntoTheLabelsLastWordIsGluedInEitherWidth() {
        assertTrue(GluedFigure.endsLabel("行政规范性文件421"));
        assertTrue(GluedFigure.endsLabel("行政事业性收费80,521"));
        assertTrue(GluedFigure.endsLabel("1.属于国家秘密0"));
        // red team 14d: a Chromium print in full-width digits, through -layout and pdftohtml
        assertTrue(GluedFigure.endsLabel("行政规范性文件１３"));
        assertTrue(GluedFigure.endsLabel("行政规范性文件１３ "));
    }

    @Test
    void aLabelEndingInWordsOrOnlyAnItemNumberIsNot() {
        assertFalse(GluedFigure.endsLabel("行政规范性文件"));
        assertFalse(GluedFigure.endsLabel("第二十条第（五）项"));
        assertFalse(GluedFigure.endsLabel("12"));
        assertFalse(GluedFigure.endsLabel("１２"));
    }
}
