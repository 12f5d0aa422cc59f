package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The styles a page's inline scripts set as it loads, written as CSS: a rule inserted into a sheet
 * ({@code sheet.insertRule(".old{display:none}")}, {@code addRule}) and a property set on an element
 * found by id or selector ({@code document.getElementById("o1").style.display = "none"}, {@code
 * .style.cssText}, {@code setAttribute("style", …)}). This reader runs no script: whether the script runs,
 * and when, is not known, so what these rules would change is in doubt, as for a sheet a script adds.
 */
final class ScriptedStyle {

    private static final Pattern INSERT_RULE = Pattern.compile("\\.insertRule\\(\\s*" + JsString.QUOTED);
    private static final Pattern ADD_RULE = Pattern.compile("\\.addRule\\(\\s*" + JsString.QUOTED + "\\s*,\\s*([\"'`])((?:\\\\.|(?!\\3).)*)\\3");
    /** An element found by id or by selector ({@code querySelector(…)}, {@code querySelectorAll(…)[0]}). */
    private static final String FOUND = "(?:getElementById\\(\\s*" + JsString.QUOTED + "\\s*\\)|querySelector(?:All)?\\(\\s*([\"'`])((?:\\\\.|(?!\\3).)*)\\3\\s*\\)(?:\\[\\d+\\])?)";
    private static final Pattern STYLE_PROPERTY = Pattern.compile(FOUND + "\\s*\\.style\\.([A-Za-z]+)\\s*=\\s*([\"'`])((?:\\\\.|(?!\\6).)*)\\6");
    private static final Pattern STYLE_TEXT = Pattern.compile(FOUND
            + "\\s*(?:\\.style\\.cssText\\s*=\\s*|\\.setAttribute\\(\\s*[\"']style[\"']\\s*,\\s*)([\"'`])((?:\\\\.|(?!\\5).)*)\\5");

    private ScriptedStyle() {
    }

    /** The rules the page's inline scripts set, each as CSS text. */
    static List<String> rules(Document page) {
        List<String> out = new ArrayList<>();
        for (Element script : page.select("script")) {
            String js = script.data();
            Matcher m = INSERT_RULE.matcher(js);
            while (m.find()) {
                out.add(JsString.value(m.group(2)));
            }
            m = ADD_RULE.matcher(js);
            while (m.find()) {
                out.add(JsString.value(m.group(2)) + "{" + JsString.value(m.group(4)) + "}");
            }
            m = STYLE_PROPERTY.matcher(js);
            while (m.find()) {
                out.add(selector(m) + "{" + kebab(m.group(5)) + ":" + JsString.value(m.group(7)) + "}");
            }
            m = STYLE_TEXT.matcher(js);
            while (m.find()) {
                out.add(selector(m) + "{" + JsString.value(m.group(6)) + "}");
            }
        }
        return out;
    }

    /** The element a match found, as a selector: {@code #id} (escaped as CSS needs) or the selector given. */
    private static String selector(Matcher m) {
        return m.group(2) != null ? "[id=\"" + JsString.value(m.group(2)).replace("\"", "\\\"") + "\"]" : JsString.value(m.group(4));
    }

    /** {@code backgroundColor} → {@code background-color}; {@code webkitTextFillColor} → {@code -webkit-text-fill-color}. */
    private static String kebab(String property) {
        String css = property.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return css.startsWith("webkit-") ? "-" + css : css;
    }
}
