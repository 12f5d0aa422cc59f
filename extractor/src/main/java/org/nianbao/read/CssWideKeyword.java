package org.nianbao.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * The CSS-wide keywords ({@code initial}, {@code inherit}, {@code unset}, {@code revert}; CSS Cascade 5)
 * on the properties {@link StyleSheet} keeps, resolved to the value a browser computes, so that
 * {@code all:unset} or {@code display:revert} read as the element's own default rather than as
 * words no rule knows. {@code revert-layer} is the cascade's ({@link StyleSheet}): by the time a
 * value comes here it has been rolled back to an earlier layer's.
 *
 * <ul>
 * <li>{@code initial}: the property's initial value ({@code display:inline}, {@code opacity:1}, …).
 * <li>{@code inherit}: the parent's value; for an inherited property ({@code color}, {@code font-size},
 * {@code visibility}, …) the word {@code inherit} is kept, which the reader already takes as "the
 * parent's" — but, unlike a property the page leaves unset, it overrides a presentational attribute
 * ({@code <font color=white style="color:inherit">} is drawn in its parent's colour).
 * <li>{@code unset}: {@code inherit} for an inherited property, {@code initial} for the others.
 * <li>{@code revert}: the browser's own style sheet's value ({@link UserAgentStyle}: a div's
 * {@code block}, a {@code <del>}'s line-through), with no presentational attribute: Chromium maps
 * {@code hidden} to {@code display:none} at the author's level, so {@code [hidden]{display:revert}}
 * and The New CSS Reset's {@code all:unset; display:revert} show a {@code hidden} element (checked).
 * </ul>
 */
final class CssWideKeyword {

    private static final Set<String> KEYWORDS = Set.of("initial", "inherit", "unset", "revert", "revert-layer");
    /** The kept properties a child takes from its parent when it sets none. */
    private static final Set<String> INHERITED = Set.of("visibility", "font-size", "color", "-webkit-text-fill-color",
            "-webkit-text-stroke", "-webkit-text-stroke-width", "-webkit-text-stroke-color", "text-shadow",
            "text-indent", "direction", "font-family", "font-weight", "font-style", "list-style", "list-style-type",
            "writing-mode", "letter-spacing", "word-spacing", "font-variant", "font-variant-numeric",
            "font-variant-ligatures", "font-variant-caps", "font-variant-east-asian", "font-variant-position",
            "font-variant-alternates", "font-feature-settings", "-webkit-font-feature-settings");
    /** The initial value of every property {@link StyleSheet} keeps (CSS specifications; Chromium for the prefixed ones). */
    static final Map<String, String> INITIAL = Map.ofEntries(
            Map.entry("display", "inline"), Map.entry("visibility", "visible"), Map.entry("mso-hide", "none"),
            Map.entry("opacity", "1"), Map.entry("font-size", "medium"), Map.entry("color", "canvastext"),
            Map.entry("text-decoration", "none"), Map.entry("text-decoration-line", "none"),
            Map.entry("vertical-align", "baseline"), Map.entry("background", "transparent"),
            Map.entry("background-color", "transparent"), Map.entry("background-image", "none"),
            Map.entry("background-clip", "border-box"), Map.entry("-webkit-background-clip", "border-box"),
            Map.entry("position", "static"), Map.entry("left", "auto"), Map.entry("top", "auto"),
            Map.entry("bottom", "auto"), Map.entry("right", "auto"), Map.entry("clip", "auto"),
            Map.entry("clip-path", "none"), Map.entry("overflow", "visible"), Map.entry("overflow-x", "visible"),
            Map.entry("overflow-y", "visible"), Map.entry("width", "auto"), Map.entry("height", "auto"),
            Map.entry("max-width", "none"), Map.entry("max-height", "none"), Map.entry("text-indent", "0"),
            Map.entry("transform", "none"), Map.entry("filter", "none"), Map.entry("content", "normal"),
            Map.entry("margin", "0"), Map.entry("margin-left", "0"), Map.entry("margin-top", "0"),
            Map.entry("-webkit-text-fill-color", "currentcolor"), Map.entry("-webkit-text-stroke", "0"),
            Map.entry("-webkit-text-stroke-width", "0"), Map.entry("-webkit-text-stroke-color", "currentcolor"),
            Map.entry("text-shadow", "none"), Map.entry("box-shadow", "none"), Map.entry("z-index", "auto"),
            Map.entry("isolation", "auto"), Map.entry("content-visibility", "visible"), Map.entry("zoom", "1"),
            Map.entry("scale", "none"), Map.entry("direction", "ltr"), Map.entry("unicode-bidi", "normal"),
            // the user agent's standard font (Chromium: Times New Roman, a serif); never a page's web font
            Map.entry("font-family", "serif"), Map.entry("font-weight", "normal"), Map.entry("font-style", "normal"),
            // where the layout puts a box along its line (HtmlVisibility.movedBox): written order, no offset
            Map.entry("order", "0"), Map.entry("flex-direction", "row"), Map.entry("flex-flow", "row nowrap"),
            Map.entry("grid-column", "auto"), Map.entry("grid-column-start", "auto"), Map.entry("grid-row", "auto"),
            Map.entry("grid-row-start", "auto"), Map.entry("grid-area", "auto"), Map.entry("float", "none"),
            Map.entry("translate", "none"),
            // the marker a list item draws (the shorthand's other parts, outside and no image, change no digit)
            Map.entry("list-style", "disc"), Map.entry("list-style-type", "disc"),
            // how a box lays its items out (HtmlVisibility.itemOrder): in rows, left to right, across the page
            Map.entry("grid-auto-flow", "row"), Map.entry("grid-template-columns", "none"),
            Map.entry("grid-template-rows", "none"), Map.entry("grid-template", "none"), Map.entry("grid", "none"),
            Map.entry("grid-template-areas", "none"), Map.entry("writing-mode", "horizontal-tb"),
            // what pulls a piece back (HtmlVisibility.pulledBack): nothing
            Map.entry("margin-right", "0"), Map.entry("margin-inline", "0"), Map.entry("margin-inline-start", "0"),
            Map.entry("margin-inline-end", "0"), Map.entry("letter-spacing", "normal"), Map.entry("word-spacing", "normal"),
            // a web font's features (HtmlVisibility.features): only its defaults
            Map.entry("font-variant", "normal"), Map.entry("font-variant-numeric", "normal"),
            Map.entry("font-variant-ligatures", "normal"), Map.entry("font-variant-caps", "normal"),
            Map.entry("font-variant-east-asian", "normal"), Map.entry("font-variant-position", "normal"),
            Map.entry("font-variant-alternates", "normal"), Map.entry("font-feature-settings", "normal"),
            Map.entry("-webkit-font-feature-settings", "normal"));

    /** Whether the value is a CSS-wide keyword (the only values the {@code all} shorthand takes). */
    static boolean is(String value) {
        return KEYWORDS.contains(value);
    }

    /**
     * The element's declarations with every CSS-wide keyword resolved; {@code computed} gives an
     * element's declarations resolved the same way (its parent's, for {@code inherit}).
     */
    static Map<String, String> resolved(Element e, Map<String, String> css, Function<Element, Map<String, String>> computed) {
        return resolved(css, e.parent(), computed, property -> userAgent(e, property));
    }

    /**
     * The declarations of {@code host}'s generated box ({@code ::before}, {@code ::after}) with every
     * CSS-wide keyword resolved: it inherits from its host, and the browser's style gives it nothing
     * (no {@code content}, so no box).
     */
    static Map<String, String> resolvedGenerated(Element host, Map<String, String> css,
            Function<Element, Map<String, String>> computed) {
        return resolved(css, host, computed, CssWideKeyword::unstyled);
    }

    private static Map<String, String> resolved(Map<String, String> css, Element parent,
            Function<Element, Map<String, String>> computed, Function<String, String> reverted) {
        if (css.values().stream().noneMatch(KEYWORDS::contains)) {
            return css;
        }
        Map<String, String> out = new HashMap<>(css);
        out.replaceAll((property, value) -> switch (value) {
            case "initial" -> INITIAL.getOrDefault(property, "initial");
            case "inherit" -> inherited(property, parent, computed);
            case "unset" -> unstyled(property);
            case "revert" -> reverted.apply(property);
            default -> value;
        });
        return out;
    }

    /** The value the browser's own style sheet gives the element (what {@code revert} rolls back to). */
    private static String userAgent(Element e, String property) {
        return switch (property) {
            case "display" -> UserAgentStyle.display(e);
            case "text-decoration", "text-decoration-line" -> UserAgentStyle.decoration(e);
            case "vertical-align" -> UserAgentStyle.verticalAlign(e);
            case "color" -> UserAgentStyle.color(e).orElse("inherit");
            default -> unstyled(property);
        };
    }

    /** The value of a property no style sets: the parent's for an inherited one, else its initial value. */
    private static String unstyled(String property) {
        return INHERITED.contains(property) ? "inherit" : INITIAL.getOrDefault(property, "initial");
    }

    /**
     * {@code inherit}: kept as the word for an inherited property (the reader takes the parent's
     * then), else the parent's computed value — what its rules set, or the browser's own.
     */
    private static String inherited(String property, Element parent, Function<Element, Map<String, String>> computed) {
        if (INHERITED.contains(property) || parent == null) {
            return unstyled(property);
        }
        String set = computed.apply(parent).get(property);
        return set != null ? set : userAgent(parent, property);
    }

    private CssWideKeyword() {
    }
}
