package org.nianbao.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AgencyNamesTest {

    private final AgencyNames names = new AgencyNames();

    private void splits(String agency, String place, String body) {
        AgencyName n = names.split(agency);
        assertEquals(place + " | " + body, n.place() + " | " + n.body(), agency);
    }

    @Test
    void splitsThePlaceFromTheBody() {
        splits("沭阳县人民政府", "沭阳县", "政府");
        splits("甘肃省人民政府办公厅", "甘肃省", "政府办公厅");
        splits("北京市朝阳区发展和改革委员会", "北京市朝阳区", "发展和改革委员会");
        splits("宿迁市沭阳县人民政府", "宿迁市沭阳县", "政府");
        splits("广州市天河区教育局", "广州市天河区", "教育局");
        splits("积石山保安族东乡族撒拉族自治县人民政府", "积石山保安族东乡族撒拉族自治县", "政府");
    }

    @Test
    void joinsSmallPlacesHanlpDoesNotKnowByTheirUnit() {
        splits("盐池县大水坑镇人民政府", "盐池县大水坑镇", "政府");
        splits("示例市生态环境局", "示例市", "生态环境局");
        splits("康乐县人民政府", "康乐县", "政府");
        splits("某某市生态环境局", "某某市", "生态环境局");
    }

    @Test
    void neverCutsABodyWordThatHoldsAUnitCharacter() {
        splits("示例县市场监督管理局", "示例县", "市场监督管理局");
        splits("示例县住房和城乡建设局", "示例县", "住房和城乡建设局");
    }

    @Test
    void namesOfOneAgencyShareAKeyAndANearMissDoesNot() {
        assertEquals(names.split("沭阳县人民政府").key(), names.split("沭阳县政府").key());
        assertEquals(names.split("沭阳县 人民政府").key(), names.split("沭阳县人民政府").key());
        assertNotEquals(names.split("沐阳县人民政府").key(), names.split("沭阳县人民政府").key());
        assertEquals("", names.split("").key());
    }

    @Test
    void aNamePrintedInTraditionalScriptSharesTheKeyOfItsSimplifiedSpelling() {
        splits("示例縣人民政府", "示例縣", "政府");
        assertEquals("示例县/政府", names.split("示例縣人民政府").key());
        assertEquals(names.split("示例县人民政府").key(), names.split("示例縣人民政府").key());
    }
}
