package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ExtractedValues.requestsRow;
import static org.nianbao.ExtractedValues.value;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Headers Debian {@code html2text -utf8} cuts by bytes, read where the layout proves them: table 四's
 * {@code 其�} and {@code 尚�} (or {@code 其 他}, {@code 尚 未} cut between characters), table 三's
 * organisations on the row below a cut one ({@code 社会}, {@code 法律}, {@code 其}). Real output of the
 * tool for {@code generate --formats tool-html2text,tool-lynx,tool-pdftotext-raw --count 90 --seed 2024}
 * ({@code tool-html2text/0016-2019.txt} lines 64–69, {@code 0001-2021.txt} lines 21–27 and 52–56);
 * the values were checked against each document's gold.
 */
class Html2textCutAppealsHeaderTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final List<String> APPEALS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final String TITLE = "****** 2024年某县生态环境局政府信息公开工作年度报告 ******\n";

    /** 0016-2019: every cell of 结果维持, 结果纠正 and 总计 cut past naming; 4 can only be 复议's 总计. */
    private static final String CUT = TITLE
            + "四、政府信息公开行政复议、行政诉讼情况\n"
            + " ____________________________________________________________________\n"
            + "|行政复议__________|行政诉讼_________________________________|\n"
            + "|结\uFFFD|结\uFFFD|其\uFFFD|尚\uFFFD|\uFFFD|未经复议直接起\uFFFD|复议后起诉_______|\n"
            + "|____|____|____|____|__|结\uFFFD|结\uFFFD|其\uFFFD|尚\uFFFD|\uFFFD|结\uFFFD|结\uFFFD|其\uFFFD|尚\uFFFD|\uFFFD|计\uFFFD\n"
            + "|0___|0___|0___|4___|4_|0___|0___|0___|0___|0_|0___|0___|0___|0___|0_|\n"
            + "五、存在的主要问题及改进情况\n";

    /** 0001-2021: the labels cut between characters, no mark; 复议后起诉's 1 and blank may trade places. */
    private static final String SPACED = TITLE
            + "四、政府信息公开行政复议、行政诉讼情况\n"
            + " ___________________________________________________________________________________________________________\n"
            + "|行政复议_______________________|行政诉讼___________________________________________________________|\n"
            + "|结 果|结 果|其 他|尚 未|总|未经复议直接起诉___________|复议后起诉____________________|\n"
            + "|_______|_______|_______|_______|___|结_果|结_果|其_他|尚_未|总|结_果|结_果|其_他|尚_未|总|计\n"
            + "|0______|0______|－____|－____|－|－____|－____|0______|1______|1__|－____|1______|1______|－____|2__|\n"
            + "五、存在的主要问题及改进情况\n";

    /** 0001-2021: 社会, 法律 and 其 on the header row below the one the tool cut mid-character. */
    private static final String REQUESTS = TITLE
            + "三、收到和处理政府信息公开申请情况\n"
            + " ___________________________________________________________________________________________________\n"
            + "|                                                       |申请人情况____________________________|\n"
            + "|（本列数据的勾稽关系为：第一项加第二\uFFFD|自 \uFFFD|法人或其他组织\uFFFD第四项\uFFFD|总|计\n"
            + "|_______________________________________________________|_____|商_业|科_研|社会|法律|其|他\uFFFD构\n"
            + "|一、本年新收政府信息公开申请数量_______|106__|13_____|1______|1_____|1_____|208|330|\n"
            + "|二、上年结转政府信息公开申请数量_______|2____|5______|－____|－___|0_____|－|7__|\n"
            + "四、政府信息公开行政复议、行政诉讼情况\n";

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> appeals(DocumentResult r, String row) {
        return APPEALS.stream().map(c -> value(r, TableId.APPEALS, row, c)).toList();
    }

    private static boolean warned(DocumentResult r, TableId table, String row, String column) {
        CanonicalKey key = CanonicalKey.of(table, row, column);
        return r.findings().stream().anyMatch(f -> f.severity() != Severity.INFO && f.warnsAt(key));
    }

    @Test
    void readsTable4sCutHeaderAndLeavesUnflaggedTheCellsTheTotalPutsInTheirPlace() {
        DocumentResult r = extract(CUT);
        assertEquals(List.of("0", "0", "0", "4", "4"), appeals(r, "review"));
        assertEquals(List.of("0", "0", "0", "0", "0"), appeals(r, "litigation_after_review"));
        for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
            for (String column : APPEALS) {
                assertFalse(warned(r, TableId.APPEALS, row, column), row + "/" + column + ": " + r.findings());
            }
        }
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("label-approximate")
                && f.scope().column().equals("pending") && f.message().contains("cut by bytes")), r.findings().toString());
    }

    @Test
    void flagsOnlyTheUnnamedColumnsWhoseValuesCouldTradePlacesUnderTheTotal() {
        DocumentResult r = extract(SPACED);
        assertEquals(List.of("", "1", "1", "", "2"), appeals(r, "litigation_after_review"));
        assertTrue(warned(r, TableId.APPEALS, "litigation_after_review", "upheld"), r.findings().toString());
        assertTrue(warned(r, TableId.APPEALS, "litigation_after_review", "corrected"), r.findings().toString());
        assertFalse(warned(r, TableId.APPEALS, "litigation_after_review", "other"),
                "其他结果 is named by its cut label where it stands: " + r.findings());
        assertFalse(warned(r, TableId.APPEALS, "litigation_after_review", "total"),
                "2 is the only value that can be the total of the others: " + r.findings());
        assertFalse(warned(r, TableId.APPEALS, "review", "upheld"), "two 0s trading places change nothing: " + r.findings());
    }

    @Test
    void readsTable3sOrganisationsOnTheHeaderRowBelowOneCutMidCharacter() {
        DocumentResult r = extract(REQUESTS);
        assertEquals(List.of("106", "13", "1", "1", "1", "208", "330"), requestsRow(r, "new"));
        assertEquals(List.of("2", "5", "", "", "0", "", "7"), requestsRow(r, "carried_over"));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("placement-assumed")), r.findings().toString());
    }
}
