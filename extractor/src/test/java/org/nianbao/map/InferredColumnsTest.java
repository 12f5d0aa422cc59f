package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Table 四's row of values whose column borders a reader inferred from where the text stands (a
 * fax lost them; the ocr module's TextColumns): a group's values are accepted where they add up to
 * its 总计, which confirms the columns; a group that does not add up is flagged as assumed.
 */
class InferredColumnsTest {

    private static final Catalog CATALOG = Catalog.standard();
    private final AppealsTable table = new AppealsTable(new LabelBook(CATALOG), new CellReader(new ValueParser()),
            CATALOG.columns(TableId.APPEALS));

    private static SourceRow row(int y, boolean inferred, String... texts) {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            GridCell c = new GridCell(texts[i], new Location.PageBox(1, 56 + 34 * i, 430 + 17 * y, 90 + 34 * i, 447 + 17 * y)
                    .readByOcr(0.9f), false);
            cells.add(inferred ? c.noted(CellNote.inferred("the table's column borders were inferred")) : c);
        }
        return new SourceRow(cells, Positions.EXACT);
    }

    private TableSink map(String... values) {
        List<SourceRow> rows = new ArrayList<>();
        rows.add(row(0, false, "行政复议", "行政诉讼"));
        rows.add(row(1, false, "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
        List<String> head = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            head.addAll(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        }
        rows.add(row(2, false, head.toArray(String[]::new)));
        rows.add(row(3, true, values));
        TableSink sink = new TableSink();
        table.map(rows, OptionalInt.empty(), sink);
        return sink;
    }

    private static boolean flagged(TableSink sink, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.APPEALS, row, column);
        return sink.findings().stream().anyMatch(f -> f.warnsAt(key));
    }

    private static Optional<String> value(TableSink sink, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.APPEALS, row, column);
        return sink.cells().stream().filter(c -> c.key().equals(key)).map(c -> c.value().render()).findFirst();
    }

    @Test
    void groupsThatAddUpConfirmTheirInferredColumns() {
        TableSink sink = map("3", "1", "2", "4", "10", "5", "2", "1", "3", "11", "1", "6", "2", "3", "12");
        assertEquals(Optional.of("10"), value(sink, "review", "total"));
        assertEquals(Optional.of("5"), value(sink, "litigation_direct", "upheld"));
        for (String row : AppealsHeader.ROWS) {
            for (String column : CATALOG.columns(TableId.APPEALS)) {
                assertTrue(!flagged(sink, row, column), row + "/" + column + ": " + sink.findings());
            }
        }
        assertEquals(3, sink.findings().stream().filter(f -> f.rule().equals("columns-inferred")).count());
    }

    @Test
    void aGroupThatDoesNotAddUpIsFlaggedAsAssumed() {
        // 10 and 5 read as one cell's 105 and the next cell empty: the group 行政复议 no longer adds up
        TableSink sink = map("3", "1", "2", "4", "105", "", "2", "1", "3", "11", "1", "6", "2", "3", "12");
        assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals(TableSink.ASSUMED)
                && f.warnsAt(CanonicalKey.of(TableId.APPEALS, "review", "total"))
                && f.message().contains("inferred")), sink.findings()::toString);
        assertTrue(flagged(sink, "litigation_direct", "upheld"), "its group has a blank where a figure was");
        assertTrue(!flagged(sink, "litigation_after_review", "upheld"), sink.findings()::toString);
    }
}
