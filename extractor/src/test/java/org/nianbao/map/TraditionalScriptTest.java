package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

class TraditionalScriptTest {

    @Test
    void normalisesTraditionalLabelsToTheSimplifiedWording() {
        assertEquals(LabelText.normalize("1.本机关不掌握相关政府信息"), LabelText.normalize("1.本機關不掌握相關政府信息"));
        assertEquals(LabelText.normalize("（六）其他处理"), LabelText.normalize("（六）其他處理"));
    }

    @Test
    void readsTraditionalUnitsAndMarkersInValues() {
        ValueParser parser = new ValueParser();
        assertEquals(CellValue.number(new BigDecimal("-19")), parser.parse("19(減)").value());
        assertEquals("万元", parser.parse("4555.771 萬元").unit());
    }

    @Test
    void findsATraditionalTitleAndKeepsTheAgencyAsPrinted() {
        TitleReader.Title t = new TitleReader().read(List.of(new TextLine("示例縣2020年政府信息公開工作年度報告",
                new Location.Line(1)))).orElseThrow();
        assertEquals("示例縣", t.agency());
        assertTrue(t.year().isPresent() && t.year().getAsInt() == 2020);
    }

    @Test
    void leavesTextWithoutIdeographsAlone() {
        assertEquals("12,345", SimplifiedScript.of("12,345"));
    }
}
