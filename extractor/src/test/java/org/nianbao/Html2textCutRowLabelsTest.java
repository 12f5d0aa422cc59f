package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.TableId;

/**
 * Table 二's row labels as Debian {@code html2text -utf8} prints them, cut by bytes: {@code 行政�} for
 * 行政规范性文件, 行政许可, 行政处罚, 行政强制 and 行政事业性收费 alike (real output of the tool for
 * {@code generate --formats tool-html2text,tool-lynx,tool-pdftotext-raw --count 90 --seed 2024},
 * document {@code tool-html2text/0001-2021.txt}, lines 5–20; values checked against the page:
 * 行政规范性文件 823 / 163,214 / 0, 行政许可 blank (－), 行政处罚 377, 行政强制 348).
 */
class Html2textCutRowLabelsTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static final String TABLE = "****** 2023年华城夏旗人民政府政府信息公开工作年度报告 ******\n"
            + "二、主动公开政府信息情况\n"
            + " _____________________________\n"
            + "|第二十条第（一）项__|\n"
            + "|信息\uFFFD|本年|本年\uFFFD|现行|\uFFFD\uFFFD效件数\n"
            + "|规章_|－___|276,905|－___|\n"
            + "|行政\uFFFD|823\uFFFD\uFFFD|163,214|0_____|\n"
            + "|第二十条第（五）项__|\n"
            + "|信息\uFFFD|本年处理决定数|\uFFFD\uFFFD\n"
            + "|行政\uFFFD|－\uFFFD_________________|\n"
            + "|第二十条第（六）项__|\n"
            + "|信息\uFFFD|本年处理决定数|\uFFFD\uFFFD\n"
            + "|行政\uFFFD|377\uFFFD_________________|\n"
            + "|行政\uFFFD|348\uFFFD_________________|\n"
            + "|第二十条第（八）项__|\n"
            + "|信息\uFFFD|本年收费金额（|\uFFFD\uFFFD位：万元）\n"
            + "|行政\uFFFD|0业性收费________|\n"
            + "三、收到和处理政府信息公开申请情况\n";

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(DocumentResult r, String row, String column) {
        return r.report().cell(CanonicalKey.of(TableId.ACTIVE, row, column)).map(x -> x.value().render())
                .orElse("(missing)");
    }

    @Test
    void readsLabelsCutToTheSameCharactersByTheRowsTheFormPutsInTheirBlockInOrder() {
        DocumentResult r = extract(TABLE);
        assertEquals("377", value(r, "penalty", "decisions"));
        assertEquals("348", value(r, "coercion", "decisions"));
        assertEquals("823", value(r, "normative_documents", "issued"));
        assertEquals("", value(r, "licensing", "decisions"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("label-approximate")
                && f.scope().row().equals("coercion") && f.message().contains("行政\uFFFD")), r.findings().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("row-unmatched")
                && f.scope().table().filter(TableId.ACTIVE::equals).isPresent()), r.findings().toString());
    }

    @Test
    void leavesACutLabelUnmatchedWhereTheBlockHasRoomForItInMoreThanOneRow() {
        // one 行政� under （六）: 行政处罚 or 行政强制, nothing tells
        DocumentResult r = extract(TABLE.replace("|行政\uFFFD|348\uFFFD_________________|\n", ""));
        assertEquals("(missing)", value(r, "penalty", "decisions"));
        assertEquals("(missing)", value(r, "coercion", "decisions"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("row-unmatched") && f.scope().row().equals("penalty")
                && f.message().contains("行政\uFFFD")), r.findings().toString());
        assertEquals("823", value(r, "normative_documents", "issued"), "（一） has one row its rest begins");
    }
}
