package org.nianbao.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * What the browser's own style sheet gives an element, for the properties that decide what is seen:
 * its {@code display} (the HTML standard's rendering section, as Chromium's {@code html.css} has it)
 * and the lines drawn through or under it ({@code <del>}, {@code <u>}). This is the value an author's
 * {@code revert} rolls back to. The element's presentational attributes ({@code hidden}, {@code <font
 * color>}) are not part of it: Chromium maps them into the author's level, which {@code revert} skips
 * ({@code [hidden]{display:revert}} shows the element there).
 */
final class UserAgentStyle {

    private static final Map<String, String> DISPLAY = displays();

    private static Map<String, String> displays() {
        Map<String, String> display = new HashMap<>();
        for (String tag : new String[] {"head", "script", "style", "template", "title", "meta", "link", "base",
                "basefont", "datalist", "noembed", "noframes", "param", "rp", "area"}) {
            display.put(tag, "none");
        }
        for (String tag : new String[] {"html", "body", "address", "blockquote", "center", "dialog", "div", "figure",
                "figcaption", "footer", "form", "header", "hr", "legend", "listing", "main", "p", "plaintext", "pre",
                "xmp", "search", "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "nav", "section",
                "dd", "dl", "dt", "menu", "ol", "ul", "dir", "fieldset", "details", "summary", "optgroup", "frameset",
                "frame"}) {
            display.put(tag, "block");
        }
        for (String tag : new String[] {"input", "button", "select", "textarea", "meter", "progress", "marquee"}) {
            display.put(tag, "inline-block");
        }
        display.putAll(Map.of("li", "list-item", "table", "table", "caption", "table-caption", "colgroup",
                "table-column-group", "col", "table-column", "thead", "table-header-group", "tbody", "table-row-group",
                "tfoot", "table-footer-group", "tr", "table-row", "ruby", "ruby"));
        display.putAll(Map.of("td", "table-cell", "th", "table-cell", "rt", "ruby-text"));
        return Map.copyOf(display);
    }

    /** The element's {@code display} in the browser's own style sheet (inline for an element it does not name). */
    static String display(Element e) {
        String tag = e.normalName();
        if (tag.equals("input") && e.attr("type").equalsIgnoreCase("hidden")
                || tag.equals("dialog") && !e.hasAttr("open")) {
            return "none";
        }
        return DISPLAY.getOrDefault(tag, "inline");
    }

    /** Whether the browser lays the element out as a block box (its width, height and indent apply). */
    static boolean block(Element e) {
        String display = display(e);
        return display.equals("block") || display.equals("list-item");
    }

    /** The element's {@code text-decoration-line} in the browser's own style sheet. */
    static String decoration(Element e) {
        return switch (e.normalName()) {
            case "del", "s", "strike" -> "line-through";
            case "u", "ins" -> "underline";
            case "a" -> e.hasAttr("href") ? "underline" : "none";
            default -> "none";
        };
    }

    /**
     * The colour the browser's own style sheet gives the element's text (a link's blue, {@code <mark>}'s
     * black, form controls' field and button text), as the system colour Chromium names it; empty where
     * the element takes its parent's. Inside white text such an element still shows unless the page
     * sets its colour, and it is what {@code color:revert} rolls back to.
     */
    static Optional<String> color(Element e) {
        return switch (e.normalName()) {
            case "a" -> e.hasAttr("href") ? Optional.of("linktext") : Optional.empty();
            case "mark" -> Optional.of("marktext");
            case "button" -> Optional.of("buttontext");
            case "select", "textarea", "input" -> Optional.of("fieldtext");
            default -> Optional.empty();
        };
    }

    /** The element's {@code vertical-align} in the browser's own style sheet. */
    static String verticalAlign(Element e) {
        return switch (e.normalName()) {
            case "sub" -> "sub";
            case "sup" -> "super";
            case "td", "th", "tr", "thead", "tbody", "tfoot" -> "middle";
            default -> "baseline";
        };
    }

    private UserAgentStyle() {
    }
}
