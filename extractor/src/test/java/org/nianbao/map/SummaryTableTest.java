package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class SummaryTableTest {

    private static final SummaryTable SUMMARY = new SummaryTable(new LabelBook(Catalog.standard()), new ValueParser());

    /** A grid of one row per line, each line's cells split at tabs (as a table's cells or a text's columns). */
    private static CellGrid grid(Positions positions, String... lines) {
        List<List<GridCell>> rows = new ArrayList<>();
        int n = 1;
        for (String line : lines) {
            List<GridCell> row = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                row.add(GridCell.of(cell, new Location.Line(n)));
            }
            rows.add(row);
            n++;
        }
        return new CellGrid(rows, positions);
    }

    private static List<String> given(SummaryTable.Found found) {
        return found.given().stream().map(g -> g.label() + "=" + g.figure().toPlainString()).toList();
    }

    @Test
    void aTableOfLastYearsAndThisYearsFiguresIsSetAsideWithItsFiguresForTheReportsYear() {
        CellGrid summary = grid(Positions.EXACT, "项目\t上年\t本年", "本年新收政府信息公开申请数量\t120\t370",
                "予以公开\t34\t", "行政复议\t40\t4");
        CellGrid form = grid(Positions.EXACT, "第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t1\t2\t3");
        SummaryTable.Found found = SUMMARY.find(List.of(summary, form), OptionalInt.of(2021));
        assertEquals(List.of(form), found.rest());
        assertEquals(List.of("本年新收政府信息公开申请数量=370", "行政复议=4"), given(found));
    }

    @Test
    void inTextTheHeadsRunIntoOneCellAndTheSummaryEndsAtTheNextSectionsTitle() {
        // pdftotext -layout of a Chromium print: the heads one space apart, a share in the last column
        CellGrid text = grid(Positions.FLATTENED, "一、总体情况", "项目\t本年 上年 增减 同比",
                "本年新收政府信息公开申请数量 370 406 -36 -8.9%", "上年结转政府信息公开申请数量 4\t13\t-9\t-69.2%",
                "行政诉讼\t0\t0\t0\t—", "二、主动公开政府信息情况", "第二十条第（一）项", "规章\t1\t2\t3");
        SummaryTable.Found found = SUMMARY.find(List.of(text), OptionalInt.of(2021));
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "第二十条第（一）项", "规章"),
                found.rest().get(0).rows().stream().map(r -> r.get(0).text()).toList());
        assertEquals(List.of("本年新收政府信息公开申请数量=370", "上年结转政府信息公开申请数量=4", "行政诉讼=0"), given(found));
    }

    @Test
    void aColumnHeadedByTheReportsYearGivesItsFiguresAndTheYearBeforeDoesNot() {
        CellGrid summary = grid(Positions.EXACT, "项目\t2020年\t2021年\t增减", "行政复议\t2\t5\t+3");
        assertEquals(List.of("行政复议=5"), given(SUMMARY.find(List.of(summary), OptionalInt.of(2021))));
        assertEquals(List.of("行政复议=2"), given(SUMMARY.find(List.of(summary), OptionalInt.of(2020))));
    }

    @Test
    void theItemsLaidAsColumnsWithARowPerYearAreASummaryToo() {
        CellGrid summary = grid(Positions.EXACT, "年度\t本年新收政府信息公开申请数量\t予以公开\t行政复议",
                "上年\t10\t4\t1", "本年\t12\t5\t0");
        SummaryTable.Found found = SUMMARY.find(List.of(summary), OptionalInt.of(2021));
        assertEquals(List.of(), found.rest());
        assertEquals(List.of("本年新收政府信息公开申请数量=12", "予以公开=5", "行政复议=0"), given(found));
    }

    @Test
    void theFormsOwnHeadersAreNoSummary() {
        // table 二 of the 2019 form heads its columns 上一年项目数量 and 本年增/减; table 四 may print a row per year
        CellGrid active = grid(Positions.EXACT, "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可\t5\t1\t9");
        CellGrid appeals = grid(Positions.EXACT, "行政复议\t行政诉讼", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
                "2020年\t1\t0\t0\t0\t1", "2021年\t0\t1\t0\t0\t1");
        SummaryTable.Found found = SUMMARY.find(List.of(active, appeals), OptionalInt.of(2021));
        assertEquals(List.of(active, appeals), found.rest());
        assertEquals(List.of(), found.given());
    }

    @Test
    void aCountAloneUnderAnItemHeadIsSetAsideButNamesNoYearToCompare() {
        // fixtures/text/summary-labelled-footer.txt: 行政复议 7 in the summary, 总计 6 in table 四 — a count of cases
        // the table may count otherwise, not a figure the summary gives the cell
        CellGrid summary = grid(Positions.EXACT, "项目\t数量", "本年新收政府信息公开申请数量\t370", "行政复议\t7");
        SummaryTable.Found found = SUMMARY.find(List.of(summary), OptionalInt.of(2021));
        assertEquals(List.of(), found.rest());
        assertEquals(List.of(), given(found));
        CellGrid thisYear = grid(Positions.EXACT, "项目\t本年", "行政复议\t7");
        assertEquals(List.of("行政复议=7"), given(SUMMARY.find(List.of(thisYear), OptionalInt.of(2021))));
    }
}
