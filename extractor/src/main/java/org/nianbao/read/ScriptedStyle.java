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
import org.jsoup.nodes.Attribute;
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
record ScriptedStyle(List<String> rules, Map<String, Set<String>> classesAdded, List<String> revealed) {

    /**
     * An element a script finds: by id, by selector, by class, through jQuery ({@code $(…)}), the page's
     * body or root, or by tag name. Groups: 2 id, 4 selector, 6 class, 8 jQuery selector, 9 body/documentElement,
     * 11 tag name.
     */
    private static final Pattern FOUND = Pattern.compile("(?:getElementById\\(\\s*" + JsString.QUOTED + "\\s*\\)"
            + "|querySelector(?:All)?\\(\\s*" + quoted(3) + "\\s*\\)(?:\\[\\d+\\])?"
            + "|getElementsByClassName\\(\\s*" + quoted(5) + "\\s*\\)(?:\\[\\d+\\])?"
            + "|(?:\\$|jQuery)\\(\\s*" + quoted(7) + "\\s*\\)"
            + "|document\\.(body|documentElement)"
            + "|getElementsByTagName\\(\\s*" + quoted(10) + "\\s*\\)(?:\\[\\d+\\])?)");
    /** A variable the element found is kept in ({@code var o = …}, {@code for (const e of …)}), just before it. */
    private static final Pattern BOUND = Pattern.compile("(?<![.\\w$])([A-Za-z_$][\\w$]*)\\s*(?:(?<![=!<>+*/-])=|\\sof)\\s*(?:[\\w$]+\\.)*$");
    private static final Pattern INSERT_RULE = Pattern.compile("\\.insertRule\\(\\s*" + JsString.QUOTED);
    private static final Pattern ADD_RULE = Pattern.compile("\\.addRule\\(\\s*" + JsString.QUOTED + "\\s*,\\s*" + quoted(3));
    /** A string literal of a script. Groups: 1 quote, 2 text. */
    private static final Pattern LITERAL = Pattern.compile(JsString.QUOTED);
    /** A {@code <style>} a script creates ({@code createElement("style")}), whose CSS text is one of its literals. */
    private static final Pattern CREATES_STYLE = Pattern.compile("createElement\\(\\s*[\"'`]style[\"'`]\\s*\\)");
    private static final Pattern CSS_RULE = Pattern.compile("[^{}]+\\{[^{}]*:[^{}]*}");
    private static final Pattern STYLE_MARKUP = Pattern.compile("(?is)<style\\b[^>]*>(.*?)(?:</style|$)");
    /** The element's own parts a script reaches through it ({@code .parentNode}, {@code .rows[2].cells[3]}). */
    private static final String THROUGH = "(?:\\.(?:parentNode|parentElement|rows|cells|children|childNodes|firstChild"
            + "|lastChild|firstElementChild|lastElementChild|nextSibling|previousSibling|nextElementSibling"
            + "|previousElementSibling)(?:\\[[^\\]]{0,20}\\])?)*";
    /** What is done to the element found, read from just after it. Groups: 1/2 property, 4 value. */
    private static final Pattern STYLE_PROPERTY = Pattern.compile("^\\s*\\.style(?:\\.([A-Za-z]+)|\\[\\s*[\"']([-A-Za-z]+)[\"']\\s*\\])"
            + "\\s*=\\s*" + quoted(3));
    private static final Pattern STYLE_TEXT = Pattern.compile(
            "^\\s*(?:\\.style\\.cssText\\s*\\+?=\\s*|\\.setAttribute\\(\\s*[\"']style[\"']\\s*,\\s*|\\.css\\(\\s*)" + quoted(1));
    private static final Pattern CLASS_ADDED = Pattern.compile("^\\s*(?:\\.classList\\.(?:add|toggle|replace)\\(\\s*"
            + "(?:" + quoted(1) + "\\s*,\\s*)?|\\.className\\s*\\+?=\\s*|\\.setAttribute\\(\\s*[\"']class[\"']\\s*,\\s*"
            + "|\\.(?:addClass|toggleClass)\\(\\s*)" + quoted(3));
    /** A class made from the element's own by {@code replace()} (the no-js idiom). Groups: 2 text or 3 pattern replaced, 5 new. */
    private static final Pattern CLASS_REPLACED = Pattern.compile("^\\s*\\.className\\s*=\\s*[^;]{0,160}?\\.replace\\(\\s*(?:"
            + quoted(1) + "|/((?:\\\\.|[^/\\n])*)/[a-z]*)\\s*,\\s*" + quoted(4));
    /** A class taken from the element: the rules naming it may stop styling it. Groups: 2 classes. */
    private static final Pattern CLASS_REMOVED = Pattern.compile("^\\s*\\.(?:classList\\.remove|removeClass)\\(\\s*" + quoted(1));
    /** The element shown: what hides it in the markup or the sheet may be undone. */
    private static final Pattern SHOWN = Pattern.compile("^\\s*\\.(?:hidden\\s*=\\s*(?:false|0|null|[\"'`]{2})"
            + "|removeAttribute\\(\\s*[\"'`](?:hidden|style|class)[\"'`]|show\\(|fadeIn\\(|slideDown\\(|toggle\\(\\s*\\))");
    /**
     * A cell or row reached through a table or its rows ({@code t.rows[2].cells[3]}) rewritten, removed or hidden:
     * a row's shading or a stripe's colour is not a change of what it shows.
     */
    private static final Pattern PART_CHANGED = Pattern.compile("^\\s*" + THROUGH.replace(")*", ")+")
            + "\\.(?:remove\\(|textContent\\s*=|innerText\\s*=|innerHTML\\s*=|outerHTML\\s*=|replaceWith\\(|hidden\\s*="
            + "|style\\.(?:display|visibility|color|opacity|fontSize)\\s*=|style\\.cssText|removeChild\\(|deleteRow\\(|deleteCell\\()");
    /** The element hidden, emptied, replaced or removed, directly or for each element found. */
    private static final Pattern CHANGED = Pattern.compile("^\\s*(?:\\.forEach\\([^;]{0,120}?)?(?:\\.parent(?:Node|Element))?"
            + "\\.(?:hidden\\s*=|remove\\(|removeChild\\(|textContent\\s*=|innerText\\s*=|innerHTML\\s*=|outerHTML\\s*=|replaceWith\\(|"
            + "hide\\(|fadeOut\\(|slideUp\\(|empty\\(|detach\\(|text\\(\\s*[\"'`]|html\\(\\s*[\"'`]|style\\.|style\\[|"
            + "setAttribute\\(\\s*[\"'`]hidden)");
    /** An event-handler attribute whose code runs as the page loads, with no one acting on it. */
    private static final Pattern LOAD_HANDLER = Pattern.compile("(?i)on(?:load|error|pageshow|readystatechange)");
    /**
     * The start of a handler of an event that needs a reader's act (a click, a key, the mouse): what it does
     * is not on the page as printed or first shown, so it is not read.
     */
    private static final Pattern USER_EVENT = Pattern.compile("(?:addEventListener\\(\\s*[\"'`]|\\.on\\(\\s*[\"'`]|\\.on)"
            + "(?:click|dblclick|contextmenu|mouse\\w*|pointer\\w*|touch\\w*|key\\w*|focus\\w*|blur|change|input|submit"
            + "|scroll|resize|wheel|drag\\w*|drop|hover|toggle)\\b"
            + "|\\.(?:click|dblclick|hover|mouseenter|mouseleave|mouseover|mouseout|keyup|keydown|submit|change)\\(\\s*function");

    ScriptedStyle {
        rules = List.copyOf(rules);
        classesAdded = Map.copyOf(classesAdded);
        revealed = List.copyOf(revealed);
    }

    /** No script: nothing changed. */
    static ScriptedStyle none() {
        return new ScriptedStyle(List.of(), Map.of(), List.of());
    }

    /**
     * What the page's scripts do as it loads, as rules, classes and elements shown: the code of its
     * {@code <script>} elements, of its load and error handler attributes ({@code <body onload>},
     * {@code <img onerror>}) and of {@code javascript:} addresses it loads ({@code src}); not what a handler
     * of a click, key or mouse event would do.
     */
    static ScriptedStyle of(Document page) {
        List<String> rules = new ArrayList<>();
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        List<String> revealed = new ArrayList<>();
        List<String> code = code(page);
        String all = String.join("\n", code);
        for (String each : code) {
            String js = withoutUncalledFunctions(withoutUserEvents(each), all);
            Matcher m = INSERT_RULE.matcher(js);
            while (m.find()) {
                rules.add(JsString.value(m.group(2)));
            }
            m = ADD_RULE.matcher(js);
            while (m.find()) {
                rules.add(JsString.value(m.group(2)) + "{" + JsString.value(m.group(4)) + "}");
            }
            rules.addAll(createdStyles(js));
            m = FOUND.matcher(js);
            while (m.find()) {
                String target = selector(m);
                changes(js.substring(m.end(), Math.min(js.length(), m.end() + 240)), target, rules, classes, revealed);
                Matcher bound = BOUND.matcher(js.substring(Math.max(0, m.start() - 60), m.start()));
                if (bound.find()) {
                    // the element kept in a variable: what is done to it through the variable, later on
                    Matcher use = Pattern.compile("(?<![.\\w$])" + Pattern.quote(bound.group(1)) + "(?:\\[[^\\]]{0,20}\\])?(?![\\w$])")
                            .matcher(js);
                    use.region(m.end(), js.length());
                    while (use.find()) {
                        changes(js.substring(use.end(), Math.min(js.length(), use.end() + 240)), target, rules, classes, revealed);
                    }
                }
            }
        }
        return new ScriptedStyle(rules, classes, revealed);
    }

    /** Reads what the code just after an element found ({@code after}) does to it. */
    private static void changes(String after, String target, List<String> rules, Map<String, Set<String>> classes,
            List<String> revealed) {
        Matcher does;
        if ((does = STYLE_PROPERTY.matcher(after)).find()) {
            String property = does.group(1) != null ? kebab(does.group(1)) : does.group(2).toLowerCase(Locale.ROOT);
            String value = JsString.value(does.group(4)).strip();
            if (value.isEmpty() || !(value.equals("none") || value.equals("hidden"))
                    && (property.equals("display") || property.equals("visibility"))) {
                revealed.add(target); // a style cleared, or the element shown: what hid it may be undone
            }
            if (!value.isEmpty()) {
                rules.add(target + "{" + property + ":" + value + "}");
            }
        } else if ((does = STYLE_TEXT.matcher(after)).find()) {
            String css = JsString.value(does.group(2));
            rules.add(target + "{" + (css.contains(":") ? css : "display:none") + "}");
            revealed.add(target); // the inline style replaced: what it hid may show
        } else if ((does = CLASS_ADDED.matcher(after)).find()) {
            changed(classes, JsString.value(does.group(4)), target);
        } else if ((does = CLASS_REPLACED.matcher(after)).find()) {
            changed(classes, does.group(2) != null ? JsString.value(does.group(2)) : does.group(3).replace("\\b", " "), target);
            changed(classes, JsString.value(does.group(5)), target);
        } else if ((does = CLASS_REMOVED.matcher(after)).find()) {
            changed(classes, JsString.value(does.group(2)), target);
            revealed.add(target);
        } else if (SHOWN.matcher(after).find()) {
            revealed.add(target);
        } else if (CHANGED.matcher(after).find()) {
            rules.add(target + "{display:none}");
        } else if (PART_CHANGED.matcher(after).find()) {
            // which cell is not worked out: every cell of what was found may be the one changed
            rules.add(target + " td, " + target + " th{display:none}");
        }
    }

    /** Notes each class name in {@code names} as one a script gives or takes from the elements {@code target} selects. */
    private static void changed(Map<String, Set<String>> classes, String names, String target) {
        for (String name : names.split("[^-\\w]+")) {
            if (!name.isEmpty()) {
                classes.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(target);
            }
        }
    }

    /** The CSS text of the {@code <style>} elements a script creates or writes as markup. */
    private static List<String> createdStyles(String js) {
        boolean creates = CREATES_STYLE.matcher(js).find();
        List<String> css = new ArrayList<>();
        Matcher literal = LITERAL.matcher(js);
        while (literal.find()) {
            String text = JsString.value(literal.group(2));
            Matcher markup = STYLE_MARKUP.matcher(text);
            while (markup.find()) {
                css.add(markup.group(1));
            }
            if (creates && CSS_RULE.matcher(text).find() && !text.contains("<")) {
                css.add(text);
            }
        }
        return css;
    }

    /** The code the page runs as it loads: its scripts, its load and error handlers, its {@code javascript:} sources. */
    private static List<String> code(Document page) {
        List<String> code = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (e.normalName().equals("script")) {
                code.add(e.data());
            }
            for (Attribute a : e.attributes()) {
                String value = a.getValue().strip();
                if (LOAD_HANDLER.matcher(a.getKey()).matches()) {
                    code.add(value);
                } else if (a.getKey().equalsIgnoreCase("src") && value.regionMatches(true, 0, "javascript:", 0, 11)) {
                    code.add(value.substring(11));
                }
            }
        }
        return code;
    }

    /**
     * The code with the bodies of the functions nothing in {@code all} (the page's load-time code) names
     * blanked out: a function only a click on a link or button calls ({@code onclick="share()"}) does not run
     * as the page loads.
     */
    static String withoutUncalledFunctions(String js, String all) {
        StringBuilder out = new StringBuilder(js);
        Matcher function = FUNCTION.matcher(js);
        while (function.find()) {
            int close = closing(js, function.end() - 1);
            String name = function.group(1);
            String rest = all.replace(js.substring(function.start(), Math.min(close + 1, js.length())), "");
            if (!Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(rest).find()) {
                blank(out, function.end(), close);
            }
        }
        return out.toString();
    }

    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s+([A-Za-z_$][\\w$]*)\\s*\\([^)]*\\)\\s*\\{");

    /** Where the block opened at {@code open} closes (the end of the code when it does not). */
    private static int closing(String js, int open) {
        int depth = 0;
        for (int i = open; i < js.length(); i++) {
            char c = js.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return js.length();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < Math.min(to, out.length()); i++) {
            out.setCharAt(i, ' ');
        }
    }

    /** The code with the bodies of click, key and mouse handlers blanked out. */
    static String withoutUserEvents(String js) {
        StringBuilder out = new StringBuilder(js);
        Matcher handler = USER_EVENT.matcher(js);
        int from = 0;
        while (from < js.length() && handler.find(from)) {
            int open = js.indexOf('{', handler.end());
            if (open < 0) {
                break;
            }
            int close = closing(js, open);
            blank(out, open + 1, close);
            from = Math.min(close + 1, js.length());
        }
        return out.toString();
    }

    /** A selector's text with each class a script adds, on the elements it adds it to, in place of {@code .class}. */
    String withClassesAdded(String selectors) {
        String out = selectors;
        for (Map.Entry<String, Set<String>> added : classesAdded.entrySet()) {
            // a class taken away (or given) also changes what :not(.class) selects
            out = out.replaceAll(":not\\(\\s*\\." + Pattern.quote(added.getKey()) + "\\s*\\)",
                    Matcher.quoteReplacement(":is(" + String.join(", ", added.getValue()) + ")"));
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
        if (m.group(11) != null) {
            return JsString.value(m.group(11)).strip();
        }
        return m.group(9).equals("body") ? "body" : "html";
    }

    /** {@code backgroundColor} → {@code background-color}; {@code webkitTextFillColor} → {@code -webkit-text-fill-color}. */
    private static String kebab(String property) {
        String css = property.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return css.startsWith("webkit-") ? "-" + css : css;
    }
}
