package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Catalog;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.FlattenedTextReconstructor;

class LabelsBeforeFiguresTest {

    private static final FlattenedTextReconstructor READER = new FlattenedTextReconstructor(new ValueParser()::isValue,
            new FormRowBook(Catalog.standard()), true);

    /** Table 三's header as a page's words one a line print it (what tells the text a page's lines). */
    private static final List<String> PAGE_HEADER = List.of("三、收到和处理政府信息公开申请情况", "自然", "总", "商业", "科研",
            "社会公", "法律服", "其", "人", "计", "企业", "机构", "益组织", "务机构", "他");

    /** Each value cell of the text's rows, "text" or "text?" when it is noted as unplaced. */
    private static List<String> values(List<String> table) {
        List<String> lines = new ArrayList<>(table);
        lines.addAll(PAGE_HEADER);
        List<String> out = new ArrayList<>();
        READER.reconstruct(lines).forEach(g -> g.rows().forEach(r -> r.stream()
                .filter(c -> new ValueParser().isValue(c.text()) && !c.text().isBlank())
                .forEach(c -> out.add(c.text().strip() + (c.notes().stream()
                        .anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED) ? "?" : "")))));
        return out;
    }

    @Test
    void figuresAfterTwoRowLabelsPrintedTogetherAreFlaggedUpToTheNextRowLabel() {
        // fix18d's 67 % print: 规章 / 规范性文件 / the next block's title / 13 / 2 (规章 13 0 0, 规范性文件 2 0 12)
        assertEquals(List.of("13?", "2?", "5", "0", "107814"), values(List.of("信息内容", "本年新制作数量", "本年新公开数量",
                "对外公开总数量", "规章", "规范性文件", "第二十条第（五）项", "13", "2", "信息内容", "上一年项目数量", "本年增/减",
                "处理决定数量", "行政许可", "5", "0", "107814")));
    }

    /** Table 三 one word a line (its header's pieces as a page's words print them), {@code rows} after the header. */
    private static List<String> requests(List<String> rows) {
        List<String> lines = new ArrayList<>(List.of("三、收到和处理政府信息公开申请情况", "申请人情况", "法人或其他组织"));
        lines.addAll(PAGE_HEADER.subList(1, PAGE_HEADER.size()));
        lines.addAll(rows);
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        List<String> out = new ArrayList<>();
        READER.reconstruct(lines).forEach(g -> g.rows().forEach(r -> r.stream()
                .filter(c -> new ValueParser().isValue(c.text()) && !c.text().isBlank())
                .forEach(c -> out.add(c.text().strip() + (c.notes().stream()
                        .anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED) ? "?" : "")))));
        return out;
    }

    @Test
    void aRunOfZerosAfterTwoTableThreeRowLabelsIsFlaggedWhereTheTableLeavesBlankCellsEmpty() {
        // red team 20b's A5 print: 7.属于行政执法案卷 / 8.属于行政查询事项 / seven 0s, of three rows that printed nothing
        // for their blank cells (row 8 is blank blank 0 0 blank 0 0); read as row 8's seven cells, three blanks became 0
        assertEquals(List.of("5", "5", "0?", "0?", "0?", "0?", "0?", "0?", "0?"), requests(List.of(
                "一、本年新收政府信息公开申请数量", "5", "5", "7.属于行政执法案卷", "8.属于行政查询事项",
                "0", "0", "0", "0", "0", "0", "0")));
    }

    @Test
    void figuresAfterTwoTableThreeRowLabelsStandWhereTheyAreNotAllZeroOrTheTablePrintsEveryCell() {
        // other figures keep the rows' sums; a table printing every cell has no blank to trade with a 0
        assertEquals(List.of("5", "5", "3", "0", "3"), requests(List.of("一、本年新收政府信息公开申请数量", "5", "5",
                "7.属于行政执法案卷", "8.属于行政查询事项", "3", "0", "3")));
        List<String> everyCell = new ArrayList<>(List.of("一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5",
                "7.属于行政执法案卷", "8.属于行政查询事项"));
        everyCell.addAll(Collections.nCopies(14, "0"));
        assertEquals(List.of("5", "0", "0", "0", "0", "0", "5"), requests(everyCell).subList(0, 7));
        assertEquals(Collections.nCopies(14, "0"), requests(everyCell).subList(7, 21));
    }

    @Test
    void aRunOfZerosAfterTwoTableThreeRowLabelsIsFlaggedWhereARowsFiguresStandAfterAHeaderPrintedACharacterALine() {
        // a generator PDF printing every cell, one word a line: row 3's seven 0s after the labels of rows 3 and 4, and
        // row 4's 75 0 0 0 0 0 75 only after 总 / 计; read as row 4's, the 0s gave 自然人 and 总计 0 for 75
        List<String> zerosThenLater = new ArrayList<>(List.of("一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0",
                "5", "3.要求提供公开出版物", "理", "4.无正当理由大量反复申请"));
        zerosThenLater.addAll(Collections.nCopies(7, "0"));
        List<String> printedEveryCell = new ArrayList<>(zerosThenLater);
        zerosThenLater.addAll(List.of("果", "总", "计", "75", "0", "0", "0", "0", "0", "75"));
        assertEquals(Collections.nCopies(7, "0?"), requests(zerosThenLater).subList(7, 14));
        // the same run after text of more than one character: no header printed a character a line, the 0s stand
        printedEveryCell.addAll(List.of("本年度办理结果", "75", "0", "0", "0", "0", "0", "75"));
        assertEquals(Collections.nCopies(7, "0"), requests(printedEveryCell).subList(7, 14));
    }

    @Test
    void rowLabelsEachFollowedByTheirFiguresStandAsPrinted() {
        assertEquals(List.of("13", "0", "0", "2", "0", "12"), values(List.of("信息内容", "本年新制作数量", "本年新公开数量",
                "对外公开总数量", "规章", "13", "0", "0", "规范性文件", "2", "0", "12")));
    }
}
