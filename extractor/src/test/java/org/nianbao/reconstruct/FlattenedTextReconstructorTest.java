package org.nianbao.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;

class FlattenedTextReconstructorTest {

    private final FlattenedTextReconstructor reconstructor = new FlattenedTextReconstructor(new ValueParser()::isValue);

    /** The rows as text, cells joined by "|", for compact expectations. */
    private List<String> rows(String text) {
        return reconstructor.reconstruct(text.lines().toList()).stream().flatMap(g -> g.rows().stream())
                .map(r -> String.join("|", r.stream().map(GridCell::text).toList()))
                .toList();
    }

    @Test
    void tabifiedTextWhoseStopIsInDoubtKeepsNoColumns() {
        // rows tabbed alike line up at every stop: where 17 stands under the header is not known
        String doubtful = "类别      本年制发  本年废止\n甲\t 17\t 7\n乙\t 14\t 2\n丙\t 23\t 5\n";
        List<GridCell> cells = reconstructor.reconstruct(doubtful.lines().toList()).stream()
                .flatMap(g -> g.rows().stream()).flatMap(List::stream).toList();
        assertEquals(List.of(), cells.stream().filter(c -> c.span().isPresent()).toList());
        // a simple table's dash rule (no run of spaces to tabify) shows the stop: vim's ts=8, and columns kept
        String shown = "类别\t\t 本年制发 本年废止\n---------------- -------- --------\n"
                + "甲\t\t       17\t 7\n乙\t\t       14\t 2\n丙\t\t       23\t 5\n";
        assertTrue(reconstructor.reconstruct(shown.lines().toList()).stream().flatMap(g -> g.rows().stream())
                .flatMap(List::stream).anyMatch(c -> c.span().isPresent()));
    }

    @Test
    void onlyThePagesThatLostTheirMarginAreReadWithoutColumns() throws java.io.IOException {
        // pdftotext -layout of the fixture's three pages, the first trimmed of leading spaces by an editor
        List<String> lines = new java.util.ArrayList<>();
        boolean firstPage = true;
        for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("../fixtures/tools/utf8-2019.pdftotext-layout.txt"))) {
            lines.add(firstPage ? l.replaceFirst("^ +", "") : l);
            firstPage &= l.indexOf('\f') < 0;
        }
        List<GridCell> cells = reconstructor.reconstruct(lines).stream().flatMap(g -> g.rows().stream())
                .flatMap(List::stream).toList();
        List<Integer> linesWithColumns = cells.stream().filter(c -> c.span().isPresent())
                .map(c -> ((org.nianbao.model.Location.Line) c.where()).line()).distinct().toList();
        // the block at column 0 runs on into page 2's first lines (lines 46-48): pages 1 and 2 lost their
        // columns, page 3 (table 四, lines 103-121) kept its
        assertTrue(linesWithColumns.stream().allMatch(l -> l >= 103), "pages 1 and 2 keep no columns");
        assertTrue(linesWithColumns.size() >= 3, "page 3 keeps its columns");
    }

    @Test
    void readsTabSeparatedRowsKeepingEmptyCells() {
        assertEquals(List.of("规章|2|2|8", "行政事业性收费|0|0|", "|5. 属于三类内部事务|0"),
                rows("规章\t2\t2\t8\n行政事业性收费\t0\t0\t\n\t5. 属于三类内部事务\t0\n"));
    }

    @Test
    void readsTabIndentedCellsWithRowsBetweenBlankLines() {
        assertEquals(List.of("信息内容|本年新\n制作数量", "规范性文件|13\u3000\u3000|\u00A07"),
                rows("\t信息内容\n\t本年新\n制作数量\n\n\t规范性文件\n\t13\u3000\u3000\n\t\u00A07\n"));
    }

    @Test
    void readsParagraphCellsIntoRowsOfLabelsThenValues() {
        assertEquals(List.of("规章|0|0", "规范性文件|6|6"), rows("规章\n\n0\n\n0\n\n规范性文件\n\n6\n\n6\n"));
    }

    @Test
    void readsAnExtraBlankLineBetweenParagraphCellsAsABlankCell() {
        assertEquals(List.of("其他对外管理服务事项|24||24", "行政事业性收费|4|", "第二十条第(九)项"),
                rows("其他对外管理服务事项\n\n24\n\n\n24\n\n行政事业性收费\n\n4\n\n\n第二十条第(九)项\n"));
    }

    @Test
    void flagsARowWhoseBlankCellsMayBeOneLineOrTwoEach() {
        // docx2txt: "\n\n" before every paragraph; every gap is odd, so none proves a one-line blank
        // cell, and the three empty lines before the last 0 are two blank cells or one
        String text = "3.危及\n\n0\n\n0\n\n0\n\n0\n\n\n\n0\n\n\n\n\n\n\n\n4.保护\n\n0\n\n0\n";
        List<List<GridCell>> rows = reconstructor.reconstruct(text.lines().toList()).stream()
                .flatMap(g -> g.rows().stream()).toList();
        assertEquals("3.危及|0|0|0|0|||0||||||", String.join("|", rows.get(0).stream().map(GridCell::text).toList()));
        assertEquals(CellNote.Kind.UNPLACED, rows.get(0).get(0).notes().get(0).kind(), "the row's label carries the doubt");
        assertEquals(List.of(), rows.get(1).get(0).notes(), "a row with no gap in doubt is read as it is");
    }

    @Test
    void readsBlankCellsAtOneLineEachWhereAGapProvesIt() {
        String text = "其他对外管理服务事项\n\n24\n\n\n24\n\n行政许可\n\n1\n\n\n\n\n2\n";
        List<List<GridCell>> rows = reconstructor.reconstruct(text.lines().toList()).stream()
                .flatMap(g -> g.rows().stream()).toList();
        assertEquals("行政许可|1||||2", String.join("|", rows.get(1).stream().map(GridCell::text).toList()));
        assertEquals(List.of(), rows.get(1).get(0).notes());
    }

    @Test
    void readsMarkdownPipeTablesWithoutTheRule() {
        assertEquals(List.of("信息内容|本年制发件数", "规章|3"),
                rows("| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 3 |\n"));
    }

    @Test
    void dropsTheEmptyHeaderRowPandocWritesForAPipeTableWithoutOne() {
        // pandoc -t gfm of a Word table whose headers are body rows (table 四): the header rows must stand first
        assertEquals(List.of("行政复议||行政诉讼", "结果维持|总计|结果维持", "0|4|2"),
                rows("|   |   |   |\n|---|---|---|\n| 行政复议 |   | 行政诉讼 |\n| 结果维持 | 总计 | 结果维持 |\n| 0 | 4 | 2 |\n"));
    }

    @Test
    void keepsARowOfEmptyCellsThatIsNotAPipeTablesHeader() {
        assertEquals(List.of("信息内容|本年制发件数", "|", "规章|3"),
                rows("| 信息内容 | 本年制发件数 |\n|---|---|\n|   |   |\n| 规章 | 3 |\n"));
    }

    @Test
    void readsColumnsLaidOutWithSpaces() {
        assertEquals(List.of("规章|11|2|679", "说明 2020 年 共计"),
                rows("规章                            11    2         679\n说明 2020 年 共计\n"));
    }

    @Test
    void measuresColumnsInDisplayWidthWhereTheToolPaddedByIt() {
        // pandoc -t plain pads a wide character as two columns: the values stand at display columns 20
        // and 26 whatever the label, while their character offsets differ by the label's length
        String text = "规章" + " ".repeat(16) + "11" + " ".repeat(4) + "2\n"
                + "行政规范性文件" + " ".repeat(6) + "5" + " ".repeat(5) + "6\n"
                + "规章" + " ".repeat(22) + "3\n";
        List<List<GridCell>> rows = reconstructor.reconstruct(text.lines().toList()).get(0).rows();
        assertEquals(26, rows.get(0).get(2).span().orElseThrow().start());
        assertEquals(20, rows.get(1).get(1).span().orElseThrow().start());
        assertEquals(26, rows.get(2).get(1).span().orElseThrow().start(), "the lone value lines up under the second column");
    }

    @Test
    void measuresColumnsInCharactersWhereTheToolLaidTextOutByCharacter() {
        // pdftotext -layout puts every character, wide or not, in one column
        String text = "规章" + " ".repeat(18) + "11" + " ".repeat(4) + "2\n"
                + "行政规范性文件" + " ".repeat(13) + "5" + " ".repeat(5) + "6\n"
                + "规章" + " ".repeat(24) + "3\n";
        List<List<GridCell>> rows = reconstructor.reconstruct(text.lines().toList()).get(0).rows();
        assertEquals(26, rows.get(0).get(2).span().orElseThrow().start());
        assertEquals(26, rows.get(2).get(1).span().orElseThrow().start());
    }

    @Test
    void splitsBlankMarksRunIntoTheNextCellsCountInNarrowColumns() {
        // Chromium's print of 1.1em-wide cells through pdftotext -layout (corpus/redteam/chromium-narrow-dash-zero-2019.txt):
        // the page shows 0 — 0 — 0 0 — and 0 0 0 — 0 — —; a dash run into a count is two cells, and so
        // is a dash run beside it (the tool separates none of these cells)
        String text = "5.要求行政机关确认或重新出       0 —0 —0 0 —\n"
                + "四、结转下年度继续办理           0 0 0 —0 ——\n"
                + "一、本年新收政府信息公开申请数量  1 2 3 4 5 6 21\n";
        List<List<GridCell>> rows = reconstructor.reconstruct(text.lines().toList()).get(0).rows();
        assertEquals(List.of("5.要求行政机关确认或重新出", "0", "—", "0", "—", "0", "0", "—"),
                rows.get(0).stream().map(GridCell::text).toList());
        assertEquals(List.of("四、结转下年度继续办理", "0", "0", "0", "—", "0", "—", "—"),
                rows.get(1).stream().map(GridCell::text).toList());
        // each piece keeps the character column it stands in
        assertEquals(List.of(21, 23, 24, 26, 27, 29, 31), rows.get(0).stream().skip(1)
                .map(c -> c.span().orElseThrow().start()).toList());
    }

    @Test
    void splitsAFullWidthHyphenRunIntoACountWhereTheLineWritesItsBlanksSo() {
        // pdftotext -layout of a 150 % Chromium print (corpus/redteam/pdftotext-layout-z150-dash-glued-total-2021.txt):
        // the page shows － 1 0 0 0 － 1; the one-character 其他 column ends where 总计 begins
        List<List<GridCell>> rows = reconstructor.reconstruct(List.of(
                "             1.属于国家秘密       － 1     0   0     0   －1",
                "           2.重复申请          － －     0   32    －   － 32",
                "             8.属于行政查询事项     2   0   1   3     0   －6")).get(0).rows();
        assertEquals(List.of("1.属于国家秘密", "－", "1", "0", "0", "0", "－", "1"),
                rows.get(0).stream().map(GridCell::text).toList());
        // the mark and the figure keep their own character columns
        assertEquals(List.of(50, 51), rows.get(0).stream().skip(6).map(c -> c.span().orElseThrow().start()).toList());
        // a line of the same table with no standalone － of its own: the table writes its blanks so
        assertEquals(List.of("8.属于行政查询事项", "2", "0", "1", "3", "0", "－", "6"),
                rows.get(2).stream().map(GridCell::text).toList());
        // a table with no standalone － keeps －5 whole (a sign, flagged by its range where a count)
        assertEquals(List.of("规章|－5|3"), rows("规章                      －5   3\n"));
    }

    @Test
    void cutsDigitsRunTogetherAfterEachLeadingZeroIntoCellsOfTheirOwn() {
        // Chromium's 125 % print, tables at 70 %, through pdftotext -layout (corpus/redteam/
        // pdftotext-layout-zoom125-zeros-run-together-0022-2019.txt): the page shows 0 0 0 0 0 0 0, the
        // one-character 其他 column's 0 touching 总计's; no count is printed with a leading zero
        String first = "(一)予以公开    ０ ０    0   0   ０   ００";
        String text = first + "\n"
                + "（二）部分公开            ３   ０   0   0   ０   ０７   １２\n"
                + "一、本年新收政府信息公开申请数量  1 2 3 4 5 6 ２０\n";
        List<List<GridCell>> rows = reconstructor.reconstruct(text.lines().toList()).get(0).rows();
        assertEquals(List.of("(一)予以公开", "０", "０", "0", "0", "０", "０", "０"),
                rows.get(0).stream().map(GridCell::text).toList());
        // each zero keeps its own character column
        int zeros = first.indexOf("００");
        assertEquals(List.of(zeros, zeros + 1), rows.get(0).stream().skip(6).map(c -> c.span().orElseThrow().start()).toList());
        // a 0 before other digits ends its cell; digits after a non-zero digit stay one count (１２, ２０)
        assertEquals(List.of("（二）部分公开", "３", "０", "0", "0", "０", "０", "７", "１２"),
                rows.get(1).stream().map(GridCell::text).toList());
        assertEquals("２０", rows.get(2).get(7).text());
        // ASCII 01 on a line of pieces is the end of a number wrapped in its cell (20 / 01): kept whole
        assertEquals(List.of("1", "2", "01"), reconstructor.reconstruct(List.of("一、本年新收政府信息公开申请数量  20 20 20",
                "                                  1   2   01")).get(0).rows().get(1).stream().map(GridCell::text).toList());
    }

    @Test
    void keepsASignedCountAndADoubleDashWhereNoMarkIsRunIntoACount() {
        assertEquals(List.of("规章|-5|——|3"), rows("规章                      -5 —— 3\n"));
    }

    @Test
    void splitsALabelRunThatStandsInTheLabelColumnsOfTheLineAbove() {
        // Chromium's print of cells 2em wide (corpus/redteam/chromium-narrow-group-other-2021.txt): the
        // group （六）其他处理 and its first row's label 1.申请人… wrap two characters a line side by side
        String text = "（六） 1.申 0        0   0   0   0   9\n"
                + "其他处 请人       9\n"
                + "  理   无正\n";
        assertEquals("其他处|请人|9", rows(text).get(1));
        List<List<GridCell>> rows = reconstructor.reconstruct(text.lines().toList()).get(0).rows();
        assertEquals(4, rows.get(1).get(1).span().orElseThrow().start());
    }

    @Test
    void keepsALabelWithASpaceWholeWhereNoNeighbourPrintsItsWordsInColumnsOfTheirOwn() {
        String text = "（六）其他处理        0   0   0   0   9\n"
                + "其他处 请人       9\n";
        assertEquals("其他处 请人|9", rows(text).get(1));
    }

    @Test
    void givesEveryCellTheLineItStandsOn() {
        CellGrid grid = reconstructor.reconstruct("标题\n\n规章\t2\t2\n".lines().toList()).get(0);
        assertEquals("line:3", grid.rows().get(1).get(2).where().render());
    }

    /**
     * Rta's innerText copies of a {@code <br>}-cell page with each line {@code strip()}ped: table 三's header
     * wrapped in its cells stands on lines apart ({@code 商 业 企 业} / {@code 科 研 机 构}) with the empty lines of
     * the paragraphs between them. Its labels name their columns by what they say, so the copy's lost tabs leave
     * them unnoted (noted, the mapper assumed the order of every row of the table: 36.90 % of the copies' right
     * cells flagged); a row whose figures stand on lines apart after a gap is still in doubt.
     */
    @Test
    void aStrippedCopysHeaderLabelsAreNotInDoubtItsGappedFiguresAre() {
        List<String> copy = List.of(
                "三、收到和处理政府信息公开申请情况",
                "",
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                "",
                "申请人情况",
                "",
                "",
                "自 然 人\t法人或其他组织\t总 计",
                "商 业 企 业",
                "",
                "科 研 机 构",
                "",
                "社会",
                "公益组织\t法律",
                "服务机构\t其 他",
                "一、本年新收政府信息公开申请数量\t266\t220\t1\t0\t0",
                "",
                "3",
                "",
                "490",
                "二、上年结转政府信息公开申请数量",
                "",
                "0",
                "",
                "0\t0\t0",
                "",
                "0",
                "",
                "0\t0",
                "",
                "",
                "三、本年度办理结果",
                "",
                "",
                "",
                "（一）予以公开",
                "",
                "0\t0",
                "",
                "0",
                "",
                "",
                "",
                "0",
                "",
                "0\t0\t0",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t96\t0\t0\t0\t0");
        List<List<GridCell>> rows = reconstructor.reconstruct(copy).stream().flatMap(g -> g.rows().stream()).toList();
        List<GridCell> labels = rows.stream().flatMap(List::stream)
                .filter(c -> c.text().contains("商 业 企 业") || c.text().contains("科 研 机 构") || c.text().contains("其 他"))
                .toList();
        assertEquals(3, labels.size(), "the three labels are read");
        assertTrue(labels.stream().allMatch(c -> c.notes().isEmpty()), "no label is in doubt: " + labels);
        // 二、上年结转's figures stand on lines of their own (0 / 0 0 0 / 0 / 0 0), empty lines between
        List<GridCell> carried = rows.stream().filter(r -> r.get(0).text().startsWith("二、上年结转")).findFirst().orElseThrow();
        assertTrue(carried.get(0).notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED),
                "the row whose figures a gap parts is in doubt");
    }
    /**
     * Red team rtg's {@code chromium-innertext-rtg-p-nbsp-after-column-o-space-2019.txt} (lines 125-137): innerText of
     * cells written {@code <p>V</p><p>&nbsp;</p>} beside bare empty cells, lined up by {@code column -t -s TAB -o ' '},
     * which drops the lines of tabs alone. The page's 3.要求提供公开出版物 is blank 39 0 4 blank 0 43; the copy prints 39,
     * 0, nbsp, 4, 0, nbsp, 43, nbsp, seven pieces before the last with every figure one place off. A row with no such
     * line is read as it is.
     */
    @Test
    void aRowsFiguresAfterALineOfANonBreakingSpaceAloneAreInDoubt() {
        String pad = " ".repeat(40);
        List<String> copy = List.of("2.重复申请" + pad, "0" + pad, "1" + pad, "3.要求提供公开出版物" + pad, "39" + pad,
                "0" + pad, "\u00a0" + pad, "4" + pad, "0" + pad, "\u00a0" + pad, "43" + pad, "\u00a0" + pad,
                "4.无正当理由大量反复申请" + pad);
        List<List<GridCell>> rows = reconstructor.reconstruct(copy).stream().flatMap(g -> g.rows().stream()).toList();
        List<GridCell> publication = rows.stream().filter(r -> r.get(0).text().startsWith("3.要求提供公开出版物"))
                .findFirst().orElseThrow();
        assertTrue(publication.get(0).notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED),
                "the row is in doubt: " + publication);
        List<GridCell> repeated = rows.stream().filter(r -> r.get(0).text().startsWith("2.重复申请")).findFirst().orElseThrow();
        assertEquals(List.of(), repeated.get(0).notes(), "a row with no such line is read as it is");
    }
}
