package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ExtractedValues.requestsRow;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Table 三's header as Debian {@code html2text -utf8} prints it, cut by bytes: {@code 自} for 自然人,
 * {@code 商�} for 商业企业, {@code �} for 其他 (real output of the tool for the ratchet corpus's
 * {@code tool-html2text/0010-2021.txt}, lines 21–27 and 49–51; values checked against its gold).
 */
class Html2textCutHeaderTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

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

    /**
     * Two columns cut past reading (real output of the tool for the ratchet corpus's
     * {@code tool-html2text/0024-2021.txt}, lines 25–40 and 60–62; values checked against its gold):
     * {@code �} for 其他 and {@code 他} in 总计's place, after 法律� in the header row that names the
     * five columns before them.
     */
    private static final String TWO_CUT = "****** 2024年某县交通运输局政府信息公开工作年度报告 ******\n"
            + "三、收到和处理政府信息公开申请情况\n"
            + " ______________________________________________________________________________________________________\n"
            + "|                                                               |申请人情况_______________________|\n"
            + "|（本列数据的勾稽关系为：                           |   |法人或其他组织_________|   |\n"
            + "|第一项加第二项之和，等于第三项加第四项之和|自|商\uFFFD|科\uFFFD|社会\uFFFD|法律\uFFFD|\uFFFD|他|\uFFFD\uFFFD\n"
            + "|_______________________________________________________________|___|____|____|组织__|机构__|__|___|\n"
            + "|一、本年新收政府信息公开申请                     |226|139 |31  |2       |        |37|435|\n"
            + "|数量_________________________________________________________|___|____|____|________|________|__|___|\n"
            + "|二、上年结转政府信息公开申请                     |   |    |    |        |        |3 |3  |\n"
            + "|数量_________________________________________________________|___|____|____|________|________|__|___|\n"
            + "|         |(一)予以公开____________________________________|3__|____|____|________|________|__|3__|\n"
            + "|         |(二)部分公开(区分处理的,                   |5  |0   |0   |        |        |  |5  |\n"
            + "|         |只计这一情形,不计其他情形)_______________|___|____|____|________|________|__|___|\n"
            + "|         |       |1.属于国家秘密_________________________|0__|2___|0___|0_______|0_______|2_|4__|\n"
            + "|         |       |2.其他法律行政法规禁止公开_______|96_|1___|0___|________|________|6_|103|\n"
            + "|         |       |3.危及“三安全一稳定”_____________|___|0___|0___|0_______|________|__|___|\n"
            + "|_________|(七)总计__________________________________________|226|139_|31__|2_______|0_______|40|438|\n"
            + "|四、结转下年度继续办理______________________________|0__|____|0___|0_______|0_______|0_|___|\n"
            + "四、政府信息公开行政复议、行政诉讼情况\n";

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> rules(DocumentResult r) {
        return r.findings().stream().filter(f -> f.scope().table().filter(TableId.REQUESTS::equals).isPresent())
                .map(Finding::rule).distinct().toList();
    }

    @Test
    void readsColumnsWhoseHeaderCellsWereCutShortAndTheOneCutPastReadingByItsPlace() {
        DocumentResult r = extract(TABLE);
        assertEquals(List.of("107", "330", "", "153", "143", "64", "797"), requestsRow(r, "new"));
        assertEquals(List.of("103", "330", "0", "154", "138", "66", "791"), requestsRow(r, "total"));
        assertTrue(!rules(r).contains("placement-assumed"), rules(r).toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("label-approximate")
                && f.scope().column().equals("other_org") && f.message().contains("cut past reading")), r.findings().toString());
    }

    @Test
    void flagsAFullWidthValueThatFillsItsColumnAndStillReadsTheHeader() {
        // html2text cuts １０７ to １ in a column three bytes wide, with no mark: that cell is flagged
        // where it stands, and a full-width value with padding after it was printed whole
        String fullWidth = TABLE.replace("|107|", "|１|").replace("|103|", "|１０ |");
        DocumentResult r = extract(fullWidth);
        assertEquals("1", requestsRow(r, "new").get(0));
        CanonicalKey cut = CanonicalKey.of(TableId.REQUESTS, "new", "natural_person");
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING && f.rule().equals("cells-ambiguous")
                && f.scope().equals(org.nianbao.model.Scope.cell(cut))), r.findings().toString());
        assertEquals("10", requestsRow(r, "total").get(0));
        CanonicalKey whole = CanonicalKey.of(TableId.REQUESTS, "total", "natural_person");
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.WARNING && f.scope().table().isPresent()
                && f.scope().covers(whole) && !f.rule().startsWith("requests-")), r.findings().toString());
        assertTrue(!rules(r).contains("placement-assumed"), rules(r).toString());
    }

    @Test
    void readsTwoColumnsCutPastReadingWhereTheRowIdentityProvesTotalLast() {
        DocumentResult r = extract(TWO_CUT);
        assertEquals(List.of("226", "139", "31", "2", "", "37", "435"), requestsRow(r, "new"));
        assertEquals(List.of("96", "1", "0", "", "", "6", "103"), requestsRow(r, "denied_law_prohibited"));
        assertEquals(List.of("226", "139", "31", "2", "0", "40", "438"), requestsRow(r, "total"));
        assertTrue(!rules(r).contains("placement-assumed"), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("label-approximate")
                && f.scope().column().equals("other_org") && f.message().contains("cut past reading")), r.findings().toString());
    }

    @Test
    void leavesTwoColumnsCutPastReadingAssumedWhenTheRowsPutTheTotalBeforeTheLast() {
        // the same header over rows whose sixth value is their total: 总计 printed before 其他, which
        // the cut header cannot tell, so every row keeps the form's order and its flag
        String totalSixth = TWO_CUT
                .replace("|226|139 |31  |2       |        |37|435|", "|1  |2   |0   |0       |0       |6 |3  |")
                .replace("|3__|____|____|________|________|__|3__|", "|2__|1___|0___|________|________|4_|1__|")
                .replace("|0__|2___|0___|0_______|0_______|2_|4__|", "|0__|2___|0___|0_______|0_______|5_|3__|")
                .replace("|96_|1___|0___|________|________|6_|103|", "|9__|1___|0___|________|________|11|1__|");
        DocumentResult r = extract(totalSixth);
        assertEquals("6", requestsRow(r, "new").get(5), "read in the form's order");
        for (String row : List.of("new", "granted", "denied_state_secret", "denied_law_prohibited")) {
            for (String column : List.of("other_org", "total")) {
                CanonicalKey key = CanonicalKey.of(TableId.REQUESTS, row, column);
                assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING && f.scope().covers(key)),
                        key + " is wrong and must be flagged: " + r.findings());
            }
        }
        // the header's cells stand over the values' columns, so the assumption places each unnamed cell
        // alone, and it is said at the cell unless a warning there already does: here the row identity's
        assertTrue(rules(r).contains("requests-applicants"), rules(r).toString());
    }

    /**
     * A permuted table 三 whose labels break every two characters (red-team case
     * {@code html2text-rtz-permuted-split-header-research-2019.txt}, Debian html2text 2.2.3's bytes as printed): the
     * cut header leaves {@code 科} over the fifth column, where the page prints 科研机构 after 其他, 法律服务机构 and
     * 社会公益组织. Research's values there, read on the reordered page: 新收 166, 部分公开 69, 总计 166.
     */
    @Test
    void aCutLabelsStartOverAnotherColumnThanTheFormsNamesNothingAndResearchIsFlaggedWhereItIsNotRead()
            throws java.io.IOException {
        byte[] text = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/text/html2text/"
                + "permuted-split-header-2019.txt"));
        DocumentResult r = EXTRACTOR.extract("t.txt", text);
        java.util.Map<String, String> onPage = java.util.Map.of("new", "166", "partially_granted", "69", "total", "166");
        onPage.forEach((row, value) -> {
            CanonicalKey key = CanonicalKey.of(TableId.REQUESTS, row, "research");
            String read = ExtractedValues.value(r, TableId.REQUESTS, row, "research");
            assertTrue(read.equals(value) || r.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
                    && f.scope().covers(key)), key + " read " + read + " for " + value + " with no warning: " + r.findings());
        });
    }
}
