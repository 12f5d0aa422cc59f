package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Table 二's rows in a browser's copy ({@code innerText}) whose lines were stripped at both edges: the tabs that placed
 * a row's pieces are gone. Two figures for 行政事业性收费's two columns are its columns in order
 * ({@code CountedActiveRowPieces}); one figure for 政府集中采购's two is in a column the text does not prove: read with the
 * gap's empty lines counted as blank cells it stood as the amount with no finding (helper trim's
 * {@code expandtabs(8).strip()} copy, where the amount's line was lost too), and must be flagged.
 */
class LoneFigureOfATrimmedCopyTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static DocumentResult read(String procurementPieces) {
        String text = String.join("\n", "测试县2019年政府信息公开工作年度报告", "", "二、主动公开政府信息情况", "",
                "第二十条第（八）项", "", "信息内容\t上一年项目数量\t本年增/减", "", "行政事业性收费", "", "749", "", "0",
                "", "第二十条第（九）项", "", "信息内容\t采购项目数量\t采购总金额", "", "政府集中采购", procurementPieces,
                "", "三、收到和处理政府信息公开申请情况", "");
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsATableTwoRowWhosePrintedCellsAreItsColumns() {
        DocumentResult r = read("\n\n\n295650\n\n77117.2 万元");
        assertEquals("749", ExtractedValues.value(r, TableId.ACTIVE, "fees", "previous_count"), r.findings()::toString);
        assertEquals("0", ExtractedValues.value(r, TableId.ACTIVE, "fees", "change"), r.findings()::toString);
        assertEquals("295650", ExtractedValues.value(r, TableId.ACTIVE, "procurement", "items"), r.findings()::toString);
        assertEquals("77117.2", ExtractedValues.value(r, TableId.ACTIVE, "procurement", "amount"), r.findings()::toString);
    }

    @Test
    void flagsALoneFigureWhoseColumnTheTrimLost() {
        DocumentResult r = read("\n\n\n295650");
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() != Severity.INFO
                && f.scope().table().equals(java.util.Optional.of(TableId.ACTIVE)) && f.scope().row().equals("procurement")),
                r.findings()::toString);
    }
}
