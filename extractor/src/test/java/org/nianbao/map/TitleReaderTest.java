package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

class TitleReaderTest {

    private final TitleReader reader = new TitleReader();

    private TitleReader.Title read(String... lines) {
        return reader.read(List.of(lines).stream().map(l -> new TextLine(l, Location.none())).toList()).orElseThrow();
    }

    @Test
    void readsAgencyAndYearFromTheTitle() {
        assertEquals(new TitleReader.Title("积石山县", java.util.OptionalInt.of(2020)), read("积石山县2020年政府信息公开年度报告"));
        assertEquals("盐池县大水坑镇", read("", "# 盐池县大水坑镇 2020 年 政府信息公开工作年度报告").agency());
        assertEquals("某某市生态环境局", read("2022年某某市生态环境局政府信息公开工作年度报告").agency());
    }

    @Test
    void readsATitleWrappedOverTwoLines() {
        TitleReader.Title t = read("甘肃省人民政府办公厅", "2020年政府信息公开工作年度报告", "根据《条例》规定……");
        assertEquals("甘肃省人民政府办公厅", t.agency());
        assertEquals(2020, t.year().getAsInt());
    }

    @Test
    void findsNoTitleInProse() {
        assertTrue(reader.read(List.of(new TextLine("各乡镇、各部门：请按要求做好工作。", Location.none()))).isEmpty());
    }
}
