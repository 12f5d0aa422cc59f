package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Table 三's header joined from the pieces {@code pdftotext} printed it in (default mode), each list
 * of pieces as the real tool printed them from a generated report's PDF (seed 2024, tool-pdftotext)
 * or from Chromium's print of {@code fixtures/html/columns-permuted-2021.html}.
 */
class RequestsHeaderPiecesTest {

    private static Optional<List<String>> read(String... pieces) {
        return RequestsHeaderPieces.read(List.of(pieces)).map(ls -> ls.stream().map(RequestsHeaderPieces.Label::text).toList());
    }

    @Test
    void labelsWrappedInTheirCellsAreJoinedInTheOrderTheirFirstPiecesWerePrinted() {
        // 自然 / 人 / 法人或其他组织 / 商业企 / 业 / … / 其 / 他, and 总计 printed among the rows (0148-2019)
        assertEquals(Optional.of(List.of("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")),
                read("自", "然", "人", "法人或其他组织", "商业企", "业", "科研机", "构", "社会公益组", "织", "法律服务机", "构", "其", "他", "总", "计"));
    }

    @Test
    void restsPrintedAfterTheirNeighboursStartsGoWithTheStartsInTheirOrder() {
        // 商业企业 科研机构 社会公益 法律服务 其他 / 组织 / 机构 (0048-2021); 商业企 科研机 / 业 / 构 (0058-mixed)
        assertEquals(Optional.of(List.of("自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")),
                read("自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益", "法律服务", "其他", "组织", "机构"));
        assertEquals(Optional.of(List.of("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")),
                read("自然人", "法人或其他组织", "商业企", "科研机", "业", "构", "社会公益组", "织", "法律服务机", "构", "其他", "总计"));
        // spaced out a character a word: 商 业 企 业 科 研 机 构 社会公益 法律服务 其 他 / 组织 / 机构 (0278-2019)
        assertEquals(Optional.of(List.of("自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")),
                read("自", "然", "人", "法人或其他组织", "总计", "商", "业", "企", "业", "科", "研", "机", "构", "社会公益", "法律服务",
                        "其", "他", "组织", "机构"));
    }

    @Test
    void totalMayBeMissingButNoOtherLabel() {
        // 总计 printed after table 四's title (0238-2021)
        assertEquals(Optional.of(List.of("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")),
                read("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益", "法律服务", "其他", "组织", "机构"));
        assertTrue(read("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益", "法律服务", "组织", "机构", "总计").isEmpty());
    }

    @Test
    void aPieceLeftOverOrALabelTwiceReadsNothing() {
        assertTrue(read("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "组织").isEmpty());
        assertTrue(read("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "其他").isEmpty());
        assertTrue(read("自然", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计").isEmpty());
    }

    @Test
    void piecesDoNotShowWhereTheTotalStands() {
        // Chromium's print of a page whose 总计 stands second (corpus/redteam/pdftotext-default-total-second-2021.txt):
        // 自 / 然 / 人 / 法人或其他组织 / 总 / 计 商业 科研 社会公 法律服 其 / 企业 机构 益组织 务机构 他 — 总计 aside,
        // the form's order, as on a page in the form's order: only the rows can tell (BlockOrderedText)
        assertEquals(Optional.of(List.of("自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")),
                read("自", "然", "人", "法人或其他组织", "总", "计", "商业", "科研", "社会公", "法律服", "其", "企业", "机构", "益组织",
                        "务机构", "他"));
    }

    @Test
    void aPermutedHeaderIsReadInTheOrderPrintedForTheCallerToReject() {
        // Chromium's print of columns-permuted-2021.html: 法人或其他组织 / 自 / 总 / 然 / 计 科研 商业 社会公 其 法律服 /
        // 机构 企业 益组织 他 务机构 人 — the pieces make the labels, in an order that is not the form's
        assertEquals(Optional.of(List.of("法人或其他组织", "自然人", "总计", "科研机构", "商业企业", "社会公益组织", "其他", "法律服务机构")),
                read("法人或其他组织", "自", "总", "然", "计", "科研", "商业", "社会公", "其", "法律服", "机构", "企业", "益组织", "他",
                        "务机构", "人"));
    }
}
