package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Table 二's header cells belong to the block whose title (第二十条第（六）项) they follow. pdftotext's
 * default mode prints a narrow third header cell (处理决定数量) after its block's values, just before
 * the next block's title; read as the next block's first column it rotated that block's rows with no
 * finding (red-team case pdftotext-default-narrow-rotated-2019.txt). A header naming only some of a
 * row's columns reads a row that fills the form's columns in the form's order, with a warning.
 */
class ActiveBlockHeaderTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    /**
     * Blocks as pdftotext's default mode prints them (a blank line between blocks, a form feed ending
     * the page), table 二 of the 2019 form with the given text for blocks (五) and (六).
     */
    private static DocumentResult extract(String blocks56) {
        return extract(blocks56, String.join("\n\n", "第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额"));
    }

    private static DocumentResult extract(String blocks56, String header9) {
        String text = String.join("\n\n", "测试县2020年政府信息公开工作年度报告", "二、主动公开政府信息情况",
                "第二十条第（一）项", "信息内容", "本年新制作数量 本年新公开数量", "对外公开总数量",
                "规章", "1", "2", "3", "规范性文件", "4", "5", "6", blocks56,
                "第二十条第（八）项", "信息内容", "上一年项目数量 本年增/减", "行政事业性收费", "7", "8",
                header9, "政府集中采购", "9", "10.5",
                "三、收到和处理政府信息公开申请情况") + "\n\f";
        return EXTRACTOR.extract("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(DocumentResult r, String row, String column) {
        return ExtractedValues.value(r, TableId.ACTIVE, row, column);
    }

    private static boolean warned(DocumentResult r, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.ACTIVE, row, column);
        return r.findings().stream().anyMatch(f -> f.severity() != Severity.INFO && f.scope().covers(key));
    }

    @Test
    void aHeaderCellBeforeABlocksTitleIsThePreviousBlocksAndTheRowIsReadInTheFormsOrderWithAWarning() {
        DocumentResult r = extract(String.join("\n\n", "第二十条第（五）项", "信息内容", "上一年项目数量 本年增/减",
                "行政许可", "11", "12", "13", "其他对外管理服务事项", "14", "15", "16", "处理决定数量",
                "第二十条第（六）项", "信息内容", "上一年项目数量 本年增/减",
                "行政处罚", "10", "1219(减)", "620", "行政强制", "0", "1509(增）", "4"));
        assertEquals("0", value(r, "coercion", "previous_count"), r.findings().toString());
        assertEquals("1509", value(r, "coercion", "change"));
        assertEquals("4", value(r, "coercion", "decisions"));
        assertTrue(warned(r, "coercion", "previous_count"), "the third column's place is the form's, not the header's");
        assertEquals("-1219", value(r, "penalty", "change"));
    }

    @Test
    void headerCellsBeforeABlocksTitleWithNoHeaderAfterItAreThatBlocks() {
        // poppler may print a block's header cells before its title (采购项目数量 / 采购总金额 /
        // 第二十条第（九）项 / 信息内容): they are that block's own
        DocumentResult r = extract(String.join("\n\n", "第二十条第（五）项", "信息内容", "上一年项目数量 本年增/减",
                "处理决定数量", "行政许可", "11", "12", "13", "其他对外管理服务事项", "14", "15", "16"),
                String.join("\n\n", "采购项目数量", "采购总金额", "第二十条第（九）项", "信息内容"));
        assertEquals("9", value(r, "procurement", "items"));
        assertEquals("10.5", value(r, "procurement", "amount"));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("header-missing")), r.findings().toString());
    }

    @Test
    void aRowTheHeaderNamesInFullIsReadWithoutDoubt() {
        DocumentResult r = extract(String.join("\n\n", "第二十条第（五）项", "信息内容", "上一年项目数量 本年增/减",
                "处理决定数量", "行政许可", "11", "12", "13", "其他对外管理服务事项", "14", "15", "16",
                "第二十条第（六）项", "信息内容", "上一年项目数量 本年增/减", "处理决定数量",
                "行政处罚", "10", "1219(减)", "620", "行政强制", "0", "1509(增）", "4"));
        assertEquals("4", value(r, "coercion", "decisions"));
        assertTrue(!warned(r, "coercion", "decisions"), r.findings().toString());
    }
}
