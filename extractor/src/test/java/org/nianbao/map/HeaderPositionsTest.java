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
        h.add("natural_person", 10, 3);
        h.add("total", 10, 9);
        for (int i = 1; i <= 5; i++) {
            h.add(FORM.get(i), 10, 3 + i);
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
        moved.add("research", 10, 6); // named twice, in two places
        assertTrue(moved.columns(row("二、上年结转", "", "", "", "0", "0", "0", "0", "", ""), FORM, parser).isEmpty());
        HeaderPositions trailing = new HeaderPositions();
        trailing.add("natural_person", 10, 2); // a stray cell after 总计 would shift every value
        trailing.add("total", 10, 8);
        assertTrue(trailing.columns(row("二、上年结转", "", "", "0", "0", "0", "0", "", "", ""), FORM, parser).isEmpty());
    }
}
