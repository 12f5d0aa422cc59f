package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppealsHeaderTest {

    private static final List<String> FORM = List.of("upheld", "corrected", "other", "pending", "total");

    private static AppealsHeader header(String... rows) {
        AppealsHeader h = new AppealsHeader(FORM);
        int r = 0;
        for (String row : rows) {
            r++;
            for (String id : row.split(" ")) {
                h.add(new AppealsHeader.Token(id, r));
            }
        }
        return h;
    }

    @Test
    void readsGroupsAndColumnsInThePrintedOrder() {
        AppealsHeader.Reading r = header("行政诉讼 review",
                "litigation_after_review litigation_direct total upheld corrected pending other",
                "total upheld corrected pending other total upheld corrected pending other").read();
        assertEquals(List.of("litigation_after_review", "litigation_direct", "review"), r.rows());
        assertTrue(r.rowsNamed());
        assertEquals(List.of("total", "upheld", "corrected", "pending", "other"), r.columns().orElseThrow().ids());
        assertEquals(List.of(true, true, true, true, true), r.columns().orElseThrow().identified());
    }

    @Test
    void keepsTheFormsOrderBetweenGroupsPrintedOnDifferentLines() {
        AppealsHeader.Reading r = header("review", "litigation_after_review", "litigation_direct").read();
        assertEquals(List.of("review", "litigation_direct", "litigation_after_review"), r.rows());
    }

    @Test
    void readsLitigationFirstFromItsEarlierLineInFlattenedTextAndFlagsTheGroups() {
        // pdftotext's default mode: 行政诉讼 and 行政复议 on lines of their own, in the reader's order of blocks
        AppealsHeader.Reading r = header("行政诉讼", "review litigation_after_review litigation_direct",
                "upheld other corrected total pending upheld other corrected total pending upheld other corrected "
                        + "total pending").read(false, 3);
        assertEquals(List.of("litigation_after_review", "litigation_direct", "review"), r.rows());
        assertFalse(r.orderDoubt().isEmpty());
        assertTrue(r.slots().stream().noneMatch(s -> s.placement().rowIdentified()));
        assertEquals(List.of("upheld", "other", "corrected", "total", "pending"), r.columns().orElseThrow().ids());
    }

    @Test
    void trustsGroupsSharingALineInFlattenedText() {
        AppealsHeader.Reading r = header("行政诉讼 review", "litigation_after_review litigation_direct").read(false, 3);
        assertEquals(List.of("litigation_after_review", "litigation_direct", "review"), r.rows());
        assertEquals("", r.orderDoubt());
    }

    @Test
    void assumesTheFormsOrderWhenTwoGroupsPrintTheirColumnsInDifferentOrders() {
        AppealsHeader.Reading r = header("upheld corrected other pending total upheld corrected pending other total").read();
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
        assertTrue(r.contradiction().contains("different orders"), r.contradiction());
    }

    @Test
    void readsEachGroupsColumnsInTheOrderItsHeaderPrints() {
        // 行政复议 last: its labels stand beside 未经复议直接起诉 and 复议后起诉, the litigation groups' below
        AppealsHeader.Reading r = header("行政诉讼 review",
                "litigation_after_review litigation_direct total upheld corrected pending other",
                "other pending total upheld corrected corrected upheld other total pending").read();
        assertEquals(List.of("litigation_after_review", "litigation_direct", "review"), r.rows());
        assertEquals("", r.contradiction());
        assertEquals(List.of("other", "pending", "total", "upheld", "corrected", "corrected", "upheld", "other", "total",
                        "pending", "total", "upheld", "corrected", "pending", "other"),
                r.slots().stream().map(AppealsHeader.Slot::column).toList());
        assertEquals(List.of("litigation_after_review", "litigation_after_review", "litigation_after_review",
                        "litigation_after_review", "litigation_after_review", "litigation_direct", "litigation_direct",
                        "litigation_direct", "litigation_direct", "litigation_direct", "review", "review", "review",
                        "review", "review"),
                r.slots().stream().map(AppealsHeader.Slot::row).toList());
        assertTrue(r.slots().stream().allMatch(s -> s.placement() == Placement.IDENTIFIED));
    }

    @Test
    void readsEachGroupsColumnsInPrintedOrderFromOneLine() {
        // a flattened header whose fifteen labels stand on one line: the groups in the order printed
        AppealsHeader.Reading r = header("review 行政诉讼", "litigation_direct litigation_after_review",
                "other pending total upheld corrected corrected upheld other total pending "
                        + "total upheld corrected pending other").read(false, 3);
        assertEquals("", r.contradiction());
        assertEquals(List.of("other", "pending", "total", "upheld", "corrected"), r.columnsOf("review").ids());
        assertEquals(List.of("corrected", "upheld", "other", "total", "pending"), r.columnsOf("litigation_direct").ids());
        assertEquals(List.of("total", "upheld", "corrected", "pending", "other"),
                r.columnsOf("litigation_after_review").ids());
    }

    @Test
    void keepsAHeaderWithAGroupUnnamedAsAContradiction() {
        // fifteen labels in three orders but only 行政复议 named: which run is whose is not told
        AppealsHeader.Reading r = header("review",
                "other pending total upheld corrected corrected upheld other total pending "
                        + "total upheld corrected pending other").read(false, 3);
        assertTrue(r.contradiction().contains("different orders"), r.contradiction());
    }

    @Test
    void placesAColumnTheHeaderDoesNotNameByAssumption() {
        AppealsHeader.Reading r = header("review 行政诉讼", "upheld corrected other total").read();
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertEquals(List.of(true, true, true, false, true), r.columns().orElseThrow().identified());
        assertEquals(false, r.rowsNamed());
    }

    @Test
    void placesATotalPrintedBesideTheFifteenFirstOrLastOnItsLine() {
        assertEquals(AppealsHeader.Extra.LAST, header("review 行政诉讼 合计",
                "upheld corrected other pending total litigation_direct litigation_after_review").extra());
        assertEquals(AppealsHeader.Extra.FIRST, header("合计 review 行政诉讼", "upheld total").extra());
        assertEquals(AppealsHeader.Extra.NONE, header("review 行政诉讼", "upheld corrected other pending 合计").extra());
    }

    @Test
    void cannotPlaceASixteenthColumnOfTheFormsNames() {
        String five = "upheld corrected other pending total";
        assertEquals(AppealsHeader.Extra.UNPLACED, header("review 行政诉讼",
                five + " litigation_direct litigation_after_review total", five + " " + five).extra());
        assertEquals(AppealsHeader.Extra.NONE, header("review 行政诉讼",
                five + " litigation_direct litigation_after_review", five + " " + five).extra());
    }

    @Test
    void keepsTheFormsOrderWhereUnreadHeaderCellsMakeTheGroupsLookTotalFirst() {
        // lynx text of one row: 总计 of 行政复议, 尚未审结 总计 of 未经复议直接起诉, then 复议后起诉's
        // first four; the lines between them were not read
        AppealsHeader h = header("total review litigation_direct litigation_after_review pending total "
                + "upheld corrected other pending");
        AppealsHeader.Reading flattened = h.read(false, 3);
        assertEquals(FORM, flattened.columns().orElseThrow().ids());
        assertEquals(List.of(false, false, false, false, false), flattened.columns().orElseThrow().identified());
        assertTrue(flattened.columns().orElseThrow().assumption().contains("fit the form's order as well"),
                flattened.columns().orElseThrow().assumption());
        // an exact grid's row is the table's row: its cells are all there, in place
        assertEquals(List.of("total", "upheld", "corrected", "other", "pending"), h.read().columns().orElseThrow().ids());
    }

    @Test
    void readsAnotherOrderInFlattenedTextWhereTheFormsOrderCannotAccountForTheHeader() {
        String five = "total upheld corrected other pending";
        AppealsHeader.Reading r = header("review litigation_direct litigation_after_review " + five + " " + five + " "
                + five).read(false, 3);
        assertEquals(List.of("total", "upheld", "corrected", "other", "pending"), r.columns().orElseThrow().ids());
        assertEquals(List.of(true, true, true, true, true), r.columns().orElseThrow().identified());
        // over three labelled rows the header prints one group: five labels in another order prove it
        AppealsHeader.Reading labelled = header(five).read(false, 1);
        assertEquals(List.of("total", "upheld", "corrected", "other", "pending"), labelled.columns().orElseThrow().ids());
        // over the fifteen values of one line, the same five could be the end of one group and the start of the next
        AppealsHeader.Reading oneLine = header(five).read(false, 3);
        assertEquals(FORM, oneLine.columns().orElseThrow().ids());
        assertTrue(oneLine.columns().orElseThrow().identified().stream().noneMatch(b -> b));
    }

    @Test
    void impliesTheThirdGroupWhereTwoAreNamedOverTheFifteenColumns() {
        // pdftotext default: 复议后起诉 printed after the table's values, where it is read as no header
        String five = "upheld corrected other pending total ";
        AppealsHeader.Reading r = header("review", "行政诉讼", five, "litigation_direct", five + five).read(false, 3);
        assertTrue(r.rowsNamed());
        assertEquals(List.of("review", "litigation_direct", "litigation_after_review"), r.rows());
        assertTrue(r.slots().stream().allMatch(s -> s.placement() == Placement.IDENTIFIED), r.slots().toString());
    }

    @Test
    void impliesNoGroupWhereOneIsNamedOrColumnLabelsAreMissing() {
        String five = "upheld corrected other pending total ";
        // two named, a column label unread: which group lacks a label is not told by the count
        assertFalse(header("review litigation_direct", five + five + "upheld corrected other pending").read(false, 3)
                .rowsNamed());
        // one named: two groups unnamed
        assertFalse(header("review 行政诉讼", five + five + five).read(false, 3).rowsNamed());
    }

    @Test
    void namesTheCellsUpToWhereAHeaderCutOnTheRightStops() {
        // pdftotext -layout -W 480: 复议后起诉's 其他结果 cut to 其他结 (no label), 尚未审结 and 总计 lost
        AppealsHeader cut = header("review 行政诉讼", "upheld corrected other pending total litigation_direct litigation_after_review",
                "upheld corrected other pending total upheld corrected");
        assertEquals(java.util.OptionalInt.of(12), cut.namedUpTo());
    }

    @Test
    void namesNoCutWhenTheHeaderNamesAllFifteenOrSkipsOne() {
        String group = "upheld corrected other pending total ";
        assertTrue(header("review 行政诉讼", group + group + group).namedUpTo().isEmpty());
        // a label unread in the middle (not a cut on the right): the order breaks
        assertTrue(header("review 行政诉讼", group + "upheld other pending total upheld").namedUpTo().isEmpty());
        assertTrue(header("review 行政诉讼 litigation_direct litigation_after_review").namedUpTo().isEmpty());
    }
}
