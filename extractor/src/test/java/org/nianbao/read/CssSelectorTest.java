package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Selectors as browsers weigh and match them. */
class CssSelectorTest {

    @Test
    void weighsSelectorsByIdsThenClassesThenNames() {
        assertEquals(10_202, CssSelector.specificity("#t2 td span.old:first-child"));
        assertEquals(100, CssSelector.specificity(".rev-old"));
        assertEquals(201, CssSelector.specificity("tr[data-old].x"));
        assertEquals(101, CssSelector.specificity("span:not(.a)"));
        assertEquals(1, CssSelector.specificity("td:where(.a, .b)"));
        assertEquals(2, CssSelector.specificity("p::before"));
        assertEquals(2, CssSelector.specificity("p:after"), "a CSS 2 pseudo-element counts as a name");
    }

    @Test
    void isNotAndHasCountTheirMostSpecificArgumentAndWhereNothing() {
        assertEquals(101, CssSelector.specificity("td :is(.old, .a, .b)"), "not 0,3,1");
        assertEquals(10_000, CssSelector.specificity(":is(.old, #nav)"));
        assertEquals(100, CssSelector.specificity(":where(td:not(.x)) .old"), "nested brackets in :where()");
        assertEquals(10_001, CssSelector.specificity("td:not(.a, #b)"), "the id, not the id and the class");
        assertEquals(201, CssSelector.specificity("li:nth-child(2 of .x)"));
        assertEquals(100, CssSelector.specificity(".md\\:hidden"), "an escaped colon is part of the class name");
        assertEquals(100, CssSelector.specificity("[title=\"a.b#c\"]"));
    }

    @Test
    void namesAreReadWithTheirEscapesUndone() {
        assertEquals(List.of("md:hidden", "123", "a"), CssSelector.classes(".md\\:hidden, .\\31 23 > .a"));
        assertEquals(List.of("top"), CssSelector.ids("#top [href='#x'] a.b\\#c"));
    }

    @Test
    void escapedAndCaseSensitiveNamesMatchAsInBrowsers() {
        Document page = Jsoup.parse("<!DOCTYPE html><span class='md:hidden'>1</span><span class='123'>2</span>"
                + "<span class='hide'>3</span><span id='X'>4</span><span class='w-1/2'>5</span>");
        assertEquals("1", page.select(CssSelector.forJsoup(".md\\:hidden", true)).text());
        assertEquals("2", page.select(CssSelector.forJsoup(".\\31 23", true)).text());
        assertEquals("", page.select(CssSelector.forJsoup(".Hide", true)).text(), "standards mode: case counts");
        assertEquals("3", page.select(CssSelector.forJsoup(".Hide", false)).text(), "quirks mode: case ignored");
        assertEquals("4", page.select(CssSelector.forJsoup("#X", true)).text());
        assertEquals("5", page.select(CssSelector.forJsoup(".w-1\\/2", true)).text());
        assertEquals("[class~=(?<![^\\s])Hide(?![^\\s])] a[href$='.pdf'] [id~=^X$]",
                CssSelector.forJsoup(".Hide a[href$='.pdf'] #X", true));
    }
}
