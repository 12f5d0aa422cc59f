package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.agency.AgencyNames;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

/**
 * The agency a person reads in the title, not the page furniture a renderer puts near it: a
 * Markdown table's rule, a breadcrumb, box drawing; and the place of a name printed in traditional
 * script. The shapes are those of fixtures/tools/split-2021.* and fixtures/traditional/traditional-2019.html.
 */
class TitleAgencyNoiseTest {

    private final TitleReader reader = new TitleReader();
    private final AgencyNames names = new AgencyNames();

    private String agency(String... lines) {
        return reader.read(List.of(lines).stream().map(l -> new TextLine(l, Location.none())).toList())
                .orElseThrow().agency();
    }

    @Test
    void aMarkdownTableRuleBeforeTheTitleIsNotPartOfTheName() {
        assertEquals("示例区", agency("首页| 政府信息公开| 年度报告  ", "---|---|---  ", "  ", "# 示例区2021年政府信息公开工作年度报告"));
        assertEquals("示例区", agency("---|---|---", "示例区2021年政府信息公开工作年度报告"));
        assertEquals("示例区", agency("+------+", "| 示例区2021年政府信息公开工作年度报告 |", "+------+"));
        assertEquals("示例区", agency("┌──────┐", "│示例区2021年政府信息公开工作年度报告│"));
        assertEquals("示例区", names.split(agency("---|---|---", "示例区2021年政府信息公开工作年度报告")).place());
    }

    @Test
    void aBreadcrumbBeforeOrOnTheTitleLineIsNavigation() {
        assertEquals("示例区", agency("首页 政府信息公开  年度报告", "", "示例区2021年政府信息公开工作年度报告"));
        assertEquals("示例区", agency("   首页 政府信息公开 年度报告 ", "示例区2021年政府信息公开工作年度报告", "本年度，本机关……"));
        assertEquals("示例区", agency("首页 > 政府信息公开 > 示例区2021年政府信息公开工作年度报告"));
        assertEquals("示例区", agency("当前位置：首页 > 政务公开 > 年度报告", "示例区2021年政府信息公开工作年度报告"));
        // a wrapped title still joins: the first half is no breadcrumb
        assertEquals("甘肃省人民政府办公厅", agency("甘肃省人民政府办公厅", "2020年政府信息公开工作年度报告"));
    }

    @Test
    void aTraditionalScriptNameKeepsItsPrintingAndItsPlace() {
        assertEquals("示例縣", agency("示例縣2020年政府信息公開工作年度報告"));
        assertEquals("示例縣", names.split("示例縣").place());
        assertEquals("示例縣", names.split("示例縣人民政府").place());
        assertEquals("政府", names.split("示例縣人民政府").body());
        assertEquals("示例區", names.split("示例區教育局").place());
        assertEquals("示例县", names.split("示例县").place());
    }
}
