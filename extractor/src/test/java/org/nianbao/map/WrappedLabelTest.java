package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/** Labels wrapped over several cells, as pdftotext -raw and paragraph text print them. */
class WrappedLabelTest {

    private final LabelBook labels = new LabelBook(Catalog.standard());
    private final ValueParser parser = new ValueParser();

    private LabeledRow find(String... cells) {
        List<GridCell> row = java.util.Arrays.stream(cells).map(c -> GridCell.of(c, new Location.Line(1))).toList();
        return LabeledRow.find(new SourceRow(row, Positions.FLATTENED), labels.requestsRows::match, parser);
    }

    @Test
    void joinsALabelWrappedOverFourLinesWhenTheWholeIsTheExactWording() {
        LabeledRow r = find("2.申请人逾期未按收费通", "知要求缴纳费用、行政机", "关不再处理其政府信息公", "开申请", "0", "0", "3");
        assertEquals("other_no_fee", r.match().orElseThrow().id());
        assertEquals(List.of("0", "0", "3"), r.values().stream().map(GridCell::text).toList());
    }

    @Test
    void prefersALastCellThatIsExactOverJoiningItsGroupLabel() {
        LabeledRow r = find("（三）不", "予公开", "1.属于国家秘密", "0", "58");
        assertEquals("denied_state_secret", r.match().orElseThrow().id());
        assertEquals(List.of("（三）不", "予公开"), r.before().stream().map(GridCell::text).toList());
    }

    @Test
    void readsGluedColumnHeadersEachAsItsColumn() {
        assertEquals(List.of("issued", "repealed", "in_force"),
                labels.activeColumns.matchRun("本年制发件数本年废止件数现行有效件数").stream().map(LabelMatch::id).toList());
    }
}
