package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A piece of code a page runs as it loads, with the name an auditor finds it by in the page's source: a
 * {@code <script>} by its place among the page's scripts and its first line ({@code <script> #2 "var t =
 * document.getElementsByTagName('table')[0];"}), a handler attribute by its element ({@code <body onload="…">}),
 * a {@code javascript:} address by its element.
 */
record PageScript(String code, String name) {

    /** An event-handler attribute whose code runs as the page loads, with no one acting on it. */
    private static final Pattern LOAD_HANDLER = Pattern.compile("(?i)on(?:load|error|pageshow|readystatechange)");
    /** How much of a script's first line a name quotes. */
    private static final int QUOTED = 60;

    /**
     * The code the page runs as it loads, in the page's order: its {@code <script>} elements, its load and
     * error handler attributes ({@code <body onload>}, {@code <img onerror>}), its {@code javascript:} sources.
     */
    static List<PageScript> of(Document page) {
        List<PageScript> scripts = new ArrayList<>();
        int n = 0;
        for (Element e : page.getAllElements()) {
            if (e.normalName().equals("script")) {
                n++;
                String src = e.attr("src").strip();
                scripts.add(new PageScript(e.data(), "<script> #" + n + (src.isEmpty() ? "" : " src=\"" + src + "\"")
                        + " \"" + firstLine(e.data()) + "\""));
            }
            for (Attribute a : e.attributes()) {
                String value = a.getValue().strip();
                if (LOAD_HANDLER.matcher(a.getKey()).matches()) {
                    scripts.add(new PageScript(value, "<" + e.normalName() + " " + a.getKey() + "=\"" + firstLine(value) + "\">"));
                } else if (a.getKey().equalsIgnoreCase("src") && value.regionMatches(true, 0, "javascript:", 0, 11)) {
                    scripts.add(new PageScript(value.substring(11), "<" + e.normalName() + " src=\"" + firstLine(value) + "\">"));
                }
            }
        }
        return scripts;
    }

    /** The first line of code that is not blank, cut to {@link #QUOTED} characters. */
    private static String firstLine(String code) {
        String line = code.strip().lines().findFirst().orElse("").strip();
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED) + "…";
    }
}
