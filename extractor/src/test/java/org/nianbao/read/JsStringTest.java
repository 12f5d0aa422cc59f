package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsStringTest {

    @Test
    void decodesUnicodeAndHexEscapesAsScriptsSeeThem() {
        assertEquals("更正说明：应为9件", JsString.value("\\u66f4\\u6b63\\u8bf4\\u660e\\uff1a\\u5e94\\u4e3a9\\u4ef6"));
        assertEquals("A𠀀", JsString.value("\\x41\\u{20000}"));
    }

    @Test
    void decodesControlEscapesAndDropsLineContinuations() {
        assertEquals("a\nb\tc", JsString.value("a\\nb\\tc"));
        assertEquals("ab", JsString.value("a\\\nb"));
        assertEquals("</p>\"'", JsString.value("<\\/p>\\\"\\'"));
    }

    @Test
    void keepsTheLetterOfAMalformedEscape() {
        assertEquals("u12x", JsString.value("\\u12x"));
        assertEquals("xZ", JsString.value("\\xZ"));
        assertEquals("tail\\", JsString.value("tail\\"));
    }

    @Test
    void quotedMatchesALiteralWithItsOwnQuoteEscaped() {
        Matcher m = Pattern.compile("f\\(" + JsString.QUOTED + "\\)").matcher("f('it\\'s') f(\"x\")");
        m.find();
        assertEquals("it's", JsString.value(m.group(2)));
        m.find();
        assertEquals("x", m.group(2));
    }
}
