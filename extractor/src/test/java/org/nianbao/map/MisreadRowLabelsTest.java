package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.text.FormRow;
import org.nianbao.validate.Identities;

/**
 * Table 三 of a scan read as a ruled grid, where OCR misread some row labels beyond matching (a
 * 100 dpi fax: {@code 6属四过程信息}, {@code 2.}): those rows are placed by the form's order of rows
 * where it leaves them one row, accepted where their values add up to their total.
 */
class MisreadRowLabelsTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final List<String> COLUMNS = CATALOG.columns(TableId.REQUESTS);
    /** 2019's rows of table 三 in the form's order. */
    private static final List<String> ROWS = rows(Template.Y2019);

    private final RequestsTable table = new RequestsTable(new LabelBook(CATALOG), new CellReader(new ValueParser()),
            COLUMNS, new ColumnIdentities(new Identities(CATALOG)), new MisreadRowLabels(CATALOG, TableId.REQUESTS));

    /** A cell of the grid, read by OCR ({@code ocr}) or from a text layer, on line {@code y} of the page. */
    private static GridCell cell(String text, int column, int y, boolean ocr) {
        Location.PageBox box = new Location.PageBox(1, 1, 60 + 40 * column, 100 + 17 * y, 100 + 40 * column, 117 + 17 * y);
        return new GridCell(text, ocr ? box.readByOcr(0.9f) : box, false);
    }

    /** A row of the grid; a label ending in {@code ^} spans the next column too (a spanned cell in its box). */
    private static SourceRow row(int y, boolean ocr, String... texts) {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            boolean spans = texts[i].endsWith("^");
            cells.add(cell(spans ? texts[i].substring(0, texts[i].length() - 1) : texts[i], i, y, ocr));
            if (spans) {
                cells.add(new GridCell("", cells.get(cells.size() - 1).where(), true));
            }
        }
        return new SourceRow(cells, Positions.EXACT);
    }

    /**
     * The whole 2019 table: a header, then each row of the form with its label as read
     * ({@code labels}: row → what OCR read; the form's own label elsewhere) and values that add up,
     * the total one more where {@code misadded} names the row; rows in {@code lost} not printed.
     */
    private List<SourceRow> grid(boolean ocr, Map<String, String> labels, String misadded, List<String> lost) {
        return grid(Template.Y2019, ocr, labels, misadded, lost);
    }

    private static List<String> rows(Template form) {
        return new FormRowBook(CATALOG).rows(TableId.REQUESTS, form).stream().map(FormRow::id).toList();
    }

    private List<SourceRow> grid(Template t, boolean ocr, Map<String, String> labels, String misadded, List<String> lost) {
        List<String> form = rows(t);
        List<SourceRow> rows = new ArrayList<>();
        rows.add(row(0, ocr, "申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        MisreadRowLabels standard = new MisreadRowLabels(CATALOG, TableId.REQUESTS);
        int y = 1;
        for (int r = 0; r < form.size(); r++) {
            String id = form.get(r);
            if (lost.contains(id)) {
                continue;
            }
            int total = (r + 1) + 2 + 3 + 4 + 5 + 6 + (id.equals(misadded) ? 100 : 0);
            rows.add(row(y++, ocr, labels.getOrDefault(id, standard.label(id)), String.valueOf(r + 1), "2", "3", "4", "5",
                    "6", String.valueOf(total)));
        }
        return rows;
    }

    private TableSink map(List<SourceRow> rows) {
        TableSink sink = new TableSink();
        table.map(rows, sink);
        return sink;
    }

    private static Optional<String> value(TableSink sink, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.REQUESTS, row, column);
        return sink.cells().stream().filter(c -> c.key().equals(key)).map(c -> c.value().render()).findFirst();
    }

    private static List<Finding> warningsAt(TableSink sink, String row) {
        CanonicalKey key = CanonicalKey.of(TableId.REQUESTS, row, "natural_person");
        return sink.findings().stream().filter(f -> f.severity() != Severity.INFO && f.warnsAt(key)).toList();
    }

    private static Map<String, String> misread(String... rowThenLabel) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < rowThenLabel.length; i += 2) {
            out.put(rowThenLabel[i], rowThenLabel[i + 1]);
        }
        return out;
    }

    @Test
    void rowsWhoseLabelsOcrMisreadStandForTheRowsTheOrderLeavesThem() {
        TableSink sink = map(grid(true, misread("denied_process", "6属四过程信息", "rejected_duplicate", "2.",
                "new", "、本司新收政府信息公开印法数品", "partially_granted", "情（形二，）不部计分其公他开情（形区)分处理的，只计这一^"),
                "", List.of()));
        int process = ROWS.indexOf("denied_process") + 1;
        assertEquals(Optional.of(String.valueOf(process)), value(sink, "denied_process", "natural_person"));
        assertEquals(Optional.of(String.valueOf(process + 20)), value(sink, "denied_process", "total"));
        assertEquals(Optional.of("6"), value(sink, "rejected_duplicate", "other_org"));
        assertEquals(Optional.of("1"), value(sink, "new", "natural_person"), "the first row: before every row read");
        assertEquals(Optional.of("4"), value(sink, "partially_granted", "natural_person"), "its label spanning two columns");
        for (String row : List.of("denied_process", "rejected_duplicate", "new", "partially_granted")) {
            assertEquals(List.of(), warningsAt(sink, row), "accepted: its values add up to its total");
            assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals("label-approximate")
                    && f.scope().row().equals(row) && f.message().contains("the form's order of rows")), row);
        }
        assertTrue(sink.findings().stream().noneMatch(f -> f.rule().equals(TableSink.UNMATCHED)), sink.findings()::toString);
    }

    @Test
    void aPlacedRowWhoseValuesDoNotAddUpIsFlaggedAtTheRow() {
        TableSink sink = map(grid(true, misread("denied_process", "6属四过程信息"), "denied_process", List.of()));
        assertTrue(value(sink, "denied_process", "natural_person").isPresent());
        assertTrue(warningsAt(sink, "denied_process").stream().anyMatch(f -> f.rule().equals(TableSink.ASSUMED)
                && f.message().contains("not confirmed")), sink.findings()::toString);
    }

    @Test
    void whereTheGridLostARowTheMisreadRowsBesideItAreNotPlacedAndTheirCandidatesNamed() {
        TableSink sink = map(grid(true, misread("denied_process", "6属四过程信息", "denied_query", "8.属扩行政产询准项"), "",
                List.of("denied_enforcement_file")));
        assertFalse(value(sink, "denied_process", "natural_person").isPresent());
        assertFalse(value(sink, "denied_enforcement_file", "natural_person").isPresent());
        assertFalse(value(sink, "denied_query", "natural_person").isPresent());
        assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals(TableSink.UNMATCHED)
                && f.message().contains("6属四过程信息") && f.message().contains(
                "it may be row denied_process, denied_enforcement_file")), sink.findings()::toString);
    }

    /**
     * No label read but （七）总计's: the 21 rows printed before it fit 2019's 21 rows one to one, and
     * 2021's 23 in many ways; a 2021 table's 23 rows there could not stand in 2019's 21, so only 2021
     * is left. (Where no label at all is read, the table's columns are not known and nothing is placed.)
     */
    @Test
    void rowsAsManyAsOneFormHasAndMoreThanTheOtherStandForThatFormsRows() {
        Map<String, String> none = new LinkedHashMap<>();
        for (Template t : Template.values()) {
            rows(t).stream().filter(row -> !row.equals("total")).forEach(row -> none.put(row, "囗囗囗"));
        }
        TableSink y2019 = map(grid(Template.Y2019, true, none, "", List.of()));
        assertFalse(value(y2019, "new", "natural_person").isPresent(), "2019's 23 rows are 23 of 2021's 25 in many ways");
        assertTrue(y2019.findings().stream().anyMatch(f -> f.rule().equals(TableSink.UNMATCHED)), y2019.findings()::toString);
        TableSink y2021 = map(grid(Template.Y2021, true, none, "", List.of()));
        assertEquals(Optional.of("1"), value(y2021, "new", "natural_person"));
        assertEquals(Optional.of(String.valueOf(rows(Template.Y2021).indexOf("other_no_fee") + 1)),
                value(y2021, "other_no_fee", "natural_person"));
        assertTrue(y2021.findings().stream().noneMatch(f -> f.rule().equals(TableSink.UNMATCHED)), y2021.findings()::toString);
    }

    /**
     * A line of values whose label cell the grid merged with the row's above, before any row whose
     * label was read: its finding, about the whole table before, is at the row the order leaves it.
     */
    @Test
    void aLineOfValuesWithNoLabelIsFlaggedAtTheRowsTheOrderLeavesIt() {
        List<SourceRow> rows = grid(true, misread("new", "、本司新收政府信息公开印法数品", "carried_over", "：、小审结政府信息公开印行数"),
                "", List.of());
        SourceRow granted = rows.get(3);
        List<GridCell> merged = new ArrayList<>(granted.cells());
        merged.set(0, new GridCell("", merged.get(0).where(), true));
        rows.set(3, new SourceRow(merged, Positions.EXACT));
        TableSink sink = map(rows);
        List<Finding> unlabelled = sink.findings().stream().filter(f -> f.rule().equals("row-unlabelled")).toList();
        assertEquals(List.of("granted"), unlabelled.stream().map(f -> f.scope().row()).toList(), unlabelled::toString);
        assertEquals(List.of(), warningsAt(sink, "carried_over"), "its values cannot be the row's above");
    }

    @Test
    void anItemNumberReadThatIsAnotherRowsKeepsTheRowUnplaced() {
        TableSink sink = map(grid(true, misread("denied_process", "7.属四过程信息"), "", List.of()));
        assertFalse(value(sink, "denied_process", "natural_person").isPresent());
        assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals(TableSink.UNMATCHED)
                && f.message().contains("it may be row denied_process")), sink.findings()::toString);
    }

    @Test
    void aLabelPrintedInATextLayerIsWhatTheReportSaysAndIsNotMoved() {
        TableSink sink = map(grid(false, misread("denied_process", "6属四过程信息"), "", List.of()));
        assertFalse(value(sink, "denied_process", "natural_person").isPresent());
        assertTrue(sink.findings().stream().anyMatch(f -> f.rule().equals(TableSink.UNMATCHED)
                && !f.message().contains("form's order")), sink.findings()::toString);
        assertTrue(sink.cells().stream().map(ExtractedCell::key).anyMatch(k -> k.row().equals("denied_internal")));
    }
}
