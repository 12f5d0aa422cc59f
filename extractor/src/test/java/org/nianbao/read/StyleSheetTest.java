package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aDeclarationBrowsersDropLeavesTheOneBeforeItStanding() {
        Document page = Jsoup.parse("<style>.ie-old{display:none;display:inline\\9;} .o{display:none}"
                + " .o{display:inline !importent} .f{font:0/0 a} .g{font-size:20px;font:bold 1px/1 arial}</style>"
                + "<span class=ie-old>1</span><span style='color:#fff;color:#000\\9'>2</span><span class=o>3</span>"
                + "<span style='color:#ffffff;color:#00000'>4</span><span class=f>5</span><span class=g>6</span>");
        StyleSheet sheet = StyleSheet.of(page);
        var spans = page.select("span");
        assertEquals("none", sheet.declarations(spans.get(0)).get("display"));
        assertEquals("#fff", sheet.declarations(spans.get(1)).get("color"));
        assertEquals("none", sheet.declarations(spans.get(2)).get("display"));
        assertEquals("#ffffff", sheet.declarations(spans.get(3)).get("color"));
        assertEquals("0", sheet.declarations(spans.get(4)).get("font-size"), "the font shorthand sets the size");
        assertEquals("1px", sheet.declarations(spans.get(5)).get("font-size"), "the shorthand after the longhand wins");
    }

    @Test
    void readsTheStyleSheetsSavedBesideThePageAndNothingOutsideItsFolder(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("page_files"));
        Files.writeString(site.resolve("page_files/a.css"), "@import url(\"b.css\");\n.a{display:none}");
        Files.writeString(site.resolve("page_files/b.css"), ".b{display:none}");
        Files.writeString(dir.resolve("outside.css"), ".c{display:none}");
        Files.createSymbolicLink(site.resolve("page_files/link.css"), dir.resolve("outside.css"));
        Path html = site.resolve("page.html");
        Document page = Jsoup.parse("<link rel=stylesheet href='page_files/a.css?v=3'>"
                + "<style>@import 'page_files/missing.css'; @import url(../outside.css);</style>"
                + "<link rel=stylesheet href='page_files/link.css'><link rel=stylesheet href='/etc/passwd'>"
                + "<link rel=stylesheet href='https://example.org/x.css'>"
                + "<span class=a>1</span><span class=b>2</span><span class=c>3</span>");
        StyleSheet sheet = StyleSheet.of(page, LocalSheets.beside(html));
        var spans = page.select("span");
        assertEquals("none", sheet.declarations(spans.get(0)).get("display"), "linked beside the page");
        assertEquals("none", sheet.declarations(spans.get(1)).get("display"), "imported by the linked sheet");
        assertEquals(null, sheet.declarations(spans.get(2)).get("display"), "outside the page's folder: never read");
        assertEquals(java.util.List.of("page_files/missing.css", "../outside.css", "page_files/link.css", "/etc/passwd",
                "https://example.org/x.css"), sheet.unread());
        assertTrue(sheet.external());
        assertTrue(sheet.namesClass("a") && sheet.namesClass("b") && !sheet.namesClass("c"));
    }

    @Test
    void aDisabledLinkedSheetIsNotApplied(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("care.css"), ".care{display:none}");
        Document page = Jsoup.parse("<!DOCTYPE html><link rel=stylesheet href='care.css' disabled>"
                + "<span class=care>8</span>");
        StyleSheet sheet = StyleSheet.of(page, LocalSheets.beside(dir.resolve("page.html")));
        assertEquals(null, sheet.declarations(page.selectFirst("span")).get("display"), "browsers skip a disabled link");
        assertFalse(sheet.external(), "nor is it named as unread");
        Document enabled = Jsoup.parse("<!DOCTYPE html><link rel=stylesheet href='care.css'><span class=care>8</span>");
        assertEquals("none", StyleSheet.of(enabled, LocalSheets.beside(dir.resolve("page.html")))
                .declarations(enabled.selectFirst("span")).get("display"));
    }

    @Test
    void classAndIdNamesMatchCaseSensitivelyInStandardsModeOnly() {
        String body = "<style>.Hide{display:none} #Cell{color:white} .X span{display:none}</style>"
                + "<span class=hide>8</span><span class='a Hide'>9</span><span id=cell>7</span><span id=Cell>6</span>"
                + "<div class=x><p><span>5</span></div><div class=X><p><span>4</span></div>";
        Document standards = Jsoup.parse("<!DOCTYPE html>" + body);
        StyleSheet sheet = StyleSheet.of(standards);
        var s = standards.select("span");
        assertEquals(null, sheet.declarations(s.get(0)).get("display"), ".Hide does not match class=hide");
        assertEquals("none", sheet.declarations(s.get(1)).get("display"));
        assertEquals(null, sheet.declarations(s.get(2)).get("color"), "#Cell does not match id=cell");
        assertEquals("white", sheet.declarations(s.get(3)).get("color"));
        assertEquals(null, sheet.declarations(s.get(4)).get("display"));
        assertEquals("none", sheet.declarations(s.get(5)).get("display"));
        Document quirks = Jsoup.parse(body);
        StyleSheet old = StyleSheet.of(quirks);
        assertEquals("none", old.declarations(quirks.select("span").get(0)).get("display"), "quirks mode ignores case");
        assertEquals("[class~=(?<![^\\s])Hide(?![^\\s])] a[href$='.pdf'] [id~=^X$]",
                StyleSheet.caseSensitive(".Hide a[href$='.pdf'] #X"));
    }

    @Test
    void supportsConditionsAreEvaluatedAndAnUndecidableOneDoubts() {
        assertEquals(java.util.Optional.of(true), StyleSheet.supports("(display:grid)"));
        assertEquals(java.util.Optional.of(false), StyleSheet.supports(" not (display: grid)"));
        assertEquals(java.util.Optional.of(false), StyleSheet.supports("(display:flex) and (not (display:grid))"));
        assertEquals(java.util.Optional.of(true), StyleSheet.supports("(display:-ms-grid) or (display:grid)"));
        assertEquals(java.util.Optional.empty(), StyleSheet.supports("(display:-ms-grid)"));
        assertEquals(java.util.Optional.empty(), StyleSheet.supports("not (display:-ms-grid)"));
        assertEquals(java.util.Optional.empty(), StyleSheet.supports("selector(:has(a))"));
        Document page = Jsoup.parse("<!DOCTYPE html><style>@supports not (display:grid){.g{display:none}}"
                + " @supports (display:grid){.h{display:none}} @supports not (-ms-ime-align:auto){.u{display:none}}</style>"
                + "<span class=g>8</span><span class=h>9</span><span class=u>7</span>");
        StyleSheet sheet = StyleSheet.of(page);
        var s = page.select("span");
        assertEquals(null, sheet.declarations(s.get(0)).get("display"), "not (grid): false in a current browser");
        assertFalse(sheet.doubted(s.get(0)));
        assertEquals("none", sheet.declarations(s.get(1)).get("display"));
        assertEquals(null, sheet.declarations(s.get(2)).get("display"), "undecided: not applied ...");
        assertTrue(sheet.doubted(s.get(2)), "... but in doubt");
        assertEquals(HtmlVisibility.Verdict.DOUBTED, HtmlVisibility.of(page).seen(s.get(2)).verdict());
    }
}
