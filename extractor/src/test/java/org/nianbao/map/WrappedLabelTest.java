package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

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

    /** Cells of one printed line, each at the character column given before it ("4:请人"). */
    private LabeledRow findOnOneLine(String... cells) {
        return LabeledRow.find(line(7, cells), labels.requestsRows::match, parser);
    }

    @Test
    void takesNoApproximateLabelThatHasAnotherLabelColumnBesideItOnItsLine() {
        // （六）其他处理 and 1.申请人… wrapped side by side: 其他处 is the group's piece, 请人 the row's
        LabeledRow r = findOnOneLine("0:其他处", "4:请人", "13:9");
        assertEquals(java.util.Optional.empty(), r.match());
    }

    @Test
    void takesAnApproximateLabelThatHasNoOtherTextBesideIt() {
        assertEquals("other", findOnOneLine("0:其他处", "13:9").match().orElseThrow().id());
    }

    private static SourceRow line(int number, String... cells) {
        return new SourceRow(java.util.Arrays.stream(cells).map(c -> {
            int colon = c.indexOf(':');
            int start = Integer.parseInt(c.substring(0, colon));
            String text = c.substring(colon + 1);
            return GridCell.at(text, new Location.Line(number), new TextSpan(0, start, start + text.length()));
        }).toList(), Positions.FLATTENED);
    }

    @Test
    void joinsTheRowsLabelColumnRatherThanTheGroupsBesideIt() {
        // Chromium's print, pdftotext -layout (seed 2026, 0042-2021): the group （六）其他处理 and the
        // row 2.申请人逾期未按收费… wrap side by side; the group's column joins into the 2019 row 其他处理
        List<SourceRow> rows = List.of(
                line(116, "13:2.申请人逾期未按收费通知要求缴纳"),
                line(118, "8:（六）其", "13:费用、行政机关不再处理其政府信息", "30:0", "48:1", "56:0", "64:0", "72:0", "81:0", "83:1"),
                line(119, "8:他处理", "13:公开申请"));
        List<SourceRow> joined = WrappedLabels.join(rows, parser, text -> labels.requestsRows.match(text)
                .filter(m -> m.exact() && !LabelBook.isNoise(m.id()) && FormRowBook.numbered(text)).map(LabelMatch::id),
                text -> labels.requestsGroups.match(text).filter(LabelMatch::exact).isPresent());
        SourceRow values = joined.stream().filter(r -> r.cells().stream().anyMatch(c -> c.text().equals("1"))).findFirst()
                .orElseThrow();
        assertEquals("other_no_fee", LabeledRow.find(values, labels.requestsRows::match, parser).match().orElseThrow().id());
    }

    @Test
    void leavesFiguresWithTheMisprintedItemLabelOnTheirOwnLine() {
        // pdftotext -layout of a 67 % Chromium print (fix18s): 3.补正启申请内容仍不明确 (misprinted) names no row
        // exactly; the label below, alone on its line, named one and took the figures, its 总计 read 6
        List<SourceRow> rows = List.of(
                line(81, "25:3.补正启申请内容仍不明确", "73:6", "91:6"),
                line(83, "20:1.信访举报投诉类申请"));
        List<SourceRow> joined = WrappedLabels.join(rows, parser, text -> labels.requestsRows.match(text)
                .filter(m -> m.exact() && !LabelBook.isNoise(m.id()) && FormRowBook.numbered(text)).map(LabelMatch::id),
                text -> labels.requestsGroups.match(text).filter(LabelMatch::exact).isPresent());
        assertEquals(rows, joined);
    }

    @Test
    void readsGluedColumnHeadersEachAsItsColumn() {
        assertEquals(List.of("issued", "repealed", "in_force"),
                labels.activeColumns.matchRun("本年制发件数本年废止件数现行有效件数").stream().map(LabelMatch::id).toList());
    }
}
