package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestsHeaderTest {

    private static final List<String> FORM = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");
    private static final String ORG = LabelBook.ORG_GROUP;

    /** Rows of header cells, each "id@column" (the column only documents the layout); read in the order given. */
    private static RequestsHeader header(String... rows) {
        RequestsHeader h = new RequestsHeader(FORM);
        int seq = 0;
        for (int r = 0; r < rows.length; r++) {
            for (String cell : rows[r].split(" ")) {
                String[] p = cell.split("@");
                h.add(new RequestsHeader.Token(p[0], r + 1, ++seq, java.util.Optional.empty()));
            }
        }
        return h;
    }

    /** Header cells of text laid out by position: "id@column", each standing at its character column on page 0. */
    private static RequestsHeader laidOut(String... rows) {
        RequestsHeader h = new RequestsHeader(FORM);
        int seq = 0;
        for (int r = 0; r < rows.length; r++) {
            for (String cell : rows[r].split(" ")) {
                String[] p = cell.split("@");
                int at = Integer.parseInt(p[1]);
                h.add(new RequestsHeader.Token(p[0], r + 1, ++seq,
                        java.util.Optional.of(new org.nianbao.reconstruct.TextSpan(0, at, at + 2))));
            }
        }
        return h;
    }

    @Test
    void laidOutTextOrdersTheColumnsByWhereTheyStandNotByWhichLineComesFirst() {
        // pdftohtml of a narrow Chromium print: 社会公益组织 and 法律服务机构, three lines tall, start a
        // line above 商业企业 and 科研机构, two lines tall (red-team case pdftohtml-narrow-permuted-2021.html)
        RequestsHeader.Reading r = laidOut("natural_person@31 social_welfare@50 legal_service@56",
                "commercial@37 research@43 total@69", "other_org@62").read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().allMatch(b -> b));
    }

    @Test
    void laidOutTextPrintedInAnotherOrderIsReadInThatOrder() {
        RequestsHeader.Reading r = laidOut("natural_person@31 research@37 commercial@43",
                "social_welfare@50 legal_service@56 other_org@62 total@69").read(false);
        assertEquals(List.of("natural_person", "research", "commercial", "social_welfare", "legal_service",
                "other_org", "total"), r.columns().orElseThrow().ids());
    }

    @Test
    void exactGridsTrust总计FirstWhereItSharesARowWith自然人() {
        RequestsHeader.Reading r = header("total@3 " + ORG + "@4 natural_person@9",
                "research@4 commercial@5 social_welfare@6 other_org@7 legal_service@8").read(true);
        assertEquals(List.of("total", "research", "commercial", "social_welfare", "other_org", "legal_service",
                "natural_person"), r.columns().orElseThrow().ids());
        assertEquals(List.of(true, true, true, true, true, true, true), r.columns().orElseThrow().identified());
    }

    @Test
    void rowsOfABoxDrawnTableThatLostTheirColumnsKeepTheFormsOrderBetweenRows() {
        // w3m: 法人或其他组织 on one line, 自然人 and 总计 on the next, the organisations below
        RequestsHeader.Reading r = header(ORG + "@2", "natural_person@0 total@1",
                "commercial@2 research@3 social_welfare@4 legal_service@5 other_org@6").read(true);
        assertEquals(FORM, r.columns().orElseThrow().ids());
    }

    @Test
    void flattenedTextPutsTheOrganisationsWhere法人或其他组织Stands() {
        RequestsHeader.Reading r = header("natural_person@1 " + ORG + "@2 total@3",
                "research@2 commercial@3 social_welfare@4 legal_service@5 other_org@6").read(false);
        assertEquals(List.of("natural_person", "research", "commercial", "social_welfare", "legal_service",
                "other_org", "total"), r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().allMatch(b -> b));
    }

    @Test
    void flattenedTextKeepsTheFormsPlaceFor总计PrintedOnAnotherLine() {
        // 盐池县: a 总计 merged over three header rows is printed on the first line
        RequestsHeader.Reading r = header("total@7", "natural_person@1 " + ORG + "@2",
                "commercial@2 research@3 social_welfare@4 legal_service@5 other_org@6").read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().allMatch(b -> b));
    }

    @Test
    void flattenedTextWith总计FirstIsReadSoButAssumed() {
        RequestsHeader.Reading r = header("total@1 natural_person@2 " + ORG + "@3",
                "commercial@3 research@4 social_welfare@5 legal_service@6 other_org@7").read(false);
        assertEquals("total", r.columns().orElseThrow().ids().get(0));
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
    }

    @Test
    void laidOutTextWith总计FirstIsReadSoWhenItsLabelsWereStackedByColumn() {
        // StackedHeader read the labels from their fragments' columns, tied line by line: 总计 stands
        // first on the page, not a merged cell flattened out of its place
        RequestsHeader h = laidOut("total@20 natural_person@26 research@31 commercial@37 social_welfare@43 "
                + "legal_service@50 other_org@56");
        h.orderedByColumns();
        RequestsHeader.Reading r = h.read(false);
        assertEquals(List.of("total", "natural_person", "research", "commercial", "social_welfare", "legal_service",
                "other_org"), r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().allMatch(b -> b));
        RequestsHeader unproven = laidOut("total@20 natural_person@26 research@31 commercial@37 social_welfare@43 "
                + "legal_service@50 other_org@56");
        assertTrue(unproven.read(false).columns().orElseThrow().identified().stream().noneMatch(b -> b));
    }

    @Test
    void organisationsWhoseLabelsWereNotReadStandWhere法人或其他组织IsPrinted() {
        // Debian html2text of a table 三 printed 自然人, 总计, then the organisations, their labels cut by bytes
        // (red-team case html2text-rti-permuted-requests-total-second-2021.txt): 总计 is the second column
        RequestsHeader h = header("natural_person@1 total@2 " + ORG + "@3");
        h.printedInColumns();
        RequestsHeader.Reading r = h.read(false);
        assertEquals(List.of("natural_person", "total", "commercial", "research", "social_welfare", "legal_service",
                "other_org"), r.columns().orElseThrow().ids());
        assertEquals(List.of(true, true, false, false, false, false, false), r.columns().orElseThrow().identified());
        RequestsHeader asForm = header("natural_person@1 " + ORG + "@2 total@3");
        asForm.printedInColumns();
        assertEquals(FORM, asForm.read(false).columns().orElseThrow().ids());
    }

    @Test
    void noHeaderMeansTheFormsOrderAssumed() {
        RequestsHeader.Reading r = header().read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
    }

    @Test
    void aColumnNotNamedIsAssumedWhenTheOthersStandInTheFormsOrder() {
        RequestsHeader.Reading r = header(ORG + "@2 total@3",
                "commercial@2 research@3 social_welfare@4 legal_service@5 other_org@6").read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertEquals(List.of(false, true, true, true, true, true, true), r.columns().orElseThrow().identified());
    }

    @Test
    void aPermutedHeaderLackingAColumnIsReadInTheFormsOrderAllAssumed() {
        RequestsHeader.Reading r = header("natural_person@1 " + ORG + "@2 total@3",
                "research@2 commercial@3 social_welfare@4 legal_service@5").read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
        assertTrue(r.contradiction().contains("lacks other_org"), r.contradiction());
    }

    @Test
    void aColumnNamedTwiceIsAContradiction() {
        RequestsHeader.Reading r = header("natural_person@1 commercial@2 commercial@3 research@4").read(false);
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
        assertTrue(r.contradiction().contains("more than once"), r.contradiction());
    }

    @Test
    void aHeaderLinePrintedTwiceCountsOnce() {
        String line = "natural_person@1 commercial@2 research@3 social_welfare@4 legal_service@5 other_org@6 total@7";
        RequestsHeader.Reading r = header(line, line).read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
    }

    @Test
    void flattenedTextWith法人或其他组织Before自然人On自然人sLineIsReadWhere自然人StandsButAssumed() {
        // pdftotext default of a landscape Chromium print (red-team case
        // chromium-landscape-default-header-2019.txt): the merged group cell, joined with 申请人情况 and the
        // note beside it, printed first; read by the group's place, 自然人 went after the organisations
        // and every row moved one column with its total still holding
        RequestsHeader.Reading r = header(ORG + "@1 natural_person@2 commercial@3 research@4 social_welfare@5 "
                + "legal_service@6 other_org@7 total@8").read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
        // 总计 printed among the organisations too (the same print of another report): 总计 kept last
        RequestsHeader.Reading t = header(ORG + "@1 natural_person@2 commercial@3 research@4 social_welfare@5 "
                + "total@8 legal_service@6 other_org@7").read(false);
        assertEquals(FORM, t.columns().orElseThrow().ids());
        assertTrue(t.columns().orElseThrow().identified().stream().noneMatch(b -> b));
    }

    @Test
    void exactGridsStillTrust法人或其他组织Before自然人() {
        // a table cell's place is the page's: a form printed with the organisations first stays so
        RequestsHeader.Reading r = header(ORG + "@1 natural_person@2 total@3",
                "commercial@1 research@2 social_welfare@3 legal_service@4 other_org@5").read(true);
        assertEquals("natural_person", r.columns().orElseThrow().ids().get(5));
    }

    /** A header cell "id" standing at its character column on a page; the group 法人或其他组织 has no column. */
    private static RequestsHeader.Token at(String id, int row, int seq, int page, int column) {
        return new RequestsHeader.Token(id, row, seq, column < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new org.nianbao.reconstruct.TextSpan(page, column, column + 4)));
    }

    @Test
    void organisationsOnOnePageAreReadLeftToRightWhenAPageBreakSplitsTheHeader() {
        // pdftohtml of a full-width Chromium print (red-team case pdftohtml-wide-continuation-blanks-2021.html):
        // 自然人 and 总计 close page 1; page 2 opens with 社会公益组织 and 法律服务机构, wrapped over three
        // lines, a line above 商业企业, 科研机构 and 其他. Line by line the two came first, and the rows of
        // page 3 were read under the wrong organisations with their totals holding
        RequestsHeader h = new RequestsHeader(FORM);
        List.of(at("natural_person", 1, 1, 0, 84), at(ORG, 1, 2, 0, -1), at("total", 1, 3, 0, 138),
                at("social_welfare", 2, 4, 1, 114), at("legal_service", 2, 5, 1, 122),
                at("commercial", 3, 6, 1, 92), at("research", 3, 7, 1, 103), at("other_org", 3, 8, 1, 131))
                .forEach(h::add);
        ColumnMap cols = h.read(false).columns().orElseThrow();
        assertEquals(FORM, cols.ids());
        assertTrue(cols.identified().stream().allMatch(b -> b));
    }

    @Test
    void organisationsOnSeveralLinesThatNoColumnOrdersAreReadInTheFormsOrderAsAssumed() {
        // pdftohtml of a landscape print merges 商业企业 and 科研机构 into one block (商业 企业 科研 机构)
        // whose words take the wrong stops: 科研机构 stands where 社会公益组织 does, so no column order
        // exists, and line by line 社会公益组织 and 法律服务机构 (a line higher) came first
        RequestsHeader h = new RequestsHeader(FORM);
        List.of(at("natural_person", 1, 1, 0, 116), at(ORG, 1, 2, 0, -1), at("total", 1, 3, 0, 183),
                at("social_welfare", 2, 4, 0, 152), at("legal_service", 2, 5, 0, 164),
                at("commercial", 3, 6, 0, 125), at("research", 3, 7, 0, 152), at("other_org", 3, 8, 0, 177))
                .forEach(h::add);
        ColumnMap cols = h.read(false).columns().orElseThrow();
        assertEquals(FORM, cols.ids());
        assertTrue(cols.identified().stream().noneMatch(b -> b), "every column is assumed, so every row is flagged");
        // the same lines read in the form's order line by line stay named: nothing contradicts the form
        RequestsHeader inOrder = new RequestsHeader(FORM);
        List.of(at("natural_person", 1, 1, 0, 116), at(ORG, 1, 2, 0, -1), at("total", 1, 3, 0, 183),
                at("commercial", 2, 4, 0, 125), at("research", 2, 5, 0, 152),
                at("social_welfare", 3, 6, 0, 152), at("legal_service", 3, 7, 0, 164), at("other_org", 3, 8, 0, 177))
                .forEach(inOrder::add);
        assertTrue(inOrder.read(false).columns().orElseThrow().identified().stream().allMatch(b -> b));
    }
    @Test
    void aLabelJoinedFromPiecesStandsWhereAllItsPiecesStand() {
        var span = java.util.Optional.of(new org.nianbao.reconstruct.TextSpan(0, 85, 87));
        var rest = java.util.Optional.of(new org.nianbao.reconstruct.TextSpan(0, 96, 98));
        assertEquals(java.util.Optional.of(new org.nianbao.reconstruct.TextSpan(0, 85, 98)),
                RequestsHeader.across(List.of(span, rest)));
        // pieces on two pages (a header broken by a page): the first piece's columns, as before
        var nextPage = java.util.Optional.of(new org.nianbao.reconstruct.TextSpan(1, 10, 14));
        assertEquals(span, RequestsHeader.across(List.of(span, nextPage)));
        assertEquals(span, RequestsHeader.across(List.of(span, java.util.Optional.empty())));
    }

    /**
     * One row of header cells as a page's words one a line join them: "id/pieces/seq" for a label joined from
     * that many pieces, the first printed at that place in reading order (other cells' pieces between them).
     */
    private static RequestsHeader joinedFromPieces(String... cells) {
        RequestsHeader h = new RequestsHeader(FORM);
        for (String cell : cells) {
            String[] p = cell.split("/");
            int pieces = Integer.parseInt(p[1]);
            h.add(new RequestsHeader.Token(p[0], 1, Integer.parseInt(p[2]), java.util.Optional.empty(), pieces,
                    pieces > 1));
        }
        return h;
    }

    @Test
    void organisationsJoinedFromPiecesAtDifferentHeightsAreReadInTheFormsOrderAssumed() {
        // a word a line of a 110 % Chromium print (red team 18b): 社会/公益/组织 and 法律/服务/机构 centred in their
        // cells start a line above 商业/企业 and 科研/机构, and were printed first
        RequestsHeader.Reading r = joinedFromPieces("natural_person/3/1", ORG + "/1/4", "social_welfare/3/5",
                "legal_service/3/6", "commercial/2/7", "research/2/8", "other_org/2/15", "total/2/17").read(false);
        assertEquals(FORM, r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
    }

    @Test
    void organisationsJoinedFromPiecesOfOneHeightAreReadInTheOrderPrinted() {
        // wrapped over as many lines, the labels stand at the same heights: their pieces' order is the page's
        RequestsHeader.Reading r = joinedFromPieces("natural_person/1/1", ORG + "/1/2", "research/2/3",
                "commercial/2/4", "social_welfare/2/5", "legal_service/2/6", "other_org/2/7", "total/1/8").read(false);
        assertEquals(List.of("natural_person", "research", "commercial", "social_welfare", "legal_service",
                "other_org", "total"), r.columns().orElseThrow().ids());
        assertTrue(r.columns().orElseThrow().identified().stream().allMatch(b -> b));
    }

    @Test
    void labelsWhosePiecesWerePrintedTogetherKeepTheOrderPrinted() {
        // a cell's pieces one after another (its <br>, or a block a cell): the cells' own order
        RequestsHeader h = new RequestsHeader(FORM);
        String[] ids = {"natural_person", ORG, "social_welfare", "legal_service", "commercial", "research", "other_org",
                "total"};
        int[] pieces = {1, 1, 3, 3, 2, 2, 1, 1};
        for (int i = 0; i < ids.length; i++) {
            h.add(new RequestsHeader.Token(ids[i], 1, i + 1, java.util.Optional.empty(), pieces[i], false));
        }
        assertEquals(List.of("natural_person", "social_welfare", "legal_service", "commercial", "research", "other_org",
                "total"), h.read(false).columns().orElseThrow().ids());
    }

    @Test
    void aHeaderWhosePartsTheReaderCouldNotPlaceIsReadByAssumption() {
        // RequestsHeaderInReadingOrder: 总计 / 自然人 on a line of their own between the organisations' lines
        RequestsHeader h = header(ORG, "total natural_person",
                "legal_service commercial research other_org social_welfare");
        h.unplaced("no line holds pieces of every part side by side");
        RequestsHeader.Reading r = h.read(false);
        assertTrue(r.columns().orElseThrow().identified().stream().noneMatch(b -> b));
        assertTrue(r.columns().orElseThrow().assumption().contains("no line holds"));
    }
    /** A label wrapped over lines in text laid out by position: each piece "row:column:width" on page 0. */
    private static RequestsHeader.Token wrapped(String id, int seq, String... pieces) {
        List<RequestsHeader.Piece> printed = java.util.Arrays.stream(pieces).map(p -> p.split(":")).map(p ->
                new RequestsHeader.Piece(Integer.parseInt(p[0]), java.util.Optional.of(new org.nianbao.reconstruct.TextSpan(
                        0, Integer.parseInt(p[1]), Integer.parseInt(p[1]) + Integer.parseInt(p[2]))))).toList();
        RequestsHeader.Piece first = printed.get(0);
        return new RequestsHeader.Token(id, first.row(), seq, first.at(), printed.size(), false, printed);
    }

    /**
     * The header of {@code pdftotext -fixed 3} of a Chromium print whose table 三 prints 自然人, 总计, then the
     * organisations (seed 4141's {@code 0002-2019-NTO-52413}): {@code 自然       总} on line 2, {@code 人        计
     * 其      科研         法律服务 商业企 社会公益} on line 4, {@code 他 机构 机构 业 组织} on line 5. The organisations'
     * run of labels is one piece a single space apart; 商业企业's 业 stands alone.
     */
    private static RequestsHeader naturalTotalThenOrganisations() {
        RequestsHeader h = new RequestsHeader(FORM);
        List.of(wrapped("natural_person", 1, "2:110:2", "4:110:1"), wrapped("total", 2, "2:119:1", "4:119:1"),
                wrapped("other_org", 3, "4:127:1", "5:127:1"), wrapped("research", 4, "4:134:2", "5:134:2"),
                wrapped("legal_service", 5, "4:145:13", "5:145:2"), wrapped("commercial", 6, "4:145:13", "5:162:1"),
                wrapped("social_welfare", 7, "4:145:13", "5:175:2")).forEach(h::add);
        return h;
    }

    @Test
    void totalBeforeTheOrganisationsIsTrustedWhereALaidOutLineShowsItBetweenTheirPieces() {
        ColumnMap cols = naturalTotalThenOrganisations().read(false).columns().orElseThrow();
        assertEquals(List.of("natural_person", "total", "other_org", "research", "legal_service", "commercial",
                "social_welfare"), cols.ids());
        assertTrue(cols.identified().stream().allMatch(b -> b), cols.assumption());
    }

    @Test
    void aHeaderWhoseLinesLeaveTheOrganisationsUnplacedIsReadByAssumption() {
        // 总 / 自然 and 计 / 人 share lines, total first; the organisations share none with them: 总计, 自然人 and
        // the organisations in three orders, so the order the header is read in is an assumption (the form's order,
        // which the mapper reads between lines, even contradicts the lines: 总计 stands before 自然人 on both)
        RequestsHeader h = new RequestsHeader(FORM);
        List.of(wrapped("total", 1, "2:110:1", "3:110:1"), wrapped("natural_person", 2, "2:119:2", "3:119:1"),
                wrapped("other_org", 3, "4:127:1", "5:127:1"), wrapped("research", 4, "4:134:2", "5:134:2"),
                wrapped("legal_service", 5, "4:145:13", "5:145:2"), wrapped("commercial", 6, "4:145:13", "5:162:1"),
                wrapped("social_welfare", 7, "4:145:13", "5:175:2")).forEach(h::add);
        ColumnMap cols = h.read(false).columns().orElseThrow();
        assertTrue(cols.identified().stream().noneMatch(b -> b), cols.ids().toString());
    }

    @Test
    void piecesOneSpaceApartShowNoOrder() {
        // pdftotext -raw prints a line's pieces one space apart in the order the page draws them: a merged 总计
        // drawn first stands first there
        RequestsHeader h = new RequestsHeader(FORM);
        List.of(wrapped("natural_person", 1, "2:0:2", "4:2:1"), wrapped("total", 2, "2:3:1", "4:4:1"),
                wrapped("other_org", 3, "4:6:1", "5:0:1"), wrapped("research", 4, "4:8:2", "5:2:2"),
                wrapped("legal_service", 5, "4:11:4", "5:5:2"), wrapped("commercial", 6, "4:16:3", "5:8:1"),
                wrapped("social_welfare", 7, "4:20:4", "5:10:2")).forEach(h::add);
        assertTrue(h.read(false).columns().orElseThrow().identified().stream().noneMatch(b -> b));
    }
}
