package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Table 二 of a scan read as a ruled grid, where OCR misread row labels beyond matching and the
 * blocks' titles with them (the 100 dpi fax fixture's page 1, as read): a row is placed by the
 * form's order of rows where the rows whose labels were read around it leave it one row; else it
 * stays unmatched, its finding naming the rows the order leaves it.
 */
class MisreadActiveRowsTest {

    private static final Catalog CATALOG = Catalog.standard();
    private final ActiveTable table = new ActiveTable(new LabelBook(CATALOG), new CellReader(new ValueParser()), CATALOG);

    private static SourceRow row(int y, boolean ocr, String... texts) {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Location.PageBox box = new Location.PageBox(1, i == 0 ? 60 : 120 + 100 * i, 100 + 17 * y,
                    i == 0 ? 220 : 220 + 100 * i, 117 + 17 * y);
            cells.add(new GridCell(texts[i], ocr ? box.readByOcr(0.9f) : box, false));
        }
        return new SourceRow(cells, Positions.EXACT);
    }

    /** The fax's table 二 as OCR read it: titles misread, some headers and row labels too; {@code without} rows left out. */
    private static List<SourceRow> fax(boolean ocr, List<String> without) {
        String[][] printed = {
            {"第：1系第（）项", "", "", ""},
            {"息内客", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
            {"现染", "3", "2", "41"},
            {"规范性.之作", "13", "7", "120"},
            {"第：I条第（h）项", "", "", ""},
            {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
            {"行政许可", "382", "-11", "371"},
            {"其他对外管理服务事项", "25", "+4", "9"},
            {"筑：条第（六）项", "", "", ""},
            {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
            {"政处司", "1322", "+1355", "2677"},
            {"行政强制", "148", "10", "158"},
            {"第：十条第（）项", "", "", ""},
            {"息内客", "上一年项目数量", "本年增/减", ""},
            {"政事业州改费", "37", "-3", ""},
            {"第：1条第（）项", "", "", ""},
            {"信意内客", "采购项目数量", "采购总金额", ""},
            {"股府集中案购", "77", "24946.6", ""}};
        List<SourceRow> rows = new ArrayList<>();
        for (String[] r : printed) {
            if (!without.contains(r[0])) {
                rows.add(row(rows.size(), ocr, r));
            }
        }
        return rows;
    }

    private TableSink map(List<SourceRow> rows) {
        TableSink sink = new TableSink();
        table.map(rows, StatedUnits.none(), new ActiveTable.Fallback(Template.Y2019, false), false,
                CropEdge.of(List.of()), sink);
        return sink;
    }

    private static Optional<String> value(TableSink sink, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.ACTIVE, row, column);
        return sink.cells().stream().filter(c -> c.key().equals(key)).map(c -> c.value().render()).findFirst();
    }

    @Test
    void rowsWhoseLabelsOcrMisreadStandForTheRowsTheirNeighboursLeaveThem() {
        TableSink sink = map(fax(true, List.of()));
        assertEquals(Optional.of("3"), value(sink, "regulations", "new_made"), "before the first row read");
        assertEquals(Optional.of("120"), value(sink, "normative_documents", "total_published"));
        assertEquals(Optional.of("1355"), value(sink, "penalty", "change"), "between two rows read");
        assertEquals(Optional.of("-3"), value(sink, "fees", "change"));
        assertEquals(Optional.of("24946.6"), value(sink, "procurement", "amount"), "after the last row read");
        for (String row : List.of("regulations", "normative_documents", "penalty", "fees", "procurement")) {
            assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals("label-approximate")
                    && f.scope().row().equals(row) && f.message().contains("the form's order of rows")), row);
        }
        assertTrue(sink.findings().stream().noneMatch(f -> f.rule().equals(TableSink.UNMATCHED)), sink.findings()::toString);
    }

    @Test
    void whereARowIsLostTheMisreadRowsItLeavesInDoubtAreNotPlacedAndTheirCandidatesNamed() {
        // 行政强制 not printed: 政处司 may be 行政处罚 or 行政强制, and so may not be placed
        TableSink sink = map(fax(true, List.of("行政强制")));
        assertFalse(value(sink, "penalty", "previous_count").isPresent());
        assertFalse(value(sink, "coercion", "previous_count").isPresent());
        assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals(TableSink.UNMATCHED)
                && f.message().contains("政处司") && f.message().contains("it may be row penalty, coercion")),
                sink.findings()::toString);
        assertEquals(Optional.of("3"), value(sink, "regulations", "new_made"), "the rows before are still pinned");
    }

    @Test
    void aLabelPrintedInATextLayerIsWhatTheReportSaysAndIsNotMoved() {
        TableSink sink = map(fax(false, List.of()));
        assertFalse(value(sink, "regulations", "new_made").isPresent());
        assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals(TableSink.UNMATCHED)
                && !f.message().contains("form's order")), sink.findings()::toString);
    }
}
