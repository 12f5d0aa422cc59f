package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/** Each recogniser on text printed the way its tool prints it (excerpts of real tool output). */
class TableFlatteningsTest {

    private final ValueParser parser = new ValueParser();

    private static List<String> rows(TextTable t) {
        return t.grid().rows().stream().map(r -> String.join("|", r.stream().map(GridCell::text).toList())).toList();
    }

    @Test
    void readsW3mBoxDrawingJoiningWrappedCellsNeverMakingCellsOfRulesAndMarksSpansUnexpanded() {
        List<String> lines = """
                ┌──────────┬──────────────────┬───┬─────┐
                │          │（二）部分公开（区│8  │0    │
                │          │分处理的）        │   │     │
                │          ├────────┬─────────┼───┼─────┤
                │三、本年度│        │1.属于国家│0  │58   │
                │办理结果  │（三）不│秘密      │   │     │
                └──────────┴────────┴─────────┴───┴─────┘
                after
                """.lines().toList();
        TextTable t = new BoxDrawnTable().recognise(lines, 0).orElseThrow();
        assertEquals(List.of("|（二）部分公开（区\n分处理的）|8|0", "三、本年度\n办理结果|（三）不|1.属于国家\n秘密|0|58"), rows(t));
        assertEquals(7, t.end());
        assertEquals(Positions.FLATTENED, t.grid().positions());
        assertTrue(t.grid().rows().stream().flatMap(List::stream).noneMatch(c -> c.text().contains("─")));
    }

    @Test
    void keepsTheTextAMergedCellPrintsInsideAPartialRule() {
        List<String> lines = """
                ┌──────┬───┐
                │规章  │3  │
                │三、本├───┤
                │年度  │5  │
                └──────┴───┘
                """.lines().toList();
        assertEquals(List.of("规章|3", "三、本", "年度|5"), rows(new BoxDrawnTable().recognise(lines, 0).orElseThrow()));
    }

    /**
     * {@code w3m -dump -cols 200} of a table 四 whose 行政复议 prints its columns in reverse (red team rta's
     * {@code w3m-rta-permuted-appeals-reversed-blank-cells-2019.txt}, lines 118–127): the five cells under 行政复议
     * span the two header rows, so w3m prints their first lines inside the rule that ends 未经复议直接起诉's row.
     */
    @Test
    void joinsTheTextAHeaderCellPrintsInsideAPartialRuleToItsRestBelow() {
        List<String> lines = """
                ┌───────────────────────────┬───────────────────────────────────────────────────────┐
                │行政复议                   │行政诉讼                                               │
                ├───┬─────┬─────┬─────┬─────┼───────────────────────────┬───────────────────────────┤
                │   │     │     │     │     │未经复议直接起诉           │复议后起诉                 │
                │总 │尚未 │其他 │结果 │结果 ├───┬─────┬─────┬─────┬─────┼───┬─────┬─────┬─────┬─────┤
                │计 │审结 │结果 │纠正 │维持 │总 │尚未 │其他 │结果 │结果 │总 │尚未 │其他 │结果 │结果 │
                │   │     │     │     │     │计 │审结 │结果 │纠正 │维持 │计 │审结 │结果 │纠正 │维持 │
                ├───┼─────┼─────┼─────┼─────┼───┼─────┼─────┼─────┼─────┼───┼─────┼─────┼─────┼─────┤
                │5  │0    │2    │0    │3    │3  │1    │0    │－   │2    │0  │－   │－   │0    │－   │
                └───┴─────┴─────┴─────┴─────┴───┴─────┴─────┴─────┴─────┴───┴─────┴─────┴─────┴─────┘
                """.lines().toList();
        String group = "总\n计|尚未\n审结|其他\n结果|结果\n纠正|结果\n维持";
        assertEquals(List.of("行政复议|行政诉讼", "|||||未经复议直接起诉|复议后起诉", group + "|" + group + "|" + group,
                "5|0|2|0|3|3|1|0|－|2|0|－|－|0|－"), rows(new BoxDrawnTable().recognise(lines, 0).orElseThrow()));
    }

    @Test
    void keepsAFragmentOverABlankCellAsARowOfItsOwn() {
        // w3m of table 三: the block label stands alone inside the rule, the cell below it blank
        List<String> lines = """
                ┌──────────────┬──────────┬───┐
                │              │1.属于国家│0  │
                │（三）不予公开├──────────┼───┤
                │              │2.其他法律│5  │
                └──────────────┴──────────┴───┘
                """.lines().toList();
        assertEquals(List.of("|1.属于国家|0", "（三）不予公开", "|2.其他法律|5"),
                rows(new BoxDrawnTable().recognise(lines, 0).orElseThrow()));
    }

    /**
     * {@code w3m -dump -cols 150} of a table 三 printed 总计, the organisations, then 自然人 (red team rti's probe
     * {@code 0002-mixed-TON-52314-ANR-32541.w3m150.txt}, lines 43–50; the rendered page's header reads 总计 |
     * 其他 | 科研机构 | 社会公益组织 | 商业企业 | 法律服务机构 | 自然人): 总计 stands in the rule over its blank
     * cell, 自 on 法人或其他组织's line. 总计 joins the header row it stands over, and every header cell keeps
     * the display columns between its separators, whatever line it was printed on.
     */
    @Test
    void givesABoxDrawnHeadersCellsTheirColumnsAndJoinsALabelInTheRuleToTheBlankCellUnderIt() {
        List<String> lines = """
                ┌──────────┬──────────────────────────────────────┐
                │          │申请人情况                            │
                │          ├───┬──────────────────────────────┬───┤
                │（本列）  │   │法人或其他组织                │自 │
                │          │总 ├──┬─────┬───────┬─────┬───────┤然 │
                │          │计 │其│科研 │社会公 │商业 │法律服 │人 │
                │          │   │他│机构 │益组织 │企业 │务机构 │   │
                ├──────────┼───┼──┼─────┼───────┼─────┼───────┼───┤
                │一、本年新│5  │0 │0    │1      │3    │1      │0  │
                └──────────┴───┴──┴─────┴───────┴─────┴───────┴───┘
                """.lines().toList();
        TextTable t = new BoxDrawnTable().recognise(lines, 0).orElseThrow();
        List<GridCell> header = t.grid().rows().get(2);
        assertEquals(List.of("", "总\n计", "其\n他", "科研\n机构", "社会公\n益组织", "商业\n企业", "法律服\n务机构",
                "然\n人"), header.stream().map(GridCell::text).toList());
        List<Integer> starts = header.stream().map(c -> c.span().orElseThrow().start()).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "left to right as printed");
        GridCell natural = t.grid().rows().get(1).get(3);
        assertEquals("自", natural.text());
        assertEquals(header.get(7).span(), natural.span(), "自 stands in 然/人's columns, on the line above");
        assertTrue(t.grid().rows().get(3).stream().allMatch(c -> c.span().isEmpty()), "values keep no columns");
    }

    @Test
    void joinsALabelPrintedWholeInARuleToTheBlankCellUnderItInAHeaderRowOnly() {
        // w3m of a table 三 printed 自然人, 总计, then the organisations (red team rti's
        // w3m-rti-permuted-requests-header-2021.txt, lines 43-50, narrowed): 总计 fills its merged cell's rule line
        List<String> lines = """
                ┌──────┬──────────────────────────┐
                │      │申请人情况                │
                │      ├─────┬────┬───────────────┤
                │（注）│     │    │法人或其他组织 │
                │      │自然 │总计├──────────┬────┤
                │      │人   │    │法律服务机│其他│
                │      │     │    │构        │    │
                ├──────┼─────┼────┼──────────┼────┤
                │一、新│182  │366 │1         │1   │
                ├──────┼─────┼────┼──────────┼────┤
                │      │0    │    │          │    │
                │三、办├─────┼────┼──────────┼────┤
                │      │—    │—   │—         │—   │
                └──────┴─────┴────┴──────────┴────┘
                """.lines().toList();
        List<String> rows = rows(new BoxDrawnTable().recognise(lines, 0).orElseThrow());
        assertEquals("|自然\n人|总计|法律服务机\n构|其他", rows.get(2));
        assertEquals("三、办", rows.get(5), "over a row of marks for blanks it is a block label: a row of its own");
    }

    @Test
    void joinsTheLinesOfABandWhoseSeparatorsLineUpWhenALongLabelOverflowsAnother() {
        // links -dump: the note overflows its cell, so its line's separators stand elsewhere; the
        // header lines below still line up, in characters, and a label printed a character per line is joined
        List<String> lines = """
                +------------------------------+
                |           |   |法人或其他组织 |
                |（本列数据的勾稽关系为：第一项加第二项之和）   |   |-------|
                |           |自 然|科|总 计|
                |           |人  |研|   |
                |           |   |机|   |
                |           |   |构|   |
                |-----------+---+-+---|
                |一、本年新收 |121|0|1230|
                +------------------------------+
                """.lines().toList();
        assertEquals(List.of("||法人或其他组织", "（本列数据的勾稽关系为：第一项加第二项之和）||-------", "|自 然\n人|科\n研\n机\n构|总 计",
                "一、本年新收|121|0|1230"), rows(new BoxDrawnTable().recognise(lines, 0).orElseThrow()));
    }

    @Test
    void linesUpW3mSeparatorsInDisplayColumns() {
        // w3m pads by display width: 人 takes two columns, so │人 │ and │   │ line up
        List<String> lines = """
                ┌──┬───┬────┐
                │  │人 │商业│
                │  │   │企业│
                ├──┼───┼────┤
                │一│200│51  │
                └──┴───┴────┘
                """.lines().toList();
        assertEquals(List.of("|人|商业\n企业", "一|200|51"), rows(new BoxDrawnTable().recognise(lines, 0).orElseThrow()));
    }

    @Test
    void readsLinksAsciiArtWithoutSplittingASignedValueAtItsPlus() {
        List<String> lines = """
                +---------------------+
                | 行政许可 | 120 | +15 |
                |----------+-----+-----|
                | 行政强制 | -- | 3 |
                +---------------------+
                """.lines().toList();
        assertEquals(List.of("行政许可|120|+15", "行政强制|--|3"), rows(new BoxDrawnTable().recognise(lines, 0).orElseThrow()));
    }

    @Test
    void leavesMarkdownPipeTablesToTheLineReader() {
        assertEquals(Optional.empty(), new BoxDrawnTable().recognise(List.of("| a | b |", "|---|---|", "| 1 | 2 |"), 0));
    }

    @Test
    void readsDebianHtml2textUnderscorePaddingAsPaddingAndKeepsSpilledDigits() {
        List<String> lines = List.of(
                " ______________",
                "|规章____|0______|733____|209____|",
                "|其他对�|53��理|12（�|0��____|",
                "|信息内�|本年�|对外�|�开总数量",
                "|行政�|1432___|7",
                "after");
        TextTable t = new UnderscorePaddedTable().recognise(lines, 0).orElseThrow();
        assertEquals(List.of("规章|0|733|209", "其他对�|53|12（�|0", "信息内�|本年�|对外�", "行政�|1432|7"), rows(t));
        assertEquals(5, t.end());
        assertTrue(parser.parse("12（�").value() instanceof org.nianbao.model.CellValue.Unreadable,
                "a value whose own text may go on (12（增）cut) is left unreadable, never trimmed to a number");
    }

    @Test
    void takesBytesPastTheLastSeparatorThatStartInsideACharacterForTheRestOfACutCellNotACellOfItsOwn() {
        // real output for generate --seed 2024, tool-html2text/0085-2019.txt, line 37: 总计 １２６ in a
        // column one character wide prints １, the separator cuts ２, and ６ stands past it
        List<String> lines = List.of(
                " ______________",
                "|一、本年新收政府信息公开申请  |２\uFFFD|９５ |０    |1       |1       |1  |１|\uFFFD\uFFFD６",
                "|行政\uFFFD|1432___|7");
        TextTable t = new UnderscorePaddedTable().recognise(lines, 0).orElseThrow();
        assertEquals(List.of("一、本年新收政府信息公开申请|２\uFFFD|９５|０|1|1|1|１", "行政\uFFFD|1432|7"), rows(t));
        GridCell cut = t.grid().rows().get(0).get(7);
        assertTrue(cut.notes().stream().anyMatch(n -> n.kind() == org.nianbao.reconstruct.CellNote.Kind.FILLED),
                "the cell the run-on bytes were cut from is flagged where it stands");
    }

    @Test
    void readsAFullWidthValueThatFillsItsColumnWholeOnlyWherePaddingRightOfItProvesNoRunOn() {
        // real output for generate --formats tool-html2text,tool-lynx,tool-pdftotext-raw --count 90
        // --seed 2024, tool-html2text/0004-2021.txt lines 30-31 (gold: 3 … 3, then 29 … 30) and
        // 0088-mixed.txt line 26 (gold: 92, 135, 1: research's 1 is followed by ５, the rest of １３５)
        List<String> lines = List.of(
                " ______________",
                "|1.属于国家秘密___|３|０_|０_|０___|______|__|３|",
                "|2.其他法律行政法规禁止公\uFFFD|２|\uFFFD\uFFFD__|____|０___|______|\uFFFD|３|\uFFFD\uFFFD",
                "|一、本年新收政府信息公开\uFFFD|９|１\uFFFD|1５|1_____|１___|\uFFFD|２|\uFFFD\uFFFD１",
                "|一、本年新收政府信息公开\uFFFD|５|1___|3",
                "after");
        List<List<GridCell>> rows = new UnderscorePaddedTable().recognise(lines, 0).orElseThrow().grid().rows();
        assertEquals(List.of(CellNote.Kind.FILLED), kinds(rows.get(0).get(1)),
                "０ written from the next column's first byte would hide a second character of ３");
        assertEquals(List.of(), kinds(rows.get(0).get(7)), "nothing stands past the last separator: ３ is whole");
        assertEquals(List.of(CellNote.Kind.FILLED), kinds(rows.get(1).get(1)), "２ of 29");
        assertEquals(List.of(CellNote.Kind.FILLED), kinds(rows.get(1).get(7)), "３ of 30: ０'s last bytes stand past it");
        assertEquals(List.of(CellNote.Kind.DOUBTFUL), kinds(rows.get(2).get(3)), "1 with ５ of １３５ after it");
        assertEquals(List.of(), kinds(rows.get(3).get(1)), "padding right after the separator: ５ is whole");
    }

    @Test
    void readsAFullWidthNumberFollowedByAByteInTheMiddleOfACharacterWhenTheFilesBytesAreKnown() {
        // real bytes for generate --formats tool-html2text,tool-lynx,tool-pdftotext-raw --count 90
        // --seed 2024, tool-html2text/0004-2021.txt line 29 (gold: 0, 88, 0, blank, blank, 0, 88):
        // research's ０ is followed by 0xBD, the last byte of the label's 处 (the decoded text shows ０�)
        String line = "|         |（二）部分公开（区分处理的，只|０|88\uFFFD\uFFFD|０\uFFFD|，不|\uFFFD\uFFFD其\uFFFD|\uFFFD|８|\uFFFD\uFFFD\uFFFD";
        byte[] bytes = java.util.HexFormat.of().parseHex("7c2020202020202020207cefbc88e4ba8cefbc89e983a8e58886e585ace5bc80"
                + "efbc88e58cbae58886e5a484e79086e79a84efbc8ce58faa7cefbc907c3838b8807cefbc90bd7cefbc8ce4b88d7caea1e585b6e4"
                + "7cefbc7cefbc987cbc9889");
        List<String> lines = List.of(" ______________", line, "after");
        List<byte[]> lineBytes = List.of(new byte[0], bytes, new byte[0]);
        List<GridCell> withBytes = new UnderscorePaddedTable(lineBytes).recognise(lines, 0).orElseThrow().grid().rows().get(0);
        assertEquals("０", withBytes.get(4).text());
        assertEquals(List.of(CellNote.Kind.SPILLED), kinds(withBytes.get(4)));
        assertEquals("88", withBytes.get(3).text());
        List<GridCell> textOnly = new UnderscorePaddedTable().recognise(lines, 0).orElseThrow().grid().rows().get(0);
        assertEquals("０\uFFFD", textOnly.get(4).text(), "from the text alone the byte may start a character: left as printed");
    }

    private static List<CellNote.Kind> kinds(GridCell cell) {
        return cell.notes().stream().map(CellNote::kind).toList();
    }

    @Test
    void readsPythonHtml2textRowsBrokenByCellParagraphsAndALabelsBrButNeverJoinsHeaderRows() {
        List<String> lines = """
                第二十条第（一）项 \s
                ---  \s
                信息内容| 本年新制 \s
                作数量| 本年新公开数量 \s
                规章| 0|

                733

                |

                209 \s
                一、本年新收政府信息公开申请 \s
                数量

                | 110| | 1 \s
                  \s
                **四、政府信息公开行政复议**
                """.lines().map(l -> l.replace("\\s", " ")).toList();
        TextTable t = new WrappedPipeRows(parser::isValue).recognise(lines, 0).orElseThrow();
        assertEquals(List.of("第二十条第（一）项", "信息内容|本年新制", "作数量|本年新公开数量", "规章|0|733|209",
                "一、本年新收政府信息公开申请\n数量|110||1"), rows(t));
        assertEquals(15, t.end(), "the table ends before the paragraph after it");
    }

    @Test
    void splitsSingleSpacedRowsAtTheirValuesKeepingUnitsAndNumberedLabels() {
        SingleSpacedRow s = new SingleSpacedRow(parser::isValue);
        Location at = new Location.Line(1);
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "262", "4", "1", "1", "0", "0", "268"),
                texts(s.cells("一、本年新收政府信息公开申请数量 262 4 1 1 0 0 268", at)));
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "0", "4"), texts(s.cells("三、本年度办理结果 （一）予以公开 0 4", at)));
        assertEquals(List.of("政府集中采购", "3", "4555.771 万元"), texts(s.cells("政府集中采购 3 4555.771 万元", at)));
        assertEquals(List.of("行政规范性文件", "13", "10", "0"), texts(s.cells("行政规范性文件13 10 0", at)));
        assertEquals(List.of("信息内容", "本年新制作数量", "本年新公开数量"), texts(s.cells("信息内容 本年新制作数量 本年新公开数量", at)));
        assertEquals(Optional.empty(), s.cells("结 果 维 持", at), "a spaced label stays whole");
        assertEquals(Optional.empty(), s.cells("共收到申请 2 件", at), "prose ending in a word is not a row");
        assertEquals(Optional.empty(), s.cells("— 2 —", at), "a page number is not a row");
    }

    @Test
    void splitsTheValuesARefilledLineJoinedAheadOfTheNextRowsLabel() {
        // par 72 of pdftotext -layout (red team pdftotext-layout-z80-par72-row-read-blank-2021): the row
        // 1、本机关不掌握相关政府信息's figures begin the next line, before the group label after them
        SingleSpacedRow s = new SingleSpacedRow(parser::isValue);
        Location at = new Location.Line(1);
        assertEquals(List.of("2", "0", "0", "4", "0", "0", "6", "三、本年度办理结果"),
                texts(s.cells("2 0 0 4 0 0 6 三、本年度办理结果", at)));
        assertEquals(List.of("0", "0", "1", "2、重复申请", "3", "6", "0", "0", "0", "0", "9"),
                texts(s.cells("0 0 1 2、重复申请 3 6 0 0 0 0 9", at)));
        assertEquals(List.of("29", "（四）无法提供"), texts(s.cells("29 （四）无法提供", at)), "one value before a numbered label");
        assertEquals(Optional.empty(), s.cells("2 件", at), "one value before a word is prose wrapped before a count");
        assertEquals(Optional.empty(), s.cells("2021 年度报告", at), "a year starting a title stays in it");
    }

    private static List<String> texts(Optional<List<GridCell>> cells) {
        return cells.orElseThrow().stream().map(GridCell::text).toList();
    }
}
