package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Thousands commas the engine read as points, and the points that may be either. */
class DigitGroupsTest {

    @Test
    void pointsBetweenGroupsOfThreeBeforeTheDecimalPointAreCommas() {
        // amounts of the scanned corpus as the engine read them (0010, 0026 and one of session ocr5's documents)
        assertEquals("81,548.08万元", DigitGroups.commas("81.548.08万元"));
        assertEquals("96,459.2283万元", DigitGroups.commas("96.459.2283万元"));
        assertEquals("1,234,567.5", DigitGroups.commas("1.234.567.5"));
        assertEquals("1,234,567.5", DigitGroups.commas("1,234.567.5"));
        assertEquals("10,878.2 万元", DigitGroups.commas("10.878.2 万元"));
    }

    @Test
    void aReadingThatIsNoSuchNumberIsLeftAsRead() {
        assertEquals("67.520.835万元", DigitGroups.commas("67.520.835万元"), "67,520,835 or 67,520.835: not guessed");
        assertEquals("81,548.08", DigitGroups.commas("81,548.08"));
        assertEquals("81548.08", DigitGroups.commas("81548.08"));
        assertEquals("1,322", DigitGroups.commas("1,322"));
        assertEquals("12.5", DigitGroups.commas("12.5"));
        assertEquals("1234.567.8", DigitGroups.commas("1234.567.8"), "a first group of four is no thousands group");
        assertEquals("1.属于国家秘密", DigitGroups.commas("1.属于国家秘密"));
        assertEquals("", DigitGroups.commas(""));
    }

    @Test
    void aLonePointBeforeExactlyThreeDigitsMayBeAComma() {
        assertTrue(DigitGroups.pointMayBeComma("81.548"));
        assertTrue(DigitGroups.pointMayBeComma("2.228"));
        assertTrue(DigitGroups.pointMayBeComma("81.548万元"));
        assertFalse(DigitGroups.pointMayBeComma("0.125"), "0,125 is no grouped number");
        assertFalse(DigitGroups.pointMayBeComma("81.54"));
        assertFalse(DigitGroups.pointMayBeComma("81.5482"));
        assertFalse(DigitGroups.pointMayBeComma("8154.808"), "four digits before a point: no thousands group");
        assertFalse(DigitGroups.pointMayBeComma("81,548"));
        assertFalse(DigitGroups.pointMayBeComma("81,548.08"));
        assertFalse(DigitGroups.pointMayBeComma("1.属于"));
    }

    @Test
    void severalGroupsOfThreeWithAPointAmongThemMayBeCommas() {
        // 0028's fee 98,878.507万元 was read 98.878.507; a count of 98,878,507 would be read alike
        assertTrue(DigitGroups.pointMayBeComma("98.878.507"));
        assertTrue(DigitGroups.pointMayBeComma("1,234.567"));
        assertTrue(DigitGroups.pointMayBeComma("1.234,567"));
        assertFalse(DigitGroups.pointMayBeComma("1.234.567.5"), "a point before one digit is the decimal point");
        assertFalse(DigitGroups.pointMayBeComma("1,234,567"));
        assertFalse(DigitGroups.pointMayBeComma("0.123.456"));
    }
}
