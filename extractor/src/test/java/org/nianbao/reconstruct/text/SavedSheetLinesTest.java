package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SavedSheetLinesTest {

    /**
     * Red team rtv's {@code calc-saved-tsv-innertext-padded-quoted-2021}: innerText pasted into LibreOffice Calc and
     * saved tab-separated, every row padded to the sheet's ten columns and its text cells quoted.
     */
    private static final List<String> SAVED = List.of(
            "\"二、主动公开政府信息情况\"\t\t\t\t\t\t\t\t\t",
            "\t\t\t\t\t\t\t\t\t",
            "\t\"本年制发件数\"\t\"本年废止件数\"\t\"现行有效件数\"\t\t\t\t\t\t",
            "\"规章\"\t\"—\"\t\"—\"\t17\t\t\t\t\t\t",
            "\t\t\t\t\t\t\t\t\t",
            "\"行政规范性文件\"\t\t\t\t\t\t\t\t\t",
            "\t\t\t\t\t\t\t\t\t",
            "116\t\t\t\t\t\t\t\t\t",
            "\t0\t271828\t\t\t\t\t\t\t",
            "\"他说\"\"好\"\"\"\t\t\t\t\t\t\t\t\t");

    @Test
    void readsTheSaveAsTheCopyTrimmedOfItsTrailingTabs() {
        assertEquals(List.of("二、主动公开政府信息情况", "", "\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t—\t—\t17", "",
                "行政规范性文件", "", "116", "\t0\t271828", "他说\"好\""), SavedSheetLines.of(SAVED));
    }

    @Test
    void keepsALineForEachLineAQuotedFieldRunsOver() {
        List<String> saved = List.of("\"一、总体情况\"\t\t", "\t\t", "\"第一段\t", "第二段\"\t5\t", "\t\t", "\t\t");
        assertEquals(List.of("一、总体情况", "", "第一段\t", "第二段\t5", "", ""), SavedSheetLines.of(saved));
    }

    @Test
    void readsABrowsersOwnCopyAsItStands() {
        // rows end where the table's rows end: not one width
        List<String> copy = List.of("规章\t—\t—\t17", "", "行政规范性文件\t", "", "116", "", "\t0\t271828", "\t\t", "\t", "\t\t");
        assertSame(copy, SavedSheetLines.of(copy));
    }

    @Test
    void readsATableExportWithNoEmptyRowsAsItStands() {
        List<String> export = List.of("地区\t件数\t", "甲县\t5\t", "乙县\t7\t", "丙县\t\t");
        assertSame(export, SavedSheetLines.of(export));
    }

    @Test
    void readsTheSaveAnEditorTrimmedOfItsPaddingByItsQuotes() {
        // red team rtz: the same save with every line's trailing whitespace taken off on the editor's save
        List<String> trimmed = SAVED.stream().map(String::stripTrailing).toList();
        assertEquals(List.of("二、主动公开政府信息情况", "", "\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t—\t—\t17", "",
                "行政规范性文件", "", "116", "\t0\t271828", "他说\"好\""), SavedSheetLines.of(trimmed));
    }

    @Test
    void readsACopyWithAFewQuotedCellsAsItStands() {
        // a copy's own quotes: fewer whole quoted cells than a save writes, or a quote inside a cell
        List<String> copy = List.of("\"放管服\"\t5", "", "\"双随机\"\t3", "规章\t17", "\"一网通办\"\t2", "依申请\t4");
        assertSame(copy, SavedSheetLines.of(copy));
        List<String> inside = List.of("\"甲\"\t1", "\"乙\"\t2", "\"丙\"\t3", "\"丁\"\t4", "\"戊\"\t5", "关于\"放管服\"改革\t6");
        assertSame(inside, SavedSheetLines.of(inside));
    }
}
