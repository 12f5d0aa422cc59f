package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.TableId;

/**
 * Table 三's header as Debian {@code html2text -utf8} prints it, cut by bytes: {@code 自} for 自然人,
 * {@code 商�} for 商业企业, {@code �} for 其他 (real output of the tool for the ratchet corpus's
 * {@code tool-html2text/0010-2021.txt}, lines 21–27 and 49–51; values checked against its gold).
 */
class Html2textCutHeaderTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");

    private static final String TABLE = "****** 2024年康邑乐县交通运输局政府信息公开工作年度报告 ******\n"
            + "三、收到和处理政府信息公开申请情况\n"
            + " __________________________________________________________________________________________\n"
            + "|                                                       |申请人情况___________________|\n"
            + "|（本列数据的勾稽关系为：第一项加第二\uFFFD|自|法人或其他组织加\uFFFD|总|\uFFFD\uFFFD之和）\n"
            + "|_______________________________________________________|___|商\uFFFD|科\uFFFD|社会|法律|\uFFFD|他\uFFFD\uFFFD构\n"
            + "|一、本年新收政府信息公开申请数量_______|107|330_|____|153___|143___|64|797|\n"
            + "|二、上年结转政府信息公开申请数量_______|0__|____|0___|1_____|______|2_|3__|\n"
            + "|_________|(七)总计__________________________________|103|330_|0___|154___|138___|66|791|\n"
            + "|四、结转下年度继续办理______________________|4__|0___|____|0_____|5_____|0_|9__|\n"
            + "四、政府信息公开行政复议、行政诉讼情况\n";

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> values(DocumentResult r, String row) {
        return COLUMNS.stream().map(c -> r.report().cell(CanonicalKey.of(TableId.REQUESTS, row, c))
                .map(x -> x.value().render()).orElse("(missing)")).toList();
    }

    private static List<String> rules(DocumentResult r) {
        return r.findings().stream().filter(f -> f.scope().table().filter(TableId.REQUESTS::equals).isPresent())
                .map(Finding::rule).distinct().toList();
    }

    @Test
    void readsColumnsWhoseHeaderCellsWereCutShortAndTheOneCutPastReadingByItsPlace() {
        DocumentResult r = extract(TABLE);
        assertEquals(List.of("107", "330", "", "153", "143", "64", "797"), values(r, "new"));
        assertEquals(List.of("103", "330", "0", "154", "138", "66", "791"), values(r, "total"));
        assertTrue(!rules(r).contains("placement-assumed"), rules(r).toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("label-approximate")
                && f.scope().column().equals("other_org") && f.message().contains("cut past reading")), r.findings().toString());
    }

    @Test
    void leavesTheColumnsAssumedWhereTheTableHasFullWidthDigitsWhichTheToolCutsUnmarked() {
        // html2text cuts １９ to １ with no mark: the form's order and its flag stay on every row
        String fullWidth = TABLE.replace("|107|", "|１０７|");
        DocumentResult r = extract(fullWidth);
        assertTrue(rules(r).contains("placement-assumed"), rules(r).toString());
    }
}
