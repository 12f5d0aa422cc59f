package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;

class LabelMatcherTest {

    private final LabelBook book = new LabelBook(Catalog.standard());

    private static void assertExact(Optional<LabelMatch> m, String id) {
        assertTrue(m.isPresent(), "no match, expected " + id);
        assertEquals(id, m.get().id());
        assertTrue(m.get().exact(), "expected an exact match");
    }

    private static void assertApproximate(Optional<LabelMatch> m, String id) {
        assertTrue(m.isPresent(), "no match, expected " + id);
        assertEquals(id, m.get().id());
        assertFalse(m.get().exact(), "expected an approximate match");
    }

    @Test
    void matchesPunctuationSpacingAndNumberingVariantsExactly() {
        assertExact(book.requestsRows.match("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)"), "partially_granted");
        assertExact(book.requestsRows.match("（二）部分公开"), "partially_granted");
        assertExact(book.requestsRows.match("8、属于行政查询事项"), "denied_query");
        assertExact(book.requestsRows.match("四,结转下年度继续办理"), "carried_forward");
        assertExact(book.requestsRows.match("3. 危及“三安全一稳 定”"), "denied_security");
        assertExact(book.activeColumns.match("本年新\n制作数量"), "new_made");
    }

    @Test
    void matchesOcrTyposApproximately() {
        assertApproximate(book.requestsGroups.match("(三)不子公开"), "不予公开");
        assertApproximate(book.requestsRows.match("3.补正启申请内容仍不明确"), "unable_unclear");
    }

    @Test
    void readsTheEndOfTwoRowsLabelsAsNeitherWhereOneIsOnlyShorter() {
        // pdftohtml of a sidebar print: the last two lines of （六）2's label, which end （六）1's as well
        assertTrue(book.requestsRowsInOtherGroup.match("机关不再处理其政府信息公开申请").isEmpty());
        assertApproximate(book.requestsRowsInOtherGroup.match("求缴纳费用、行政机关不再处理其政府信息公开申请"),
                "other_no_fee");
    }

    @Test
    void reportsAnItemNumberThatIsNotTheStandardOne() {
        assertApproximate(book.requestsRows.match("12.没有现成信息需要另行制作"), "unable_need_creation");
    }

    @Test
    void readsHeaderTextRepeatedByAMergedCellOnce() {
        assertApproximate(book.requestsGroups.match("三本年度办理结果本年度办理结果"), "本年度办理结果");
    }

    @Test
    void matchesKnownColumnVariantsApproximately() {
        assertApproximate(book.requestsColumns.match("商业机构"), "commercial");
        assertApproximate(book.requestsColumns.match("法律服务"), "legal_service");
    }

    @Test
    void matchesTheWordingOfBothFormats() {
        assertExact(book.activeRows.match("行政规范性文件"), "normative_documents");
        assertExact(book.activeRows.match("规范性文件"), "normative_documents");
        assertExact(book.activeColumns.match("本年处理决定数量"), "decisions");
        assertExact(book.activeColumns.match("本年收费金额（单位：万元）"), "amount");
        assertExact(book.activeColumns.match("采购总金额（单位：万元，保留4位小数）"), "amount");
    }

    @Test
    void leavesShortOrUnrelatedTextUnmatched() {
        assertTrue(book.activeRows.match("规范").isEmpty());
        assertTrue(book.requestsRows.match("法人或其他组织").isEmpty());
        assertTrue(book.requestsRows.match("我县在推进政务公开工作中虽然做了大量工作，取得了一定成效，但在落实过程中还存在一些问题")
                .isEmpty());
    }

    @Test
    void readsAGenericItemOnlyInItsGroup() {
        assertTrue(book.requestsRows.match("3.其他").isEmpty());
        assertExact(book.requestsRowsInOtherGroup.match("3.其他"), "other_other");
    }

    @Test
    void takesUnitNotesOffHeaders() {
        assertEquals("万元", LabelText.unitNote("采购总金额（单位：万元，保留4位小数）"));
        assertEquals("元", LabelText.unitNote("采购总金额(单位:元)"));
        assertEquals("", LabelText.unitNote("采购总金额"));
    }

    @Test
    void readsAUnitInTheTortoiseShellBracketsOfOfficialWritingOrAfterADash() {
        assertEquals("千元", LabelText.unitNote("采购总金额〔千元〕"));
        assertEquals("元", LabelText.unitNote("本年收费金额〖单位：元〗"));
        assertEquals("千元", LabelText.unitNote("采购总金额—千元"));
        assertEquals("千元", LabelText.unitNote("采购总金额－千元"));
        assertEquals(LabelText.normalize("采购总金额"), LabelText.normalize("采购总金额〔千元〕"));
    }

    @Test
    void readsAUnitGluedToTheAmountsWord() {
        // a clerk's 采购总金额千元, and w3m's text of 采购总金额 千元 (it drops the space): red team rtx
        assertEquals("千元", LabelText.unitNote("采购总金额千元"));
        assertEquals("元", LabelText.unitNote("本年收费金额元"));
        assertEquals(LabelText.normalize("采购总金额"), LabelText.normalize("采购总金额千元"));
        assertEquals("", LabelText.unitNote("采购项目数量"));
    }
}
