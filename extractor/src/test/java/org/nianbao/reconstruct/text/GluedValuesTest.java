package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GluedValuesTest {

    @Test
    void blankMarksRunIntoDigitsAreValuesRunTogether() {
        // pdftotext -layout and default mode of Chromium's PDF with one-digit-wide value columns
        assertTrue(GluedValues.in("2 6 —1 1 —9"));
        assertTrue(GluedValues.in("—0 ——"));
        assertTrue(GluedValues.in("0 —0 0 —0"));
        assertTrue(GluedValues.in("—0 —"));
        assertTrue(GluedValues.in("／3"));
    }

    @Test
    void labelsDatesTelephoneNumbersAndPageNumbersAreNot() {
        assertFalse(GluedValues.in("一、本年新收政府信息公开申请数量"));
        assertFalse(GluedValues.in("2021-12-31"));
        assertFalse(GluedValues.in("0931-8123456"));
        assertFalse(GluedValues.in("— 2 —"));
        assertFalse(GluedValues.in("-3-"));
        assertFalse(GluedValues.in("12 34")); // numbers only: split elsewhere, never glued
        assertFalse(GluedValues.in("———"));
    }
}
