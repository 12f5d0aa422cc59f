package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void prefixesFormulaLikeTextWithAnApostropheForSpreadsheets() {
        assertArrayEquals(new String[] {"'=HYPERLINK(\"http://x\")", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", "'\tx"},
                CsvRows.spreadsheetSafe(new String[] {"=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                    "\tx"}));
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        String[] row = {"-11", "+3", "4555.771", "", "甲县", "a=b", "(增)130"};
        assertArrayEquals(row, CsvRows.spreadsheetSafe(row));
    }
}
