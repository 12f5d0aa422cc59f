package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

/**
 * Table 三 kept in a spreadsheet and printed by LibreOffice Calc, which clips each label at the next cell that holds
 * something: 2021's group labels stand cut beside their first items ({@code (六)其他处} | {@code 1.申请人无}), and
 * {@code pdftotext -layout} runs a cut group label into its first item ({@code （三）不予1.属于国家秘密}) while a long
 * item's label runs over its row's empty cells and its figures go to the next line (red team rti).
 */
class ClippedSpreadsheetLabelsTest {

    private final LabelBook labels = new LabelBook(Catalog.standard());
    private final ValueParser parser = new ValueParser();

    private static SourceRow drawn(String... cells) {
        float[] x = {0};
        return new SourceRow(Arrays.stream(cells).map(c -> {
            GridCell cell = GridCell.of(c, new Location.PageBox(1, x[0], 100, x[0] + 45, 114));
            x[0] += 45;
            return cell;
        }).toList(), Positions.EXACT);
    }

    /** One line of space-aligned text, each cell {@code text@column}. */
    private static SourceRow line(int n, String... cells) {
        return new SourceRow(Arrays.stream(cells).map(c -> {
            String text = c.substring(0, c.lastIndexOf('@'));
            int start = Integer.parseInt(c.substring(c.lastIndexOf('@') + 1));
            return GridCell.at(text, new Location.Line(n), new TextSpan(0, start, start + text.length()));
        }).toList(), Positions.FLATTENED);
    }

    @Test
    void aCutGroupLabelBesideItsFirstItemsCutLabelNamesNoRow() {
        // calc-rti-clipped-labels-other-group-2021.pdf: (六)其他处 read as the 2019 form's single row other, with
        // the values of 1.申请人无正当理由逾期不补正… (7 cells, no warning)
        LabeledRow row = LabeledRow.find(drawn("(六)其他处", "1.申请人无", "0", "", "0", "0", "0", "", "0"),
                labels.requestsRows::match, parser);
        assertTrue(row.match().isEmpty(), row.toString());
        assertEquals(List.of("(六)其他处", "1.申请人无"), row.before().stream().map(GridCell::text).toList());
    }

    @Test
    void aCutGroupLabelAloneBesideValuesStillNamesItsRow() {
        // the 2019 form's single row, cut at its first value: nothing but values beside it
        LabeledRow row = LabeledRow.find(drawn("(六)其他处", "", "0", "", "0", "0", "0", "", "0"),
                labels.requestsRows::match, parser);
        assertEquals("other", row.match().orElseThrow().id());
    }

    @Test
    void aLabelRunOnOverTheEmptyCellBesideItStillNamesItsRow() {
        // a 2019 row label spanning both label columns: Calc runs it on over the empty second one, cut at the first value
        LabeledRow row = LabeledRow.find(drawn("(二)部分公", "开(区分处理", "7", "0", "0", "0", "40", "0", "47"),
                labels.requestsRows::match, parser);
        assertEquals("partially_granted", row.match().orElseThrow().id());
    }

    @Test
    void figuresBesideACutGroupLabelRunIntoAnItemStayThatItems() {
        // pdftotext-layout-calc-rti-clipped-labels-row-shift-mixed.txt: 国家秘密's 0s were given to the label below,
        // 2.其他法律行政法规禁止公开, whose 66s went to 3.危及“三安全一稳定”, and so on down the group
        List<SourceRow> rows = List.of(
                line(30, "（三）不予1.属于国家秘密@16", "0@46", "0@53", "0@58", "0@63", "0@68", "0@73", "0@83"),
                line(31, "2.其他法律行政法规禁止公开@24"),
                line(32, "66@34", "0@42", "0@47", "0@52", "0@57", "0@62", "66@71"),
                line(33, "3.危及“三安全一稳定”@24"),
                line(34, "0@34", "7@42", "0@47", "0@52", "0@57", "1@62", "8@71"));
        List<List<String>> joined = joinedInRequestsTable(rows);
        assertEquals(List.of("（三）不予1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"), joined.get(0));
    }

    @Test
    void figuresUnderACutGroupLabelRunIntoItsLastItemAreNotTheNextGroupsFirstItems() {
        // pdftotext-layout-calc-merged-group-item-alone-2021.txt: （五）不予处理's last item, its label alone on its line and
        // its 0s below, gave them to （六）1.申请人无正当理由…, whose 67s went a row down (2 silent cells)
        List<SourceRow> rows = List.of(
                line(54, "（五）不予5.要求行政机关确认或重新出具已获取信息@16"),
                line(55, "0@31", "0@36", "0@42", "0@53", "0@58", "0@63", "0@86"),
                line(56, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请@27"),
                line(57, "0@37", "67@42", "0@48", "0@53", "0@58", "0@63", "67@86"));
        List<List<String>> joined = joinedInRequestsTable(rows);
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), joined.get(1));
    }

    /** The rows as {@link WrappedLabels} joins them in table 三, with its exact numbered items and groups. */
    private List<List<String>> joinedInRequestsTable(List<SourceRow> rows) {
        return WrappedLabels.join(rows, parser,
                text -> labels.requestsRows.match(text)
                        .filter(m -> m.exact() && !LabelBook.isNoise(m.id()) && FormRowBook.numbered(text))
                        .map(LabelMatch::id),
                text -> labels.requestsGroups.match(text).filter(LabelMatch::exact).isPresent()).stream()
                .map(r -> r.cells().stream().map(GridCell::text).toList()).toList();
    }
}
