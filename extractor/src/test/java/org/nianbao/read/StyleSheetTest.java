package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The cascade of a page's own CSS as a desktop browser settles it. */
class StyleSheetTest {

    @Test
    void weighsSelectorsByIdsThenClassesThenNames() {
        assertEquals(10_202, StyleSheet.specificity("#t2 td span.old:first-child"));
        assertEquals(100, StyleSheet.specificity(".rev-old"));
        assertEquals(201, StyleSheet.specificity("tr[data-old].x"));
        assertEquals(101, StyleSheet.specificity("span:not(.a)"));
        assertEquals(1, StyleSheet.specificity("td:where(.a, .b)"));
        assertEquals(2, StyleSheet.specificity("p::before"));
    }

    @Test
    void mediaQueriesAreReadForADesktopScreen() {
        assertTrue(StyleSheet.appliesToScreen(""));
        assertTrue(StyleSheet.appliesToScreen("screen"));
        assertTrue(StyleSheet.appliesToScreen(" screen and (min-width: 768px)"));
        assertTrue(StyleSheet.appliesToScreen("(min-width:48em) and (orientation: landscape)"));
        assertTrue(StyleSheet.appliesToScreen("print, screen"));
        assertTrue(StyleSheet.appliesToScreen("not print"));
        assertFalse(StyleSheet.appliesToScreen("print"));
        assertFalse(StyleSheet.appliesToScreen("(max-width: 767px)"));
        assertFalse(StyleSheet.appliesToScreen("screen and (min-width: 1600px)"));
        assertFalse(StyleSheet.appliesToScreen("(prefers-color-scheme: dark)"));
    }

    @Test
    void importantBeatsInlineWhichBeatsSpecificityWhichBeatsOrder() {
        Document page = Jsoup.parse("<style>#a{color:red} span{color:blue} .b{display:none !important}"
                + " span.c{display:none} .c{display:inline} @media print{span{color:green}}</style>"
                + "<span id=a class='b c' style='display:inline;color:black'>x</span><span class=c>y</span>");
        StyleSheet sheet = StyleSheet.of(page);
        var a = sheet.declarations(page.getElementById("a"));
        assertEquals("black", a.get("color"), "inline beats an id rule");
        assertEquals("none", a.get("display"), "!important beats inline");
        assertEquals("none", sheet.declarations(page.select("span").get(1)).get("display"),
                "the more specific rule wins though written first");
    }
}
