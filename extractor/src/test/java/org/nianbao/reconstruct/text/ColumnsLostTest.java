package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laid-out text whose lines no longer stand in the page's columns: {@link LostLeftMargin}, {@link WrappedLayout}
 * and {@link ReflowedLayout}.
 */
class ColumnsLostTest {

    private static final Path LAYOUT = Path.of("../fixtures/tools/utf8-2019.pdftotext-layout.txt");
    private static final Path CASES = Path.of("../corpus/redteam");

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    @Test
    void layoutTextAsPrintedKeepsItsColumns() throws IOException {
        assertFalse(LostLeftMargin.of(lines(LAYOUT)).any());
        assertTrue(WrappedLayout.of(lines(LAYOUT)).broken().isEmpty());
        assertFalse(ReflowedLayout.of(lines(LAYOUT)).any());
    }

    @Test
    void linesStrippedOfLeadingSpacesLostTheirMargin() throws IOException {
        List<String> stripped = lines(LAYOUT).stream().map(l -> l.replaceFirst("^ +", "")).toList();
        assertTrue(LostLeftMargin.of(stripped).any());
        assertTrue(LostLeftMargin.of(lines(CASES.resolve("pdftotext-layout-lines-stripped-2019.txt"))).any());
    }

    @Test
    void onlyTheFirstPageStrippedLostItsMarginThere() throws IOException {
        // an editor's "trim leading whitespace" on the first page: table 三's sub-header at column 0
        assertTrue(LostLeftMargin.of(lines(CASES.resolve("pdftotext-layout-first-page-stripped-2019.txt"))).any());
        List<String> firstPage = new java.util.ArrayList<>();
        boolean before = true;
        for (String l : lines(LAYOUT)) {
            firstPage.add(before ? l.replaceFirst("^ +", "") : l);
            before &= l.indexOf('\f') < 0;
        }
        assertTrue(LostLeftMargin.of(firstPage).any());
    }

    @Test
    void onlyThePagesOfTheStrippedBlockLoseTheirColumns() throws IOException {
        // the fixture's three pages, the first trimmed; the block at column 0 runs on into the second page's
        // first lines (its note at column 0 as printed, which the text cannot tell from a trimmed one), so
        // that page counts too; the third, table 四's, keeps its columns
        List<String> firstPage = new java.util.ArrayList<>();
        boolean before = true;
        for (String l : lines(LAYOUT)) {
            firstPage.add(before ? l.replaceFirst("^ +", "") : l);
            before &= l.indexOf('\f') < 0;
        }
        ColumnsLost lost = LostLeftMargin.of(firstPage);
        assertEquals(java.util.Set.of(0, 1), lost.pages());
        assertTrue(lost.linesWhole());
    }

    @Test
    void aStrippedBlockRunningOverAPageBreakLosesBothPages() throws IOException {
        // the first 60 lines trimmed (an editor's selection ending on the second page)
        List<String> all = lines(LAYOUT);
        List<String> half = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            half.add(i < 60 ? all.get(i).replaceFirst("^ +", "") : all.get(i));
        }
        assertEquals(java.util.Set.of(0, 1), LostLeftMargin.of(half).pages());
    }

    @Test
    void blankRunsReSpacedLoseTheColumnsOfTheHeadersPage() throws IOException {
        ColumnsLost lost = RequesterHeaderOrder.of(lines(CASES.resolve("pdftotext-layout-tabs8-vim-retab4-2019.txt")));
        assertEquals(java.util.Set.of(0), lost.pages());
        assertTrue(lost.linesWhole());
    }

    @Test
    void textReflowedByFmtLosesItsPagesWithItsLinesCut() throws IOException {
        ColumnsLost lost = ReflowedLayout.of(lines(CASES.resolve("pdftotext-layout-fmt-split-72-2019.txt")));
        assertTrue(lost.on(0));
        assertFalse(lost.linesWhole());
    }

    @Test
    void pagesLostTogetherAreWholeOnlyWhereEveryChangeLeftThemWhole() {
        ColumnsLost stripped = new ColumnsLost(false, java.util.Set.of(0), true);
        ColumnsLost cut = new ColumnsLost(false, java.util.Set.of(1), false);
        assertEquals(new ColumnsLost(false, java.util.Set.of(0, 1), false), stripped.or(cut));
        assertEquals(stripped, ColumnsLost.NONE.or(stripped));
        assertTrue(stripped.or(ColumnsLost.EVERYWHERE).on(5));
        assertFalse(ColumnsLost.NONE.any());
    }

    @Test
    void layoutTextAsPrintedKeepsTheRequestersHeaderInOrder() throws IOException {
        assertFalse(RequesterHeaderOrder.of(lines(LAYOUT)).any());
    }

    @Test
    void blankRunsReSpacedAtFourPutTheBusinessesLeftOfThePersons() throws IOException {
        // unexpand -a, then vim ts=4 et :retab: 商业企业 at character 27 under 自然人 at 31
        assertTrue(RequesterHeaderOrder.of(lines(CASES.resolve("pdftotext-layout-tabs8-vim-retab4-2019.txt"))).any());
    }

    @Test
    void aPagePrintingTheOrganisationsBeforeThePersonsKeepsItsColumns() {
        // pdftotext -fixed 3 of a Chromium print whose table 三 reads organisations, 自然人, 总计 (tok's
        // 0007-2019-ONT): 商业 at 128 left of 自然 at 145, but every organisation left of it, as on the page
        List<String> page = List.of(
                "            （本列数据的勾稽关系为：第一项加第二项" + " ".repeat(53) + "法人或其他组织",
                " ".repeat(145) + "自然 总",
                "            之和，等于第三项加第四项之和）" + " ".repeat(65) + "社会公" + " ".repeat(10) + "科研"
                        + " ".repeat(8) + "法律服" + " ".repeat(10) + "商业" + " ".repeat(8) + "其",
                " ".repeat(145) + "人" + " ".repeat(7) + "计",
                "\f");
        assertFalse(RequesterHeaderOrder.of(page).any());
        // the same lines with 自然 among the organisations (a re-spacing's doing) are still taken as lost
        List<String> among = page.stream().map(l -> l.replaceFirst("^ {145}自然", " ".repeat(132) + "自然")).toList();
        assertTrue(RequesterHeaderOrder.of(among).any());
    }

    @Test
    void aSentenceNamingBothRequestersIsNoHeader() {
        List<String> prose = List.of("  本年共收到申请，其中自然人", "商业企业申请占多数。", "\f");
        assertFalse(RequesterHeaderOrder.of(prose).any());
    }

    @Test
    void tableTwoAtTheLeftEdgeIsNotALostMargin() {
        // a generator PDF lays table 二 out at column 0, header and rows: figures few to a line, no sub-header
        List<String> page = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            page.add("信息内容                  本年新制作数量         本年新公开数量     对外公开总数量");
            page.add("规章                    271             922             55");
        }
        page.add("   二、主动公开");
        page.add("\f");
        assertFalse(LostLeftMargin.of(page).any());
    }

    @Test
    void aMailClientsWrapIsJoinedBackOnTheBrokenLine() throws IOException {
        List<String> wrapped = lines(CASES.resolve("pdftotext-layout-mail-wrap72-2019.txt"));
        WrappedLayout.Unwrapped u = WrappedLayout.of(wrapped);
        int row = wrapped.indexOf(wrapped.stream().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow());
        // 一、本年新收…  115 / 273  210  —  2  —  600: one row of seven cells again, its rest's line left empty
        assertTrue(u.broken().contains(row));
        assertEquals("115  273       210     —             2       —    600",
                u.lines().get(row).substring(u.lines().get(row).indexOf("115")));
        assertEquals("", u.lines().get(row + 1));
        assertEquals(wrapped.size(), u.lines().size());
    }

    @Test
    void aLineNoBlankCouldBreakDoesNotHideTheWrap() throws IOException {
        // wrapped at 66: table 三's header line (first blank at column 67) and two CJK sentences stay whole
        List<String> wrapped = lines(CASES.resolve("pdftotext-layout-mail-wrap66-2019.txt"));
        int row = wrapped.indexOf(wrapped.stream().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow());
        assertTrue(WrappedLayout.of(wrapped).broken().contains(row));
    }

    @Test
    void aCjkSentenceWiderThanTheWrapDoesNotPassForIt() throws IOException {
        // the summary's first sentence, 100 columns without a blank, passes any width: the rows' rests show 72
        List<String> wrapped = lines(CASES.resolve("pdftotext-layout-mail-wrap72-cjk-sentence-2019.txt"));
        int row = wrapped.indexOf(wrapped.stream().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow());
        assertTrue(WrappedLayout.of(wrapped).broken().contains(row));
    }

    @Test
    void aWrapCountedInCharactersIsFoundAndItsRestsAppended() throws IOException {
        // wrapped at 72 characters (a CJK character one, not two display columns), the blank dropped: table 四's
        // row of 15 figures broken after its twelfth; by display columns no width is a wrap
        List<String> wrapped = lines(CASES.resolve("pdftotext-layout-wrap72-chars-appeals-shifted-2021.txt"));
        WrappedLayout.Unwrapped u = WrappedLayout.of(wrapped);
        int row = wrapped.indexOf(wrapped.stream().filter(l -> l.startsWith("0      0    0   3    3")).findFirst()
                .orElseThrow());
        assertEquals("", u.lines().get(row));
        assertEquals("", u.lines().get(row + 1), "the row's rest appended too");
        // the row's fifteen figures in the order printed, on the line its first piece was appended to
        assertTrue(u.broken().stream().map(u.lines()::get)
                .anyMatch(l -> l.endsWith("0      0    0   3    3     0      0   0   0        0     0       4  0        0       4")),
                u.lines().toString());
    }

    @Test
    void croppedTextIsNotWrapped() throws IOException {
        // cut at the crop's edge, not broken: its lines of figures stand right of their labels
        assertTrue(WrappedLayout.of(lines(CASES.resolve("pdftotext-layout-crop-inch-margins-2019.txt"))).broken().isEmpty());
        assertFalse(LostLeftMargin.of(lines(CASES.resolve("pdftotext-layout-crop-inch-margins-2019.txt"))).any());
    }

    @Test
    void textSplitByFmtKeepingIndentationIsReflowed() throws IOException {
        assertTrue(ReflowedLayout.of(lines(CASES.resolve("pdftotext-layout-fmt-split-72-2019.txt"))).any());
    }

    @Test
    void textRefilledByFmtIsReflowed() throws IOException {
        assertTrue(ReflowedLayout.of(lines(CASES.resolve("pdftotext-layout-fmt-refill-72-2019.txt"))).any());
    }

    @Test
    void aNarrowPrintedPageWithAFewLongLinesIsNotReflowed() throws IOException {
        // Chromium's print of an HTML report laid out by pdftotext: no line with a blank wider than 89
        // bytes, but only 9 of its 48 end near that width (fmt ends one in three or more near its own)
        assertFalse(ReflowedLayout.of(lines(Path.of("../corpus/src/test/resources/corpus/tool-chromium-layout/0004-2019.txt"))).any());
    }

    @Test
    void textWithoutPagesIsNotReflowed() throws IOException {
        List<String> noPages = lines(CASES.resolve("pdftotext-layout-fmt-split-72-2019.txt")).stream()
                .map(l -> l.replace("\f", "")).toList();
        assertFalse(ReflowedLayout.of(noPages).any());
    }
}
