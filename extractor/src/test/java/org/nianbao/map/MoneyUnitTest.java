package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyUnitTest {

    @Test
    void readsEachScaleByItsNameAndConvertsItToWan() {
        assertEquals(0, new BigDecimal("3.56").compareTo(MoneyUnit.named("元").get().toWan(new BigDecimal("35600"))));
        assertEquals(0, new BigDecimal("3560").compareTo(MoneyUnit.named("千元").get().toWan(new BigDecimal("35600"))));
        assertEquals(0, new BigDecimal("356").compareTo(MoneyUnit.named("百万元").get().toWan(new BigDecimal("3.56"))));
        assertEquals(0, new BigDecimal("12500").compareTo(MoneyUnit.named("亿").get().toWan(new BigDecimal("1.25"))));
        assertEquals(Optional.of(MoneyUnit.YI_YUAN), MoneyUnit.named("亿元"));
        assertEquals(Optional.of(MoneyUnit.THOUSAND_YUAN), MoneyUnit.named("人民币千元"));
        assertEquals(Optional.of(MoneyUnit.WAN_YUAN), MoneyUnit.named("万"));
    }

    @Test
    void saysAYiWithoutYuanIsTheSameUnitAsYiYuan() {
        assertEquals("亿元", MoneyUnit.canonical("亿"));
        assertEquals("千元", MoneyUnit.canonical("千元"));
    }

    @Test
    void takesNoOtherMoneyOrCountUnitForAKnownOne() {
        assertTrue(MoneyUnit.named("千美元").isEmpty());
        assertTrue(MoneyUnit.named("件").isEmpty());
        assertTrue(MoneyUnit.unknownMoney("千美元"));
        assertTrue(MoneyUnit.unknownMoney("港元"));
        assertFalse(MoneyUnit.unknownMoney("千元"));
        assertFalse(MoneyUnit.unknownMoney("件"));
        assertFalse(MoneyUnit.unknownMoney(""));
    }
}
