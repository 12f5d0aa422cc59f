package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/** A row of table 三 placed by the cells its header names, in a grid that keeps every position. */
class HeaderPositionsTest {

    private static final List<String> FORM = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");
    private final ValueParser parser = new ValueParser();

    private static SourceRow row(String... cells) {
        return new SourceRow(Arrays.stream(cells).map(c -> GridCell.of(c, new Location.Line(1))).toList(),
                Positions.FLATTENED);
    }

    /** A Markdown header: 自然人 in cell 3 and 总计 in cell 9 of rows ten cells wide, the organisations in 4 to 8. */
    private HeaderPositions markdownHeader() {
        HeaderPositions h = new HeaderPositions();
        h.add("natural_person", 10, 3, true);
        h.add("total", 10, 9, false);
        for (int i = 1; i <= 5; i++) {
            h.add(FORM.get(i), 10, 3 + i, true);
        }
        return h;
    }

    @Test
    void readsARowAsWideAsTheHeaderInTheCellsTheHeaderNames() {
        // | 二、上年结转 |  |  |  | 0 | 0 | 0 | 0 |  |  |: the merged label cells are blank, so are three columns
        List<GridCell> cols = markdownHeader().columns(row("二、上年结转政府信息公开申请数量", "", "", "", "0", "0", "0", "0",
                "", ""), FORM, parser).orElseThrow();
        assertEquals(List.of("", "0", "0", "0", "0", "", ""), cols.stream().map(GridCell::text).toList());
    }

    @Test
    void provesNothingForARowOfAnotherWidthOrAHeaderNamingAColumnElsewhere() {
        assertTrue(markdownHeader().columns(row("一、本年新收", "", "73", "245", "", "2", "", "1", "321"), FORM, parser)
                .isEmpty());
        HeaderPositions moved = markdownHeader();
        moved.add("research", 10, 6, true); // named twice, in two places
        assertTrue(moved.columns(row("二、上年结转", "", "", "", "0", "0", "0", "0", "", ""), FORM, parser).isEmpty());
        HeaderPositions trailing = new HeaderPositions();
        trailing.add("natural_person", 10, 2, false); // a stray cell after 总计 would shift every value
        trailing.add("total", 10, 8, false);
        assertTrue(trailing.columns(row("二、上年结转", "", "", "0", "0", "0", "0", "", "", ""), FORM, parser).isEmpty());
    }

    /**
     * 甘肃省-style tab rows padded to every position, a tab after some rows' last cell (made by the
     * generator's text-tab-padded rendering, 0163-2021):
     * <pre>
     * \t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\t                         11 cells, the last a separator
     * \t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t          10 cells, the last 总计's merged cell
     * 三、本年度办理结果\t(一)予以公开\t\t\t5\t0\t0\t\t\t5               10 cells
     * \t\t4.无正当理由大量反复申请\t2\t0\t\t\t7\t\t9\t                  11 cells, the last a separator
     * </pre>
     */
    private HeaderPositions tabPaddedHeader() {
        HeaderPositions h = new HeaderPositions();
        h.add("natural_person", 11, 3, true);
        h.add("total", 11, 9, true);
        for (int i = 1; i <= 5; i++) {
            h.add(FORM.get(i), 10, 3 + i, true);
        }
        return h;
    }

    @Test
    void aSeparatorAfterARowsLastCellMovesNoColumn() {
        HeaderPositions h = tabPaddedHeader();
        SourceRow granted = row("三、本年度办理结果", "(一)予以公开", "", "", "5", "0", "0", "", "", "5");
        SourceRow repeat = row("", "", "4.无正当理由大量反复申请", "2", "0", "", "", "7", "", "9", "");
        h.row(granted, parser);
        h.row(repeat, parser);
        assertEquals(List.of("", "5", "0", "0", "", "", "5"),
                h.columns(granted, FORM, parser).orElseThrow().stream().map(GridCell::text).toList());
        assertEquals(List.of("2", "0", "", "", "7", "", "9"),
                h.columns(repeat, FORM, parser).orElseThrow().stream().map(GridCell::text).toList());
    }

    @Test
    void aRowAsWideAsTheTableEndingEmptyProvesNothingWhereRowsShowSeparatorsAndNoEmptyFieldBetweenValues() {
        HeaderPositions h = tabPaddedHeader();
        SourceRow repeat = row("", "", "4.无正当理由大量反复申请", "2", "0", "1", "1", "7", "3", "14", "");
        // \t\t\t1\t2\t3\t then nothing: a blank 总计, or a row that lost a cell and kept a separator
        // (1, 2 and 3 in the last three columns keep the row's identity)
        SourceRow lost = row("", "", "3.危及“三安全一稳定”", "", "", "", "1", "2", "3", "");
        h.row(repeat, parser);
        h.row(lost, parser);
        assertTrue(h.columns(lost, FORM, parser).isEmpty());
    }

    @Test
    void aRowAsWideAsTheTableEndingEmptyIsReadWhereARowShowsAnEmptyFieldBetweenValues() {
        // 2\t0\t\t\t7: empty fields between values, which a flattening that drops blank cells never
        // prints; the text keeps its blank cells, so 0\t\t\t0\t\t\t is seven cells, 总计 blank
        HeaderPositions h = tabPaddedHeader();
        SourceRow repeat = row("", "", "4.无正当理由大量反复申请", "2", "0", "", "", "7", "", "9", "");
        SourceRow zeros = row("", "", "3.危及“三安全一稳定”", "0", "", "", "0", "", "", "");
        h.row(repeat, parser);
        h.row(zeros, parser);
        assertEquals(List.of("0", "", "", "0", "", "", ""),
                h.columns(zeros, FORM, parser).orElseThrow().stream().map(GridCell::text).toList());
    }
}
