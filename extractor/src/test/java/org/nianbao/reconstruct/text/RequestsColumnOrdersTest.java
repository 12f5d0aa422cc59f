package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The orders of table 三's columns that its header's lines allow, on the lines Chromium's prints of
 * seeds 2026 and 2027 gave in {@code pdftotext}'s default mode (each line's labels left to right).
 */
class RequestsColumnOrdersTest {

    private static final String NATURAL = "自然人";
    private static final String GROUP = "法人或其他组织";
    private static final String BUSINESS = "商业企业";
    private static final String RESEARCH = "科研机构";
    private static final String WELFARE = "社会公益组织";
    private static final String LEGAL = "法律服务机构";
    private static final String OTHER = "其他";
    private static final String TOTAL = "总计";
    private static final List<String> ORGS = List.of(BUSINESS, RESEARCH, WELFARE, LEGAL, OTHER);

    @Test
    void oneLineHoldingAPieceOfEveryColumnProvesTheOrder() {
        // 0058-2021 of seed 2026: 自 法人或其他组织 / 总 / 然 商 业 科 社会 法律 其 计 / 人 企 业 研 公益 服务 他
        List<List<String>> allowed = RequestsColumnOrders.allowed(List.of(List.of(NATURAL, GROUP), List.of(TOTAL),
                List.of(NATURAL, BUSINESS, BUSINESS, RESEARCH, WELFARE, LEGAL, OTHER, TOTAL)), false);
        assertEquals(List.of(RequestsColumnOrders.FORM), allowed);
    }

    @Test
    void naturalPersonsOnLinesOfTheirOwnMayStandOnEitherSideOfTheOrganisations() {
        // 0006-2021 of seed 2026: 自然 / 人 alone, 总 / 商业 科研 社会公 法律服 其 计 / 企业 机构 益组织 务机构 他:
        // the organisations' order and 总计 after them are shown, 自然人's side of the group is not
        List<List<String>> lines = List.of(List.of(NATURAL), List.of(NATURAL), List.of(TOTAL),
                List.of(BUSINESS, RESEARCH, WELFARE, LEGAL, OTHER, TOTAL), ORGS);
        List<List<String>> allowed = RequestsColumnOrders.allowed(lines, false);
        assertEquals(List.of(RequestsColumnOrders.FORM, List.of(BUSINESS, RESEARCH, WELFARE, LEGAL, OTHER, NATURAL, TOTAL),
                List.of(BUSINESS, RESEARCH, WELFARE, LEGAL, OTHER, TOTAL, NATURAL)), allowed);
        // the rows proving 总计 last leave two
        assertEquals(2, RequestsColumnOrders.allowed(lines, true).size());
    }

    @Test
    void aLabelLeftOfTheGroupStandsLeftOfAllFiveOrganisations() {
        // 0046-mixed of seed 2026: 自然 法人或其他组织 on one line; 总 and 计 alone
        List<List<String>> allowed = RequestsColumnOrders.allowed(List.of(List.of(NATURAL, GROUP), ORGS), false);
        assertTrue(allowed.stream().allMatch(o -> o.get(0).equals(NATURAL) || o.get(0).equals(TOTAL) && o.get(1).equals(NATURAL)),
                allowed::toString);
        // with the rows proving 总计 last, one order is left
        assertEquals(List.of(RequestsColumnOrders.FORM),
                RequestsColumnOrders.allowed(List.of(List.of(NATURAL, GROUP), ORGS), true));
    }

    @Test
    void aPermutedHeaderIsReadAsItsLinesShowIt() {
        // Chromium's print of columns-permuted-2021.html: 计 科研 商业 社会公 其 法律服 / 机构 企业 益组织 他 务机构 人
        // (the page: 总计 科研 商业 社会公益 其他 法律服务 自然人)
        List<String> page = List.of(TOTAL, RESEARCH, BUSINESS, WELFARE, OTHER, LEGAL, NATURAL);
        assertEquals(List.of(page), RequestsColumnOrders.allowed(List.of(List.of(TOTAL, RESEARCH, BUSINESS, WELFARE, OTHER, LEGAL),
                List.of(RESEARCH, BUSINESS, WELFARE, OTHER, LEGAL, NATURAL)), false));
    }

    @Test
    void linesThatContradictThemselvesAllowNoOrder() {
        // a label's pieces on both sides of another's on one line: no two cells print that way
        assertTrue(RequestsColumnOrders.allowed(List.of(List.of(BUSINESS, RESEARCH, BUSINESS)), false).isEmpty());
        // two lines putting two labels in opposite orders
        assertTrue(RequestsColumnOrders.allowed(List.of(List.of(BUSINESS, RESEARCH), List.of(RESEARCH, BUSINESS)), false).isEmpty());
    }
}
