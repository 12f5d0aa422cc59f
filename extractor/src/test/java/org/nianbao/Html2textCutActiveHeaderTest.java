package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.TableId;

/**
 * Table 二's block headers as Debian {@code html2text -utf8} prints them, cut by bytes: {@code 上一�},
 * {@code 本年} (which begins 本年新制作数量, 本年增/减 and more), {@code 处理决} (real output of the tool
 * for {@code generate --formats tool-html2text,tool-lynx,tool-pdftotext-raw --count 90 --seed 2024},
 * document {@code tool-html2text/0016-2019.txt}, lines 2 and 5–23; values checked against the page:
 * 行政许可 49585 / 0 / 0, 其他对外管理服务事项 10 / 0 / 91, 行政处罚 61711 / 0 / 278, 行政强制 91 / -620 / 745).
 */
class Html2textCutActiveHeaderTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final List<String> COLUMNS = List.of("previous_count", "change", "decisions");

    private static final String TABLE = ""
            + "****** 临盐平区卫生健康委员会2020年政府信息公开工作年度报告 ******\n"
            + "二、主动公开政府信息情况\n"
            + " ____________________________________\n"
            + "|第二十条第（一）项_________|\n"
            + "|信息内\uFFFD|本年\uFFFD|本年|对外公|\uFFFD\uFFFD\n"
            + "|__________|作数\uFFFD|开数|总数量|\n"
            + "|规章____|353_____|0_____|0________|\n"
            + "|规范性\uFFFD|152\uFFFD____|1_____|0________|\n"
            + "|第二十条第（五）项_________|\n"
            + "|信息内\uFFFD|上一\uFFFD|本年|处理决|\uFFFD\uFFFD\n"
            + "|__________|目数\uFFFD|______|数量___|\n"
            + "|行政许\uFFFD|49585___|0_____|0________|\n"
            + "|其他对\uFFFD|10\uFFFD\uFFFD理 |0     |91       |\n"
            + "|服务事\uFFFD|\uFFFD_______|______|_________|\n"
            + "|第二十条第（六）项_________|\n"
            + "|信息内\uFFFD|上一\uFFFD|本年|处理决|\uFFFD\uFFFD\n"
            + "|__________|目数\uFFFD|______|数量___|\n"
            + "|行政处\uFFFD|61711___|0_____|278______|\n"
            + "|行政强\uFFFD|91______|-620__|745______|\n"
            + "|第二十条第（八）项_________|\n"
            + "三、收到和处理政府信息公开申请情况\n";

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> values(DocumentResult r, String row) {
        return COLUMNS.stream().map(c -> r.report().cell(CanonicalKey.of(TableId.ACTIVE, row, c))
                .map(x -> x.value().render()).orElse("(missing)")).toList();
    }

    @Test
    void readsACutBlockHeaderAsTheOnlyColumnsTheFormGivesTheBlockThatItsCellsBegin() {
        DocumentResult r = extract(TABLE);
        assertEquals(List.of("49585", "0", "0"), values(r, "licensing"));
        assertEquals(List.of("10", "0", "91"), values(r, "other_services"));
        assertEquals(List.of("61711", "0", "278"), values(r, "penalty"));
        assertEquals(List.of("91", "-620", "745"), values(r, "coercion"));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("placement-assumed")
                && f.scope().table().filter(TableId.ACTIVE::equals).isPresent()
                && List.of("licensing", "penalty", "coercion").contains(f.scope().row())), r.findings().toString());
    }

    @Test
    void leavesAHeaderCellThatBeginsNoColumnTheBlockHasThereToTheCellByCellReading() {
        // 现行 begins 现行有效件数 only, which no block of table 二 puts second under （五）
        DocumentResult r = extract(TABLE.replace("|\u4FE1\u606F\u5185\uFFFD|\u4E0A\u4E00\uFFFD|\u672C\u5E74|",
                "|\u4FE1\u606F\u5185\uFFFD|\u4E0A\u4E00\uFFFD|\u73B0\u884C|"));
        assertTrue(r.findings().stream().anyMatch(f -> f.scope().table().filter(TableId.ACTIVE::equals).isPresent()
                && f.scope().row().equals("licensing") && f.severity() != org.nianbao.model.Severity.INFO),
                r.findings().toString());
    }
}
