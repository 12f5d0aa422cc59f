package org.nianbao.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's inline scripts do to its look as it loads, written as CSS: a rule inserted into a sheet
 * ({@code sheet.insertRule(".old{display:none}")}, {@code addRule}), a property set on an element found by
 * id or selector ({@code document.getElementById("o1").style.display = "none"}, {@code .style.cssText},
 * {@code setAttribute("style", …)}), a class given to an element ({@code classList.add("hide")},
 * {@code className=}, jQuery's {@code addClass}), and an element hidden, emptied or removed ({@code .hidden=true},
 * {@code .remove()}, {@code .textContent=}, jQuery's {@code hide()}). This reader runs no script: whether the
 * script runs, and when, is not known, so what these would change is in doubt, as for a sheet a script adds.
 *
 * @param rules          the rules the scripts set, each as CSS text; an element a script hides, empties or
 *                       removes as a rule hiding it
 * @param classesAdded   each class a script gives to elements, with the selectors of those elements: the
 *                       sheet's rules naming the class may style them
 */
record ScriptedStyle(List<String> rules, Map<String, Set<String>> classesAdded) {

    /**
     * An element a script finds: by id, by selector, by class, through jQuery ({@code $(…)}), or the page's
     * body or root. Groups: 2 id, 4 selector, 6 class, 8 jQuery selector, 9 body/documentElement.
     */
    private static final Pattern FOUND = Pattern.compile("(?:getElementById\\(\\s*" + JsString.QUOTED + "\\s*\\)"
            + "|querySelector(?:All)?\\(\\s*" + quoted(3) + "\\s*\\)(?:\\[\\d+\\])?"
            + "|getElementsByClassName\\(\\s*" + quoted(5) + "\\s*\\)(?:\\[\\d+\\])?"
            + "|(?:\\$|jQuery)\\(\\s*" + quoted(7) + "\\s*\\)"
            + "|document\\.(body|documentElement))");
    private static final Pattern INSERT_RULE = Pattern.compile("\\.insertRule\\(\\s*" + JsString.QUOTED);
    private static final Pattern ADD_RULE = Pattern.compile("\\.addRule\\(\\s*" + JsString.QUOTED + "\\s*,\\s*" + quoted(3));
    /** What is done to the element found, read from just after it. Groups: 1 property, 3 value; 5 css text; 7 classes. */
    private static final Pattern STYLE_PROPERTY = Pattern.compile("^\\s*\\.style\\.([A-Za-z]+)\\s*=\\s*" + quoted(2));
    private static final Pattern STYLE_TEXT = Pattern.compile(
            "^\\s*(?:\\.style\\.cssText\\s*\\+?=\\s*|\\.setAttribute\\(\\s*[\"']style[\"']\\s*,\\s*|\\.css\\(\\s*)" + quoted(1));
    private static final Pattern CLASS_ADDED = Pattern.compile("^\\s*(?:\\.classList\\.(?:add|toggle|replace)\\(\\s*"
            + "(?:" + quoted(1) + "\\s*,\\s*)?|\\.className\\s*\\+?=\\s*|\\.setAttribute\\(\\s*[\"']class[\"']\\s*,\\s*"
            + "|\\.(?:addClass|toggleClass)\\(\\s*)" + quoted(3));
    /** The element hidden, emptied, replaced or removed, directly or for each element found. */
    private static final Pattern CHANGED = Pattern.compile("^\\s*(?:\\.forEach\\([^;]{0,120}?)?\\.(?:hidden\\s*=|remove\\(|"
            + "removeChild\\(|textContent\\s*=|innerText\\s*=|innerHTML\\s*=|outerHTML\\s*=|replaceWith\\(|"
            + "hide\\(|fadeOut\\(|slideUp\\(|empty\\(|detach\\(|text\\(\\s*[\"'`]|html\\(\\s*[\"'`]|style\\.)");

    ScriptedStyle {
        rules = List.copyOf(rules);
        classesAdded = Map.copyOf(classesAdded);
    }

    /** No script: nothing changed. */
    static ScriptedStyle none() {
        return new ScriptedStyle(List.of(), Map.of());
    }

    /** What the page's inline scripts do, as rules and classes. */
    static ScriptedStyle of(Document page) {
        List<String> rules = new ArrayList<>();
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        for (Element script : page.select("script")) {
            String js = script.data();
            Matcher m = INSERT_RULE.matcher(js);
            while (m.find()) {
                rules.add(JsString.value(m.group(2)));
            }
            m = ADD_RULE.matcher(js);
            while (m.find()) {
                rules.add(JsString.value(m.group(2)) + "{" + JsString.value(m.group(4)) + "}");
            }
            m = FOUND.matcher(js);
            while (m.find()) {
                String target = selector(m);
                String after = js.substring(m.end(), Math.min(js.length(), m.end() + 240));
                Matcher does;
                if ((does = STYLE_PROPERTY.matcher(after)).find()) {
                    rules.add(target + "{" + kebab(does.group(1)) + ":" + JsString.value(does.group(3)) + "}");
                } else if ((does = STYLE_TEXT.matcher(after)).find()) {
                    String css = JsString.value(does.group(2));
                    rules.add(target + "{" + (css.contains(":") ? css : "display:none") + "}");
                } else if ((does = CLASS_ADDED.matcher(after)).find()) {
                    for (String name : JsString.value(does.group(4)).strip().split("\\s+")) {
                        if (!name.isEmpty()) {
                            classes.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(target);
                        }
                    }
                } else if (CHANGED.matcher(after).find()) {
                    rules.add(target + "{display:none}");
                }
            }
        }
        return new ScriptedStyle(rules, classes);
    }

    /** A selector's text with each class a script adds, on the elements it adds it to, in place of {@code .class}. */
    String withClassesAdded(String selectors) {
        String out = selectors;
        for (Map.Entry<String, Set<String>> added : classesAdded.entrySet()) {
            out = out.replaceAll("\\." + Pattern.quote(added.getKey()) + "(?![-\\w])",
                    Matcher.quoteReplacement(":is(" + String.join(", ", added.getValue()) + ")"));
        }
        return out;
    }

    /** The quote-and-text fragment of {@link JsString#QUOTED} with its back-reference renumbered to group {@code quote}. */
    private static String quoted(int quote) {
        return JsString.QUOTED.replace("\\1", "\\" + quote);
    }

    /** The element a match found, as a selector: {@code [id="…"]}, the selector given, {@code .class}, {@code body}. */
    private static String selector(Matcher m) {
        if (m.group(2) != null) {
            return "[id=\"" + JsString.value(m.group(2)).replace("\"", "\\\"") + "\"]";
        }
        if (m.group(4) != null) {
            return JsString.value(m.group(4));
        }
        if (m.group(6) != null) {
            return "." + JsString.value(m.group(6)).strip().replaceAll("\\s+", ".");
        }
        if (m.group(8) != null) {
            return JsString.value(m.group(8));
        }
        return m.group(9).equals("body") ? "body" : "html";
    }

    /** {@code backgroundColor} → {@code background-color}; {@code webkitTextFillColor} → {@code -webkit-text-fill-color}. */
    private static String kebab(String property) {
        String css = property.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return css.startsWith("webkit-") ? "-" + css : css;
    }
}
