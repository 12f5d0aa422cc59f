package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nianbao.model.CellValue;

class ValueParserTest {

    private final ValueParser parser = new ValueParser();

    private String value(String raw) {
        return parser.parse(raw).value().render();
    }

    @Test
    void readsIncreaseMarkerAsPositive() {
        assertEquals("130", value("130(增)"));
        assertEquals("130", value("130（增）"));
    }

    @Test
    void readsDecreaseMarkerAsNegative() {
        assertEquals("-19", value("19(减)"));
        assertEquals("-3", value("减3"));
    }

    @Test
    void readsExplicitSigns() {
        assertEquals("1355", value("+1355"));
        assertEquals("-11", value("-11　"));
        assertEquals("-2", value("－2"));
    }

    @Test
    void readsFullWidthDigitsAndThousandsSeparators() {
        assertEquals("1322", value("１３２２"));
        assertEquals("220809", value("220,809"));
        assertEquals("1234567", value("1，234，567"));
    }

    @Test
    void keepsTheUnitOfAnAmount() {
        ParsedValue p = parser.parse("4555.771 万元");
        assertEquals("4555.771", p.value().render());
        assertEquals("万元", p.unit());
        assertEquals("元", parser.parse("24946600元").unit());
    }

    @Test
    void ignoresPaddingOfEverySpaceKind() {
        assertEquals("13", value("13\u3000\u3000    "));
        assertEquals("7", value("\u00A07   "));
    }

    @Test
    void readsEmptyDashAndSlashAsBlank() {
        for (String raw : new String[] {"", "  ", "—", "——", "-", "/", "／", "-------------"}) {
            assertInstanceOf(CellValue.Blank.class, parser.parse(raw).value(), raw);
        }
    }

    @Test
    void neverGuessesAtText() {
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("无").value());
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("1.").value());
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("1,22").value());
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("12 34").value());
        assertTrue(((CellValue.Unreadable) parser.parse("3(减)+").value()).reason().contains("3(减)+"));
    }

    @Test
    void refusesASignThatContradictsItsMarker() {
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("+3(减)").value());
    }
}
