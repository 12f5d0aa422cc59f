package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Catalog;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.FlattenedTextReconstructor;
import org.nianbao.reconstruct.GridCell;

class MarksAmongFiguresTest {

    private static final FlattenedTextReconstructor READER = new FlattenedTextReconstructor(new ValueParser()::isValue,
            new FormRowBook(Catalog.standard()), true);

    /** Table 三's header as a page's words one a line print it: its labels' pieces among each other's. */
    private static final List<String> PAGE_HEADER = List.of("三、收到和处理政府信息公开申请情况", "自然", "总", "商业", "科研",
            "社会公", "法律服", "其", "人", "计", "企业", "机构", "益组织", "务机构", "他");

    /** Each value cell of the text's rows, "text" or "text?" when it is noted as unplaced. */
    private static List<String> values(List<String> lines) {
        List<String> out = new ArrayList<>();
        READER.reconstruct(lines).forEach(g -> g.rows().forEach(r -> r.stream()
                .filter(c -> new ValueParser().isValue(c.text()) && !c.text().isBlank())
                .forEach(c -> out.add(c.text().strip() + (unplaced(c) ? "?" : "")))));
        return out;
    }

    private static boolean unplaced(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED);
    }

    private static List<String> with(List<String> table, List<String> after) {
        List<String> lines = new ArrayList<>(table);
        lines.addAll(after);
        return lines;
    }

    @Test
    void aPagesRowWhoseMarksAndFiguresStandOnDifferentLinesIsFlaggedWhole() {
        // red team 18b: 规章 48078 | － | － printed － / － / 48078 (a word a line of a 100 % Chromium print); the
        // 行政规范性文件 row printed in its order is in no better proven order
        List<String> lines = with(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "－", "－", "48078",
                "行政规范性文件", "11", "5", "－"), PAGE_HEADER);
        assertEquals(List.of("－?", "－?", "48078?", "11?", "5?", "－?"), values(lines));
    }

    @Test
    void aPagesRowOfFiguresOnlyOrWithItsMarksOnItsFiguresLineStandsAsPrinted() {
        // figures keep their order among themselves, and a line's words are in the page's order
        List<String> lines = with(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "432", "726", "318",
                "行政规范性文件 11 － 5"), PAGE_HEADER);
        assertEquals(List.of("432", "726", "318", "11", "－", "5"), values(lines));
    }

    /** Table 四's title and header words one a line, as a generator PDF's page prints them (fix18d). */
    private static final List<String> APPEALS_HEADER = List.of("四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
            "结果", "维", "持", "结果", "纠", "正", "其他", "结", "果", "尚未", "审", "结", "总计", "未经复议直接起诉",
            "复议后起诉", "结果", "维", "持", "结果", "纠", "正", "其他", "结", "果", "尚未", "审", "结", "总计");

    @Test
    void tableFoursFiguresWithAMarkOnAnotherLineAreFlaggedForTheyHaveNoLabelToPlaceThem() {
        // fix18d's case: 复议后起诉's － printed after the row's last figure; 未经复议直接起诉 总计 was read 4 for 1
        List<String> lines = with(PAGE_HEADER, with(APPEALS_HEADER, List.of("1", "0", "０", "－", "１", "０", "4", "０",
                "４", "－", "五、存在的主要问题及改进情况")));
        assertEquals(List.of("1?", "0?", "０?", "－?", "１?", "０?", "4?", "０?", "４?", "－?"),
                values(lines).subList(values(lines).size() - 10, values(lines).size()));
    }

    @Test
    void tableFoursFiguresWithoutMarksStandAsPrinted() {
        List<String> lines = with(PAGE_HEADER, with(APPEALS_HEADER, List.of("1", "0", "0", "0", "1", "0", "0", "4", "0",
                "4", "五、存在的主要问题及改进情况")));
        assertEquals(List.of("1", "0", "0", "0", "1", "0", "0", "4", "0", "4"),
                values(lines).subList(values(lines).size() - 10, values(lines).size()));
    }

    @Test
    void textPastedFromMarkupKeepsItsMarksInTheirCells() {
        // a cell a paragraph in the markup's order (康乐县): no page's lines, so the order printed is the cells'
        List<String> lines = List.of("信息内容", "", "本年制发件数", "", "本年废止件数", "", "现行有效件数", "", "规章", "", "－", "",
                "－", "", "48078", "", "自然人", "", "商业企业", "", "科研机构");
        assertEquals(List.of("－", "－", "48078"), values(lines));
    }
}
