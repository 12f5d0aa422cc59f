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

class AppealsFiguresPastTextTest {

    private static final FlattenedTextReconstructor READER = new FlattenedTextReconstructor(new ValueParser()::isValue,
            new FormRowBook(Catalog.standard()), true);

    /** Table 三's header as a page's words one a line print it (the text is told as a page's lines by it). */
    private static final List<String> PAGE_HEADER = List.of("三、收到和处理政府信息公开申请情况", "自然", "总", "商业", "科研",
            "社会公", "法律服", "其", "人", "计", "企业", "机构", "益组织", "务机构", "他");

    /** Table 四's title and header words one a line, as a Chromium print's page gives them. */
    private static final List<String> APPEALS_HEADER = List.of("四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
            "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正",
            "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private static final List<String> NEXT_PARTS = List.of("五、存在的主要问题及改进情况",
            "政务公开工作仍存在公开内容不够全面、解读形式较为单一等问题，下一步将进一步加强培训，提高公开质量。", "六、其他需要报告的事项",
            "无其他需要报告的事项。");

    /** Each value cell after table 四's title, "text" or "text?" when it is noted as unplaced. */
    private static List<String> appealsValues(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean after = false;
        for (var g : READER.reconstruct(lines)) {
            for (var r : g.rows()) {
                for (GridCell c : r) {
                    after |= c.text().startsWith("四、政府信息公开");
                    if (after && new ValueParser().isValue(c.text()) && !c.text().isBlank()) {
                        out.add(c.text().strip() + (c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED) ? "?" : ""));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> page(List<String> figures, List<String> after) {
        List<String> lines = new ArrayList<>(PAGE_HEADER);
        lines.addAll(APPEALS_HEADER);
        lines.addAll(figures);
        lines.addAll(NEXT_PARTS);
        lines.addAll(after);
        return lines;
    }

    @Test
    void aShortRowWithFiguresPrintedAfterTheNextPartIsFlaggedWhole() {
        // fix19t's word dump of a 80 % print (seed 1840, 0008-2021): the row's last two figures, in the other
        // digit font, printed after sections 五 and 六; the thirteen before kept the sums with 总计 1 for 3
        List<String> lines = page(List.of("4", "０", "２", "０", "６", "０", "０", "0", "０", "０", "0", "1", "１"),
                List.of("1", "3"));
        assertEquals(List.of("4?", "０?", "２?", "０?", "６?", "０?", "０?", "0?", "０?", "０?", "0?", "1?", "１?", "1?", "3?"),
                appealsValues(lines));
    }

    @Test
    void aRowPrintedWholeOrWithNothingAfterTheTextStandsAsPrinted() {
        List<String> whole = List.of("4", "0", "2", "0", "6", "0", "0", "0", "0", "0", "0", "1", "1", "1", "3");
        List<String> withPageNumber = new ArrayList<>(whole);
        withPageNumber.add("7");
        assertEquals(withPageNumber, appealsValues(page(whole, List.of("7"))), "a figure after a whole row is something else");
        List<String> shortRow = List.of("4", "2", "6", "1", "1", "1", "3");
        assertEquals(shortRow, appealsValues(page(shortRow, List.of())), "blank cells printing nothing: as before");
    }
}
