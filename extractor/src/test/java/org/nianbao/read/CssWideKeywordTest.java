package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.DocumentContent;

/**
 * The CSS-wide keywords ({@code initial}, {@code inherit}, {@code unset}, {@code revert},
 * {@code revert-layer}) and the {@code all} shorthand, each on a property that decides whether a digit
 * an editor left in a cell ({@code <span class="x">7</span>25}) is seen, from a layer, unlayered,
 * inline or {@code !important}. The expected text is what Chromium showed of each (headless, 1280 px,
 * the computed style printed and the screenshot looked at; fix16c): the digit drawn reads 725, a
 * digit not drawn (or struck through) reads 25. Those marked were read wrong, with no finding, before.
 */
class CssWideKeywordTest {

    private final HtmlFormatReader reader = new HtmlFormatReader(new ValueParser()::isValue);

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("revert-layer-display-layer-b", "@layer a,b; @layer a{.x{display:none}} @layer b{.x{display:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("revert-layer-display-same-layer", ".x{display:none} .x{display:revert-layer}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("revert-layer-display-unlayered", "@layer a{.x{display:none}} .x{display:revert-layer}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("revert-layer-display-important-first-layer", "@layer a,b; @layer b{.x{display:none !important}} @layer a{.x{display:revert-layer !important}}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("revert-layer-display-important-unlayered", "@layer a{.x{display:none}} .x{display:revert-layer !important}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("revert-layer-display-important-same-layer", ".x{display:none} .x{display:revert-layer !important}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("revert-layer-display-inline-style", ".x{display:none}", "<td><span class=\"x\" style=\"display:revert-layer\">7</span>25</td>", "25"), // silent before
                Arguments.of("revert-display-inline-style", ".x{display:none}", "<td><span class=\"x\" style=\"display:revert\">7</span>25</td>", "725"),
                Arguments.of("revert-display-hidden-attr", "[hidden]{display:revert}", "<td><span hidden>7</span>25</td>", "725"), // silent before
                Arguments.of("revert-display-hidden-attr-layered", "@layer base{[hidden]{display:revert}}", "<td><span hidden>7</span>25</td>", "725"), // silent before
                Arguments.of("revert-layer-display-hidden-attr", "[hidden]{display:revert-layer}", "<td><span hidden>7</span>25</td>", "25"),
                Arguments.of("new-css-reset-hidden", "*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }", "<td><span hidden>7</span>25</td>", "725"), // silent before
                Arguments.of("new-css-reset-hidden-fixed", "*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; } :where([hidden]) { display: none; }", "<td><span hidden>7</span>25</td>", "25"),
                Arguments.of("new-css-reset-del", "*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }", "<td><del>7</del>25</td>", "725"), // silent before
                Arguments.of("new-css-reset-font-white", "*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }", "<td><font color=\"#ffffff\">7</font>25</td>", "725"), // silent before
                Arguments.of("all-unset-hidden", "span{all:unset}", "<td><span hidden>7</span>25</td>", "725"), // silent before
                Arguments.of("all-revert-hidden", "span{all:revert}", "<td><span hidden>7</span>25</td>", "725"), // silent before
                Arguments.of("all-revert-layer-hidden", "span{all:revert-layer}", "<td><span hidden>7</span>25</td>", "25"),
                Arguments.of("all-initial-hidden", "span{all:initial}", "<td><span hidden>7</span>25</td>", "725"), // silent before
                Arguments.of("initial-display-hidden", "span{display:initial}", "<td><span hidden>7</span>25</td>", "725"),
                Arguments.of("initial-display-after-none", ".x{display:none} .x{display:initial}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("all-revert-layer-display", "@layer a,b; @layer a{.x{display:none}} @layer b{.x{all:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"),
                Arguments.of("all-revert-display-none-same-rule", ".x{display:none; all:revert}", "<td><span class=\"x\">7</span>25</td>", "725"), // silent before
                Arguments.of("all-revert-then-display-none", ".x{all:revert; display:none}", "<td><span class=\"x\">7</span>25</td>", "25"),
                Arguments.of("inherit-display-hidden", ".x{display:inherit}", "<td><span class=\"p\"><span class=\"x\" hidden>7</span></span>25</td>", "725"),
                Arguments.of("unset-display-none-important", ".x{display:none} span.x{display:unset !important}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("var-unresolved-display-hidden", "[hidden]{display:var(--nope)}", "<td><span hidden>7</span>25</td>", "725"), // silent before
                Arguments.of("revert-layer-visibility", "@layer a,b; @layer a{.x{visibility:hidden}} @layer b{.x{visibility:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("inherit-visibility", ".p{visibility:hidden} .x{visibility:inherit}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "25"),
                Arguments.of("unset-visibility", ".p{visibility:hidden} .x{visibility:unset}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "25"),
                Arguments.of("initial-visibility", ".p{visibility:hidden} .x{visibility:initial}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "725"), // silent before
                Arguments.of("revert-visibility", ".p{visibility:hidden} .x{visibility:revert}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "25"),
                Arguments.of("revert-layer-color-same-layer", ".x{color:#fff} .x{color:revert-layer}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("revert-layer-color-layer-b", "@layer a,b; @layer a{.x{color:#fff}} @layer b{.x{color:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("revert-color-font-attr", ".x{color:revert}", "<td><font class=\"x\" color=\"#ffffff\">7</font>25</td>", "725"),
                Arguments.of("revert-layer-color-font-attr", ".x{color:revert-layer}", "<td><font class=\"x\" color=\"#ffffff\">7</font>25</td>", "25"), // silent before
                Arguments.of("revert-color-mark-in-white", ".p{color:#fff} mark{color:revert}", "<td><span class=\"p\"><mark>7</mark>25</span></td>", "7"), // read hidden before
                Arguments.of("revert-color-link-in-white", ".p{color:#fff} a{color:revert}", "<td><span class=\"p\"><a href=\"#\">7</a>25</span></td>", "7"), // read hidden before
                Arguments.of("inherit-color-font-attr", ".x{color:inherit}", "<td><font class=\"x\" color=\"#ffffff\">7</font>25</td>", "725"),
                Arguments.of("unset-color-font-attr", ".x{color:unset}", "<td><font class=\"x\" color=\"#ffffff\">7</font>25</td>", "725"),
                Arguments.of("all-unset-color-font-attr", "font{all:unset}", "<td><font color=\"#ffffff\">7</font>25</td>", "725"), // silent before
                Arguments.of("initial-color-after-white", ".x{color:#fff; color:initial}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("inherit-color-white-parent", ".p{color:#fff} .x{color:inherit}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "25"),
                Arguments.of("revert-layer-font-size", "@layer a,b; @layer a{.x{font-size:0}} @layer b{.x{font-size:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("revert-font-size", ".x{font-size:0} .x{font-size:revert}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("inherit-font-size", ".p{font-size:0} .x{font-size:inherit}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "25"),
                Arguments.of("initial-font-size", ".p{font-size:0} .x{font-size:initial}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "725"), // silent before
                Arguments.of("font-shorthand-inherit", ".p{font-size:0} .x{font:inherit}", "<td><span class=\"p\"><span class=\"x\">7</span></span>25</td>", "25"),
                Arguments.of("revert-layer-opacity", "@layer a,b; @layer a{.x{opacity:0}} @layer b{.x{opacity:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("revert-layer-opacity-same-layer", ".x{opacity:0} .x{opacity:revert-layer}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("inherit-opacity", ".x{opacity:inherit}", "<td><span class=\"p\" style=\"opacity:0.02\"><span class=\"x\">7</span></span>25</td>", "25"),
                Arguments.of("all-unset-del", ".x{all:unset}", "<td><del class=\"x\">7</del>25</td>", "725"), // silent before
                Arguments.of("revert-decoration-del", ".x{text-decoration:none} .x{text-decoration:revert}", "<td><del class=\"x\">7</del>25</td>", "25"),
                Arguments.of("revert-layer-decoration", "@layer a,b; @layer a{.x{text-decoration:line-through}} @layer b{.x{text-decoration:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("none-decoration-del", "del{text-decoration:none}", "<td><del>7</del>25</td>", "725"), // silent before
                Arguments.of("revert-layer-content-visibility", "@layer a,b; @layer a{.x{display:inline-block;content-visibility:hidden}} @layer b{.x{content-visibility:revert-layer}}", "<td><span class=\"x\">7</span>25</td>", "25"), // silent before
                Arguments.of("initial-content-visibility", ".x{display:inline-block;content-visibility:hidden} .x{content-visibility:initial}", "<td><span class=\"x\">7</span>25</td>", "725"),
                Arguments.of("revert-layer-before-content", "@layer a,b; @layer a{.x::before{content:none}} @layer b{.x::before{content:revert-layer}} .x::before{content:\"7\"}", "<td><span class=\"x\"></span>25</td>", "725"),
                Arguments.of("revert-before-content", ".x::before{content:\"7\"} .x::before{content:revert}", "<td><span class=\"x\"></span>25</td>", "25")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void readsTheCellAsChromiumShowsIt(String variant, String css, String td, String shown) {
        DocumentContent c = reader.read(("<!DOCTYPE html><html><head><style>" + css + "</style></head><body><table><tr>"
                + "<td>规章</td>" + td + "</tr></table></body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals(shown, c.grids().get(0).rows().get(0).get(1).text());
    }

    @Test
    void everyPropertyKeptHasTheInitialValueUnsetAndAllFallBackTo() {
        for (String property : StyleSheet.SEEN) {
            assertTrue(CssWideKeyword.INITIAL.containsKey(property), property);
        }
    }
}
