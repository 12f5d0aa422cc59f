package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EqFieldTest {

    @Test
    void readsAPhoneticGuideAsItsBaseWithTheGuideRaisedAfterIt() {
        // LibreOffice's DOC of a DOCX w:ruby (red team 8, ruby-note-2021.doc)
        assertEquals("51¹", EqField.render(" EQ \\* jc0 \\* \"Font:Calibri\" \\* hps10 \\o(\\s\\up 10(1),51)"));
        // Word's 拼音指南: \o\ad, the guide first
        assertEquals("拼ᵖⁱⁿ", EqField.render("EQ \\* jc2 \\* \"Font:宋体\" \\* hps10 \\o\\ad(\\s\\up 9(pin),拼)"));
    }

    @Test
    void readsAnEnclosedNumberAsTheCircledNumber() {
        // Word's 带圈字符, with and without the digit raised to sit in the circle
        assertEquals("⑤", EqField.render("eq \\o\\ac(○,5)"));
        assertEquals("⑫", EqField.render("EQ \\o\\ac(○,\\s\\up 1(12))"));
        assertEquals("\uFFFD", EqField.render("EQ \\o\\ac(○,51)"), "no circled form past 20");
    }

    @Test
    void readsLinearTextAndMakesTheRestUnreadable() {
        assertEquals("(51)", EqField.render("EQ \\b(51)"));
        assertEquals("[51]", EqField.render("EQ \\b\\lc\\[\\rc\\](51)"));
        assertEquals("51", EqField.render("EQ \\x(51)"));
        assertEquals("5₁", EqField.render("EQ 5\\s\\do 4(1)"));
        assertEquals("\uFFFD", EqField.render("EQ \\f(1,2)"), "a fraction is no line of text");
        assertEquals("\uFFFD", EqField.render("EQ \\o(5,1)"), "digits over each other");
        assertEquals("\uFFFD", EqField.render("EQ \\s(5,1)"), "stacked");
        assertEquals("\uFFFD", EqField.render("EQ \\o(\\s\\up 10(1),51"), "not closed");
        assertEquals("\uFFFD", EqField.render("EQ \\q(51)"), "a switch Word does not have");
    }

    @Test
    void tellsAnEqFieldByItsFirstWord() {
        assertTrue(EqField.is(" EQ \\o(1,2)"));
        assertTrue(EqField.is("eq\\x(1)"));
        assertFalse(EqField.is(" EQUATION"));
        assertFalse(EqField.is(" PAGE"));
    }

    @Test
    void showsEachFieldOfBinaryWordAsWordDoes() {
        assertEquals("共5 件", WordText.fieldsShown("共\u0013 PAGE \u00145\u0015 件"));
        assertEquals("51¹", WordText.fieldsShown("\u0013 EQ \\o(\\s\\up 10(1),51)\u0015"));
        assertEquals("", WordText.fieldsShown("\u0013 TC \"x\" \u0015"), "no result: nothing shows");
        // a field nested in another's instructions gives its result to them; fields after it stay
        assertEquals("3 and 7", WordText.fieldsShown("\u0013 IF \u0013 PAGE \u00141\u0015 = 1 \"3\" \u00143\u0015 and "
                + "\u0013 NUMPAGES \u00147\u0015"));
        assertEquals("TOC \\o first", WordText.fieldsShown("\u0013TOC \\o \u0014first"), "not closed here: as it stands");
    }
}
