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
    }

    @Test
    void supportsConditionsAreEvaluatedAndAnUndecidableOneDoubts() {
        assertEquals(java.util.Optional.of(true), CssSupports.holds("(display:grid)"));
        assertEquals(java.util.Optional.of(false), CssSupports.holds(" not (display: grid)"));
        assertEquals(java.util.Optional.of(false), CssSupports.holds("(display:flex) and (not (display:grid))"));
        assertEquals(java.util.Optional.of(true), CssSupports.holds("(display:-ms-grid) or (display:grid)"));
        assertEquals(java.util.Optional.empty(), CssSupports.holds("(display:-ms-grid)"));
        assertEquals(java.util.Optional.empty(), CssSupports.holds("not (display:-ms-grid)"));
        assertEquals(java.util.Optional.empty(), CssSupports.holds("selector(:has(a))"));
        Document page = Jsoup.parse("<!DOCTYPE html><style>@supports not (display:grid){.g{display:none}}"
                + " @supports (display:grid){.h{display:none}} @supports not (-ms-ime-align:auto){.u{display:none}}</style>"
                + "<span class=g>8</span><span class=h>9</span><span class=u>7</span>");
        StyleSheet sheet = StyleSheet.of(page);
        var s = page.select("span");
        assertEquals(null, sheet.declarations(s.get(0)).get("display"), "not (grid): false in a current browser");
        assertFalse(sheet.doubted(s.get(0)).isPresent());
        assertEquals("none", sheet.declarations(s.get(1)).get("display"));
        assertEquals(null, sheet.declarations(s.get(2)).get("display"), "undecided: not applied ...");
        assertTrue(sheet.doubted(s.get(2)).isPresent(), "... but in doubt");
        assertEquals(HtmlVisibility.Verdict.DOUBTED, HtmlVisibility.of(page).seen(s.get(2)).verdict());
    }

    @Test
    void aStyleOrLinkOfAnotherTypeIsNotApplied(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("old.css"), ".a,.b,.c,.d{display:none}");
        Path html = dir.resolve("p.html");
        Files.writeString(html, "<!DOCTYPE html><style type='text/plain'>.a{display:none}</style>"
                + "<style type='TEXT/CSS'>.b{display:none}</style><style type='text/css; charset=utf-8'>.c{display:none}</style>"
                + "<link rel=stylesheet type='text/x-template' href='old.css'>"
                + "<span class=a>1</span><span class=b>2</span><span class=c>3</span><span class=d>4</span>");
        Document page = Jsoup.parse(html.toFile());
        StyleSheet sheet = StyleSheet.of(page, LocalSheets.beside(html));
        var s = page.select("span");
        assertEquals(null, sheet.declarations(s.get(0)).get("display"));
        assertEquals("none", sheet.declarations(s.get(1)).get("display"), "the type's case does not matter");
        assertEquals(null, sheet.declarations(s.get(2)).get("display"), "a <style> type takes no parameters");
        assertEquals(null, sheet.declarations(s.get(3)).get("display"), "a link of another type is not loaded");
    }

    @Test
    void laterLayersWinUnlayeredRulesWinAllAndImportantReversesTheOrder() {
        Document page = Jsoup.parse("<!DOCTYPE html><style>@layer components, utilities;"
                + " @layer utilities{.inline{display:inline}} @layer components{td .x{display:none}}"
                + " @layer base{.y{display:inline !important}} .y{display:none !important}"
                + " @layer base{td span.z{display:inline}} .z{display:none}"
                + " @layer a{@layer b{.w{color:red}} .w{color:blue}}</style>"
                + "<table><tr><td><span class='x inline'>1</span><span class=y>2</span><span class=z>3</span>"
                + "<span class=w>4</span></td></tr></table>");
        StyleSheet sheet = StyleSheet.of(page);
        var s = page.select("span");
        assertEquals("inline", sheet.declarations(s.get(0)).get("display"), "a later layer beats specificity");
        assertEquals("inline", sheet.declarations(s.get(1)).get("display"), "layered !important beats unlayered");
        assertEquals("none", sheet.declarations(s.get(2)).get("display"), "unlayered beats any layer");
        assertEquals("blue", sheet.declarations(s.get(3)).get("color"), "a layer's own rules beat its sublayers'");
    }

    @Test
    void importsKeepTheirLayerSupportsAndMedia(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("old.css"), ".old{display:none}");
        Path html = dir.resolve("p.html");
        Files.writeString(html, "<!DOCTYPE html><style>@import url(old.css) layer(theme);"
                + " @import url(old.css) supports(not (display:grid)); td span{display:inline}</style>"
                + "<table><tr><td><span class=old>8</span>15</td></tr></table>");
        Document page = Jsoup.parse(html.toFile());
        StyleSheet sheet = StyleSheet.of(page, LocalSheets.beside(html));
        assertEquals("inline", sheet.declarations(page.selectFirst("span")).get("display"));
        Files.writeString(html, "<!DOCTYPE html><style>@import url(old.css) supports(display:grid) screen;</style>"
                + "<span class=old>8</span>");
        page = Jsoup.parse(html.toFile());
        assertEquals("none", StyleSheet.of(page, LocalSheets.beside(html)).declarations(page.selectFirst("span")).get("display"));
    }

    @Test
    void aMediaQueryThatCannotBeDecidedDoubtsWhatItsRulesStyle() {
        Document page = Jsoup.parse("<!DOCTYPE html><style>@media (max-height:600px){.a{display:none}}"
                + " td{@media (-webkit-min-device-pixel-ratio:2){.b{display:none}}}</style>"
                + "<table><tr><td><span class=a>1</span><span class=b>2</span></td></tr></table>");
        StyleSheet sheet = StyleSheet.of(page);
        var s = page.select("span");
        assertEquals(null, sheet.declarations(s.get(0)).get("display"));
        assertTrue(sheet.doubted(s.get(0)).isPresent());
        assertEquals(null, sheet.declarations(s.get(1)).get("display"));
        assertTrue(sheet.doubted(s.get(1)).isPresent(), "nested in a rule too");
    }

    @Test
    void scopeRulesStyleInsideTheirRootAndContainerQueriesDoubt() {
        Document page = Jsoup.parse("<!DOCTYPE html><style>@scope (table){.a{display:none} :scope{color:red}}"
                + " @scope (.nav){.b{display:none}} @scope (table) to (td){.c{display:none}}"
                + " @container (min-width:400px){.d{display:none}}</style><p><span class=a>0</span></p>"
                + "<table><tr><td><span class=a>1</span><span class=b>2</span><span class=c>3</span><span class=d>4</span>"
                + "</td></tr></table>");
        StyleSheet sheet = StyleSheet.of(page);
        var s = page.select("span");
        assertEquals(null, sheet.declarations(s.get(0)).get("display"), "outside the scope's root");
        assertEquals("none", sheet.declarations(s.get(1)).get("display"));
        assertEquals("red", sheet.declarations(page.selectFirst("table")).get("color"), ":scope is the root");
        assertEquals(null, sheet.declarations(s.get(2)).get("display"));
        assertFalse(sheet.doubted(s.get(2)).isPresent());
        assertTrue(sheet.doubted(s.get(3)).isPresent(), "a lower limit is not worked out");
        assertEquals(null, sheet.declarations(s.get(4)).get("display"));
        assertTrue(sheet.doubted(s.get(4)).isPresent(), "a container's size is the layout's");
    }

    @Test
    void aStyleInNoscriptOrTemplateIsNotAppliedOneInAnInlineSvgIsAndOneAScriptNamesIsInDoubt() {
        Document page = Jsoup.parse("<!DOCTYPE html><noscript><style>.a{display:none}</style></noscript>"
                + "<template><style>.b{display:none}</style></template>"
                + "<svg width=0 height=0><style type=\"text/css\">.c{display:none}</style></svg>"
                + "<style id=old>.d{display:none}</style><script>document.getElementById(\"old\").remove();</script>"
                + "<span class=a>1</span><span class=b>2</span><span class=c>3</span><span class=d>4</span>");
        StyleSheet sheet = StyleSheet.of(page);
        var spans = page.select("span");
        assertEquals(null, sheet.declarations(spans.get(0)).get("display"), "<noscript>: a browser running scripts reads it as text");
        assertEquals(null, sheet.declarations(spans.get(1)).get("display"), "<template>: inert");
        assertEquals("none", sheet.declarations(spans.get(2)).get("display"), "<svg>'s <style> is the document's");
        assertEquals(null, sheet.declarations(spans.get(3)).get("display"), "removed by a script: not applied...");
        assertEquals(true, sheet.doubted(spans.get(3)).isPresent(), "...but in doubt");
    }

    @Test
    void anImportAfterARuleIsDroppedAsBrowsersDo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.css"), ".old{display:none}");
        Files.writeString(dir.resolve("a.css"), "body{margin:8px}\n@import url(b.css);");
        Files.writeString(dir.resolve("c.css"), "@charset \"utf-8\";\n@layer base;\n@import url(b.css);");
        LocalSheets local = LocalSheets.beside(dir.resolve("page.html"));
        Document late = Jsoup.parse("<!DOCTYPE html><style>body{margin:8px}\n@import url(b.css);</style><span class=old>8</span>");
        assertEquals(null, StyleSheet.of(late, local).declarations(late.selectFirst("span")).get("display"));
        Document inLinked = Jsoup.parse("<!DOCTYPE html><link rel=stylesheet href=a.css><span class=old>8</span>");
        assertEquals(null, StyleSheet.of(inLinked, LocalSheets.beside(dir.resolve("page.html")))
                .declarations(inLinked.selectFirst("span")).get("display"), "the same inside a linked sheet");
        Document nested = Jsoup.parse("<!DOCTYPE html><style>@media screen{@import url(b.css);}</style><span class=old>8</span>");
        assertEquals(null, StyleSheet.of(nested, LocalSheets.beside(dir.resolve("page.html")))
                .declarations(nested.selectFirst("span")).get("display"), "nor inside a block");
        Document first = Jsoup.parse("<!DOCTYPE html><link rel=stylesheet href=c.css><span class=old>8</span>");
        assertEquals("none", StyleSheet.of(first, LocalSheets.beside(dir.resolve("page.html")))
                .declarations(first.selectFirst("span")).get("display"), "after @charset and @layer it counts");
    }

    @Test
    void onlyThePreferredSetOfTitledSheetsApplies(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.css"), "body{font-size:16px}");
        Files.writeString(dir.resolve("care.css"), ".old{display:none}");
        LocalSheets local = LocalSheets.beside(dir.resolve("page.html"));
        Document links = Jsoup.parse("<!DOCTYPE html><link rel=stylesheet title='标准' href=a.css>"
                + "<link rel=stylesheet title='长者模式' href=care.css><span class=old>8</span>");
        assertEquals(null, StyleSheet.of(links, local).declarations(links.selectFirst("span")).get("display"),
                "the first titled sheet names the preferred set; the other is off");
        Document styles = Jsoup.parse("<!DOCTYPE html><style title='标准'>body{color:#000}</style>"
                + "<style title='大字版'>.old{display:none}</style><style>.b{display:none}</style>"
                + "<span class=old>8</span><span class=b>9</span>");
        StyleSheet sheet = StyleSheet.of(styles);
        assertEquals(null, sheet.declarations(styles.selectFirst("span")).get("display"));
        assertEquals("none", sheet.declarations(styles.select("span").get(1)).get("display"), "an untitled sheet always applies");
        Document chosen = Jsoup.parse("<!DOCTYPE html><meta http-equiv=Default-Style content='大字版'>"
                + "<style title='标准'>body{color:#000}</style><style title='大字版'>.old{display:none}</style>"
                + "<span class=old>8</span>");
        assertEquals("none", StyleSheet.of(chosen).declarations(chosen.selectFirst("span")).get("display"),
                "a Default-Style meta names the preferred set");
        Document switched = Jsoup.parse("<!DOCTYPE html><style title='标准'>body{color:#000}</style>"
                + "<style title='大字版'>.old{display:none}</style><script>setStyle('大字版')</script><span class=old>8</span>");
        assertTrue(StyleSheet.of(switched).doubted(switched.selectFirst("span")).isPresent(),
                "a script naming the other set may switch to it");
    }

    @Test
    void aSheetAScriptAddsPutsWhatItWouldStyleInDoubt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.css"), ".old{display:none}");
        LocalSheets local = LocalSheets.beside(dir.resolve("page.html"));
        Document written = Jsoup.parse("<!DOCTYPE html><script>document.write('<link rel=\"stylesheet\" href=\"a.css\">');"
                + "</script><span class=old>8</span><span class=new>9</span>");
        StyleSheet sheet = StyleSheet.of(written, local);
        assertTrue(sheet.doubted(written.selectFirst("span")).isPresent());
        assertFalse(sheet.doubted(written.select("span").get(1)).isPresent(), "what its rules do not name is not doubted");
        Document created = Jsoup.parse("<!DOCTYPE html><span class=old>8</span><script>var l=document.createElement('link');"
                + "l.rel='stylesheet';l.href='a.css';document.head.appendChild(l);</script>");
        assertTrue(StyleSheet.of(created, LocalSheets.beside(dir.resolve("page.html")))
                .doubted(created.selectFirst("span")).isPresent());
        Document named = Jsoup.parse("<!DOCTYPE html><script>var theme='a.css';</script><span class=old>8</span>");
        assertFalse(StyleSheet.of(named, LocalSheets.beside(dir.resolve("page.html")))
                .doubted(named.selectFirst("span")).isPresent(), "a script that adds no link adds no sheet");
    }

    @Test
    void linkedSheetsAreFoundWhereARelativeBaseSendsThem(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("f/sub"));
        Files.writeString(dir.resolve("f/a.css"), ".old{display:none}");
        Files.writeString(dir.resolve("f/sub/a.css"), "/* none */");
        Document page = Jsoup.parse("<!DOCTYPE html><base href='f/sub/'><link rel=stylesheet href=a.css>"
                + "<span class=old>8</span>");
        StyleSheet sheet = StyleSheet.of(page, LocalSheets.beside(dir.resolve("page.html")));
        assertEquals(null, sheet.declarations(page.selectFirst("span")).get("display"));
        assertFalse(sheet.external(), "f/sub/a.css was read");
    }

    @Test
    void aFirstLetterRuleThatRecoloursOrShrinksPutsTheElementInDoubt() {
        Document page = Jsoup.parse("<!DOCTYPE html><style>td.c::first-letter{color:#fff} td.d::first-letter{font-size:0}"
                + " td.e::first-line{font-weight:bold}</style><table><tr><td class=c>8859</td><td class=d>8859</td>"
                + "<td class=e>859</td></tr></table>");
        StyleSheet sheet = StyleSheet.of(page);
        var cells = page.select("td");
        assertTrue(sheet.doubted(cells.get(0)).isPresent());
        assertTrue(sheet.doubted(cells.get(1)).isPresent());
        assertFalse(sheet.doubted(cells.get(2)).isPresent(), "bold hides nothing");
        assertEquals(null, sheet.declarations(cells.get(0)).get("color"), "the element's own colour is untouched");
    }
}
