package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

class FormDecoderTest {

    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");
    private final ValueParser parser = new ValueParser();

    /** A row of space-aligned text: a label, then each value at the character column given. */
    private static SourceRow spaced(int line, Object... valueAndColumn) {
        List<GridCell> cells = new ArrayList<>();
        cells.add(GridCell.at("label", new Location.Line(line), new TextSpan(0, 0, 5)));
        for (int i = 0; i < valueAndColumn.length; i += 2) {
            String v = (String) valueAndColumn[i];
            int at = (Integer) valueAndColumn[i + 1];
            cells.add(GridCell.at(v, new Location.Line(line), new TextSpan(0, at, at + v.length())));
        }
        return new SourceRow(cells, Positions.FLATTENED);
    }

    private static List<String> texts(RowFit fit) {
        return fit.cells().stream().map(c -> c.map(GridCell::text).orElse("?")).toList();
    }

    private static java.util.function.Predicate<List<java.math.BigDecimal>> applicants() {
        return FormDecoder.totals(Collections.nCopies(7, ""), COLUMNS);
    }

    @Test
    void placesTheValuesOfARowThatLostBlanksByTheColumnsOfAFullRowOnItsPage() {
        SourceRow full = spaced(1, "5", 40, "6", 45, "7", 50, "8", 55, "9", 60, "1", 65, "36", 70);
        SourceRow partial = spaced(2, "3", 45, "1", 55, "4", 70);
        FormDecoder decoder = FormDecoder.learn(List.of(full, partial), parser, true);
        RowFit fit = decoder.fit(partial.cells().subList(1, 4), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.NONE, fit.problem());
        assertEquals(List.of("", "3", "", "1", "", "", "4"), texts(fit));
    }

    @Test
    void leavesRowsThatTheirReaderPlacedAgainstTheFormAsTheyAre() {
        // three values for seven columns and no positions: flattened, the decoder weighs the readings
        // cell by cell; placed (pdftotext's default mode, BlockOrderedText), the row stays as its reader
        // gave it and is in doubt as a whole
        List<GridCell> values = List.of(GridCell.of("3", new Location.Line(1)), GridCell.of("1", new Location.Line(2)),
                GridCell.of("4", new Location.Line(3)));
        FormDecoder decoder = FormDecoder.learn(List.of(), parser, true);
        assertTrue(!decoder.fit(values, 7, Positions.FLATTENED, applicants()).doubts().isEmpty());
        RowFit placed = decoder.fit(values, 7, Positions.PLACED, applicants());
        assertEquals(RowFit.fit(values, 7, Positions.PLACED, parser), placed);
        assertEquals(RowFit.Problem.AMBIGUOUS, placed.problem());
        assertTrue(placed.doubts().isEmpty());
    }

    @Test
    void groupsTheLeftEdgesOfAllValuesWhenNoRowIsFull() {
        SourceRow a = spaced(1, "56", 40, "123", 45, "1", 50, "129", 60, "14", 65, "323", 70);
        SourceRow b = spaced(2, "3", 45, "1", 55, "3", 60, "0", 65, "7", 70);
        FormDecoder decoder = FormDecoder.learn(List.of(a, b), parser, true);
        RowFit fit = decoder.fit(b.cells().subList(1, 6), 7, Positions.FLATTENED, applicants());
        assertEquals(List.of("", "3", "", "1", "3", "0", "7"), texts(fit));
    }

    @Test
    void doesNotCompareColumnsAcrossPages() {
        SourceRow full = spaced(1, "5", 40, "6", 45, "7", 50, "8", 55, "9", 60, "1", 65, "36", 70);
        List<GridCell> other = new ArrayList<>();
        other.add(GridCell.at("label", new Location.Line(9), new TextSpan(1, 0, 5)));
        other.add(GridCell.at("3", new Location.Line(9), new TextSpan(1, 45, 46)));
        other.add(GridCell.at("3", new Location.Line(9), new TextSpan(1, 70, 71)));
        FormDecoder decoder = FormDecoder.learn(List.of(full, new SourceRow(other, Positions.FLATTENED)), parser, true);
        RowFit fit = decoder.fit(other.subList(1, 3), 7, Positions.FLATTENED, applicants());
        // 3 + 3 = total is impossible, so the identity leaves the six placements of 3 before a total of 3
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem());
        assertEquals("3", fit.cells().get(6).orElseThrow().text(), "every reading agrees on the total");
        assertEquals(6, fit.doubts().size(), "only the applicant columns are in doubt");
        assertTrue(fit.doubts().get(0).contains("3") && fit.doubts().get(0).contains("blank"), fit.doubts().get(0));
    }

    @Test
    void theRowIdentityRulesOutReadingsWhereTheValuesDoNotAddUp() {
        // cells with no columns: 5 and 2 could be anywhere, but only natural_person 5, total 5 ... does not hold;
        // 3 + 2 = 5 holds only with 5 as the total
        List<GridCell> values = List.of(GridCell.of("3", new Location.Line(1)), GridCell.of("2", new Location.Line(1)),
                GridCell.of("5", new Location.Line(1)));
        RowFit fit = FormDecoder.learn(List.of(), parser, true).fit(values, 7, Positions.FLATTENED, applicants());
        assertEquals("5", fit.cells().get(6).orElseThrow().text());
        assertTrue(fit.doubts().keySet().stream().allMatch(c -> c < 6), "the total is not in doubt");
    }

    @Test
    void aCellInDoubtHoldsTheSurvivingReadingNearestTheLayouts() {
        // read from the left, 3 2 5 would leave the total blank, which the identity rules out; of the
        // readings left (3 and 2 in any two applicant columns, 5 the total) the one that moves the
        // fewest values keeps 3 and 2 where the layout put them
        List<GridCell> values = List.of(GridCell.of("3", new Location.Line(1)), GridCell.of("2", new Location.Line(1)),
                GridCell.of("5", new Location.Line(1)));
        RowFit fit = FormDecoder.learn(List.of(), parser, true).fit(values, 7, Positions.FLATTENED, applicants());
        assertEquals(List.of("3", "2", "", "", "", "", "5"), texts(fit));
        assertTrue(fit.doubts().containsKey(0) && fit.doubts().containsKey(1), "the guessed cells are flagged");
    }

    @Test
    void aRowNoReadingFitsIsFlaggedAsAWhole() {
        List<GridCell> values = new ArrayList<>();
        for (String v : List.of("401", "210", "209", "208", "207", "206")) {
            values.add(GridCell.of(v, new Location.Line(1)));
        }
        RowFit fit = FormDecoder.learn(List.of(), parser, true).fit(values, 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem());
        assertTrue(fit.doubts().isEmpty(), "the whole row is in doubt");
        assertEquals(Optional.empty(), fit.cells().get(6), "no blank is made up for the lost total");
    }

    /** A tab-separated row as the reconstructor gives it: a label, then the cells between the tabs, blank ones empty. */
    private static SourceRow tabs(int line, String... cells) {
        List<GridCell> out = new ArrayList<>();
        out.add(GridCell.of("label", new Location.Line(line)));
        for (String c : cells) {
            out.add(GridCell.of(c, new Location.Line(line)));
        }
        return new SourceRow(out, Positions.FLATTENED);
    }

    @Test
    void aSeparatorAfterTheLastCellDoesNotHideThatTheTableKeptEveryBlankCell() {
        // 盐池县-style tab rows, a tab after some rows' last cell (甘肃省: about one line in five):
        //   二、上年结转…\t\t0\t\t\t\t2\t2        seven cells, 自然人 blank
        //   （一）予以公开\t5\t0\t0\t\t\t\t5\t   seven cells and a separator
        //   1.属于国家秘密\t0\t\t1\t\t\t\t1
        // every row holds its seven cells (and at most a separator after them): the blanks are blanks
        SourceRow carried = tabs(1, "", "0", "", "", "", "2", "2");
        SourceRow granted = tabs(2, "5", "0", "0", "", "", "", "5", "");
        SourceRow secret = tabs(3, "0", "", "1", "", "", "", "1");
        FormDecoder decoder = FormDecoder.learn(List.of(carried, granted, secret), parser, true);
        RowFit first = decoder.fit(carried.cells().subList(1, 8), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.NONE, first.problem(), first.note());
        assertEquals(List.of("", "0", "", "", "", "2", "2"), texts(first));
        RowFit second = decoder.fit(granted.cells().subList(1, 9), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.NONE, second.problem(), second.note());
        assertEquals(List.of("5", "0", "0", "", "", "", "5"), texts(second));
    }

    @Test
    void aRowOfTheTablesWidthEndingBlankProvesNothingWhereRowsShowSeparatorsAndNoEmptyFieldBetweenValues() {
        // with separators in the table, \t\t\t\t\t0\t may be six cells and a separator: a cell lost (a
        // crawler's get_text('\t') prints nothing for a blank cell and a tab after every cell)
        SourceRow granted = tabs(1, "5", "0", "1", "1", "1", "1", "9", "");
        SourceRow secret = tabs(2, "0", "1", "0", "0", "0", "0", "1");
        SourceRow zero = tabs(3, "", "", "", "", "", "0", "");
        FormDecoder decoder = FormDecoder.learn(List.of(granted, secret, zero), parser, true);
        RowFit fit = decoder.fit(zero.cells().subList(1, 8), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem());
        // without separators in the table, every row as wide as the form: the blanks are blanks
        FormDecoder none = FormDecoder.learn(List.of(secret, zero, tabs(4, "5", "0", "0", "0", "0", "0", "5")), parser, true);
        assertEquals(RowFit.Problem.NONE,
                none.fit(zero.cells().subList(1, 8), 7, Positions.FLATTENED, applicants()).problem());
    }

    @Test
    void anEmptyFieldBetweenValuesShowsTheTableKeepsItsBlankCellsSoARowEndingBlankLostNone() {
        // 盐池县-style tab rows with separators (text-tab-rows 0042-2021): 0\t\t1 prints an empty field
        // for a blank cell, which a flattening that drops blank cells never does; so 0\t\t\t0\t\t\t is
        // seven cells, 总计 blank, not six and a separator (before: cells-ambiguous on a right row)
        SourceRow granted = tabs(1, "5", "0", "0", "", "", "", "5", "");
        SourceRow secret = tabs(2, "0", "", "1", "", "", "", "1");
        SourceRow zeros = tabs(3, "0", "", "", "0", "", "", "");
        FormDecoder decoder = FormDecoder.learn(List.of(granted, secret, zeros), parser, true);
        RowFit fit = decoder.fit(zeros.cells().subList(1, 8), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.NONE, fit.problem(), fit.note());
        assertEquals(List.of("0", "", "", "0", "", "", ""), texts(fit));
    }

    @Test
    void aRowStartingBlankInATableThatKeepsItsBlankCellsIsABlankThoughOtherRowsCountsDoNotFit() {
        // Debian html2text (seed 2024, 0004-2021): |3.危及“三安全一稳定”_____|___|０_|____|______|______|0_|___|
        // prints every cell; a row above whose cut label left text among its values (|（二）部分公开（区分处理的，只|０|
        // 88��|０�|，不|��其�|�|８|) has fewer values after its last text, and the row's leading blank was
        // taken for a possible shift (before: cells-ambiguous on the whole row)
        SourceRow whole = tabs(1, "３", "０", "０", "０", "", "", "３");
        SourceRow cut = tabs(2, "��其�", "�", "８");
        SourceRow security = tabs(3, "", "０", "", "", "", "0", "");
        FormDecoder decoder = FormDecoder.learn(List.of(whole, cut, security), parser, true);
        RowFit fit = decoder.fit(security.cells().subList(1, 8), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.NONE, fit.problem(), fit.note());
        assertEquals(List.of("", "０", "", "", "", "0", ""), texts(fit));
        // where no row shows an empty field between two values, the leading blank may stand for one lost elsewhere
        SourceRow full = tabs(1, "３", "０", "０", "０", "2", "1", "6");
        SourceRow startsBlank = tabs(3, "", "０", "0", "1", "1", "1", "3");
        FormDecoder noneKept = FormDecoder.learn(List.of(full, cut, startsBlank), parser, true);
        assertEquals(RowFit.Problem.AMBIGUOUS,
                noneKept.fit(startsBlank.cells().subList(1, 8), 7, Positions.FLATTENED, applicants()).problem());
    }

    @Test
    void columnsOfValuesWhoseEdgesStandOneCharacterApartAreNotColumns() {
        // pdftohtml of a full-width Chromium print, a continuation page with no full row: left-aligned
        // 8 and 81 in one column end one character apart, and the right edges of the page's values made
        // seven groups, so 81 was read a column right with no finding (research for commercial)
        SourceRow a = spaced(1, "1", 87, "8", 94, "0", 104, "9", 138);
        SourceRow b = spaced(2, "0", 104, "0", 138);
        SourceRow c = spaced(3, "81", 94, "81", 138);
        SourceRow d = spaced(4, "1", 87, "0", 104, "0", 122, "1", 138);
        FormDecoder decoder = FormDecoder.learn(List.of(a, b, c, d), parser, true);
        RowFit fit = decoder.fit(c.cells().subList(1, 3), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem());
        assertTrue(fit.doubts().containsKey(1) && fit.doubts().containsKey(2), fit.doubts().toString());
    }

    @Test
    void aFullRowInTextThatLosesBlanksMayHoldAFigureSplitInTwoRunsAndALostBlank() {
        // a crawler's get_text('\t') of a Word-pasted table (red-team case crawler-runs-split-blank-lost-2019.txt):
        // 12 written as two runs prints 1\t2, and the row's blank cell prints nothing: 规章 1 2 14 for blank, 12, 14
        List<GridCell> row = tabs(1, "1", "2", "14", "").cells().subList(1, 5);
        FormDecoder losing = FormDecoder.learn(List.of(tabs(1, "1", "2", "14", "")), parser, false, true);
        RowFit fit = losing.fit(row, 3, Positions.FLATTENED, null);
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem());
        assertEquals(List.of("1", "2", "14"), texts(fit), "read as printed, flagged");
        assertTrue(fit.doubtAbout(1, "new_published").contains("12"), fit.doubtAbout(1, "new_published"));
        // where nothing shows the text loses blank cells, or it keeps them, the count settles the row
        assertEquals(RowFit.Problem.NONE, FormDecoder.learn(List.of(), parser, false, false)
                .fit(row, 3, Positions.FLATTENED, null).problem());
        FormDecoder keeping = FormDecoder.learn(List.of(tabs(2, "3", "", "4")), parser, false, true);
        assertEquals(RowFit.Problem.NONE, keeping.fit(row, 3, Positions.FLATTENED, null).problem());
        // a figure split with a blank lost changes the row's sum: where the identity holds as printed, no other reading does
        SourceRow short1 = tabs(3, "5", "2", "7", "");
        SourceRow full = tabs(4, "1", "2", "0", "0", "0", "0", "3", "");
        FormDecoder table = FormDecoder.learn(List.of(short1, full), parser, true);
        assertTrue(FormDecoder.losesBlanks(List.of(short1, full), parser, 7));
        // rows that lose blanks but end with no separator (pdftotext -raw, lynx, html2text print a figure whole)
        assertTrue(!FormDecoder.losesBlanks(List.of(tabs(5, "5", "2", "7"), tabs(6, "1", "2", "0", "0", "0", "0", "3")),
                parser, 7));
        assertEquals(RowFit.Problem.NONE, table.fit(full.cells().subList(1, 9), 7, Positions.FLATTENED, applicants()).problem());
    }

    @Test
    void aFigureNoOtherRowLinesUpWithIsNoColumnOnAPageWithoutAFullRow() {
        // pdftotext -layout of a Chromium print at 80 %, table 三's nil cells empty (red team 17b): its
        // header-less continuation page has no full row; a label run over its cell pushed one row's 1 to
        // column 45, and that figure alone made the seventh group of left edges, so 8 / 3 / 1 / 12 were
        // read a column right (8 as 商业企业), every sum holding; a figure one blank after its label,
        // alone left of all others, is no column, so the row is in doubt
        SourceRow internal = spaced(1, "8", 61, "3", 66, "1", 76, "12", 84);
        List<GridCell> pulled = new ArrayList<>(spaced(2, "1", 45, "1", 72, "2", 84).cells());
        pulled.set(0, GridCell.at("2.申请人逾期未按收费通知要求缴纳费用、行政机关", new Location.Line(2), new TextSpan(0, 12, 44)));
        SourceRow overflow = new SourceRow(pulled, Positions.FLATTENED);
        SourceRow other = spaced(3, "2", 61, "2", 66, "4", 84);
        SourceRow total = spaced(4, "93", 61, "155", 66, "4", 72, "2", 76, "1", 80, "255", 84);
        FormDecoder decoder = FormDecoder.learn(List.of(internal, overflow, other, total), parser, true);
        RowFit fit = decoder.fit(internal.cells().subList(1, 5), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem(), String.join("|", texts(fit)));
    }
    @Test
    void figuresOneBlankApartMakeNoColumnsOnAPageWithoutAFullRow() {
        // pdftotext -layout of an 80 % Chromium print (fix18s): table 三's last page, no header, no full row;
        // `126 45` stand one blank apart, 45 pushed right of 126 and four columns left of the 8 under it,
        // so the left edges fell into seven groups with the 8 a group of its own: 其他处理's 8 read as
        // 科研机构, 总计's 1 and 377 a column right, every sum holding. Such edges are no columns
        SourceRow other = spaced(1, "8", 33, "8", 59);
        SourceRow total = spaced(2, "126", 25, "45", 29, "1", 37, "377", 41, "229", 55, "778", 59);
        SourceRow carried = spaced(3, "4", 55, "4", 59);
        FormDecoder decoder = FormDecoder.learn(List.of(other, total, carried), parser, true);
        RowFit fit = decoder.fit(other.cells().subList(1, 3), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.AMBIGUOUS, fit.problem(), String.join("|", texts(fit)));
    }

    @Test
    void aRowBetweenFullRowsOfOtherColumnsFittingOneOnlyIsInDoubt() {
        // pdftotext -layout -nopgbrk: two pages glued, each laid out on its own grid, no form feed between;
        // the row of four figures lines up with the next page's full row by chance, not with its own page's
        SourceRow above = spaced(1, "225", 24, "144", 28, "0", 35, "1", 38, "0", 46, "43", 51, "413", 54);
        SourceRow row = spaced(5, "78", 33, "0", 38, "0", 46, "78", 54);
        SourceRow below = spaced(9, "66", 31, "0", 38, "0", 44, "0", 48, "0", 52, "8", 56, "74", 60);
        FormDecoder decoder = FormDecoder.learn(List.of(above, row, below), parser, true);
        RowFit fit = decoder.fit(row.cells().subList(1, 5), 7, Positions.FLATTENED, applicants());
        assertTrue(fit.problem() != RowFit.Problem.NONE || !fit.doubts().isEmpty(), fit.toString());
        // where both full rows stand in the same columns the row is placed by them
        SourceRow below2 = spaced(9, "66", 24, "0", 28, "0", 35, "0", 38, "0", 46, "8", 51, "74", 54);
        SourceRow fits = spaced(5, "3", 28, "1", 38, "4", 54);
        FormDecoder same = FormDecoder.learn(List.of(above, fits, below2), parser, true);
        RowFit placed = same.fit(fits.cells().subList(1, 4), 7, Positions.FLATTENED, applicants());
        assertEquals(RowFit.Problem.NONE, placed.problem());
        assertEquals(List.of("", "3", "", "1", "", "", "4"), texts(placed));
    }

    @Test
    void aPageWhoseFullRowFitsFewOfItsRowsGivesNoColumns() {
        // a continuation page retabbed (unexpand -a | expand -t 4; red team 18b, a 67 % Chromium print's page 2):
        // each blank run narrowed by its own amount, the full row's columns no longer the other rows'; the lone 0
        // of 6.属于四类过程性信息 lines up with the full row's third figure by chance
        SourceRow full = spaced(1, "66", 20, "0", 25, "0", 30, "0", 34, "0", 38, "8", 42, "74", 46);
        SourceRow lone = spaced(7, "0", 26);
        FormDecoder decoder = FormDecoder.learn(List.of(full, spaced(2, "77", 16, "2", 21, "0", 26, "0", 30, "79", 38),
                spaced(3, "15", 17, "0", 22, "21", 26, "36", 29), spaced(4, "9", 17, "0", 22, "0", 26, "0", 30, "9", 34),
                spaced(5, "0", 13, "0", 22, "0", 26, "0", 30), spaced(6, "3", 17, "0", 22, "0", 30, "3", 34), lone),
                parser, true);
        RowFit fit = decoder.fit(lone.cells().subList(1, 2), 7, Positions.FLATTENED, applicants());
        assertTrue(fit.problem() != RowFit.Problem.NONE || !fit.doubts().isEmpty(), fit.toString());
        // the page as laid out: its rows line up with the full row, the lone 0 placed by it (其他组织)
        SourceRow full2 = spaced(1, "66", 28, "0", 33, "0", 38, "0", 42, "0", 46, "8", 50, "74", 54);
        SourceRow lone2 = spaced(7, "0", 50);
        FormDecoder laidOut = FormDecoder.learn(List.of(full2, spaced(2, "77", 28, "2", 33, "0", 38, "0", 42, "79", 54),
                spaced(3, "15", 33, "0", 42, "21", 50, "36", 53), spaced(4, "9", 33, "0", 42, "0", 46, "0", 50, "9", 54),
                spaced(5, "0", 25, "0", 38, "0", 42, "0", 50), spaced(6, "3", 33, "0", 38, "0", 50, "3", 54), lone2),
                parser, true);
        RowFit placed = laidOut.fit(lone2.cells().subList(1, 2), 7, Positions.FLATTENED, null);
        assertEquals(RowFit.Problem.NONE, placed.problem());
        assertEquals(List.of("", "", "", "", "", "0", ""), texts(placed));
    }
}
