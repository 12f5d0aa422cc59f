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

    @Test
    void rowLabelsEachFollowedByTheirFiguresStandAsPrinted() {
        assertEquals(List.of("13", "0", "0", "2", "0", "12"), values(List.of("信息内容", "本年新制作数量", "本年新公开数量",
                "对外公开总数量", "规章", "13", "0", "0", "规范性文件", "2", "0", "12")));
    }
}
