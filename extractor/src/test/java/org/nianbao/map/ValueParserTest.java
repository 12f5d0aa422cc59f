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

    @Test
    void keepsAFootnoteMarkerOutOfTheNumberBeforeNfkcCouldMakeItADigit() {
        for (String raw : new String[] {"56①", "56¹", "56 ¹", "56*", "56注", "56（注1）", "56⑴", "56ᵃ", "56※", "５６①"}) {
            ParsedValue p = parser.parse(raw);
            assertEquals("56", p.value().render(), raw);
            assertTrue(!p.footnote().isEmpty(), raw);
        }
        assertEquals("①", parser.parse("56①").footnote());
        assertEquals("¹²", parser.parse("56¹²").footnote());
        assertEquals("2494.66", value("2494.66万元①"));
        assertEquals("", parser.parse("561").footnote());
    }

    @Test
    void keepsALoweredMarkerOutOfTheNumberAsWell() {
        ParsedValue p = parser.parse("746₁");
        assertEquals("746", p.value().render());
        assertEquals("₁", p.footnote());
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("7₁46").value(), "never a digit of the number");
    }

    @Test
    void aMarkerAloneIsNotAValue() {
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("①").value());
        assertInstanceOf(CellValue.Unreadable.class, parser.parse("注").value());
    }

    @Test
    void dropsCharactersThatTakeNoRoomInsideANumber() {
        assertEquals("1234", value("12\u200B34"));
        assertEquals("1234", value("\uFEFF1\u00AD234\u200C"));
        assertEquals("1234", value("1\u200D2\u20603 4".replace(" ", "")));
    }
}
