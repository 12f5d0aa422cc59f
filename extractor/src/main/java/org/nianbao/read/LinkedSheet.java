package org.nianbao.read;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How browsers apply the style sheet a {@code <link>} names. This reader runs no script, but the
 * asynchronous-loading idioms that page-speed tools and site templates put in every page are fixed
 * text whose effect is known: {@code media="print" onload="this.media='all'"} (the sheet loads as a
 * print sheet, then applies to the screen) and loadCSS's {@code rel="preload" as="style"
 * onload="this.rel='stylesheet'"}. Read as print-only or as no sheet at all, a sheet that hides a
 * stale digit was left out and the digit read (red team 15a). A disabled or print-only link that a
 * script of the page names may be switched on by it: its rules' effects are in doubt.
 *
 * @param media the media the sheet applies to once its {@code onload} has run
 */
record LinkedSheet(Kind kind, String media) {

    enum Kind {
        /** A style sheet for {@link #media}. */
        APPLIED,
        /** Not applied: not a style sheet, an alternate or disabled one, a type other than CSS, print only. */
        NOT_APPLIED,
        /** Not applied as the page stands, but a script of the page names it and may switch it on. */
        SWITCHED_BY_SCRIPT
    }

    private static final Pattern ONLOAD_MEDIA = Pattern.compile("this\\.media='([^']*)'");
    private static final String ONLOAD_STYLESHEET = "this.rel='stylesheet'";

    static LinkedSheet of(Element link, Document page) {
        String onload = link.attr("onload").replaceAll("\\s", "").replace('"', '\'').toLowerCase(Locale.ROOT);
        String rel = link.attr("rel").toLowerCase(Locale.ROOT);
        String media = link.attr("media");
        Matcher switched = ONLOAD_MEDIA.matcher(onload);
        if (switched.find()) {
            media = switched.group(1);
        }
        if (rel.contains("preload") && link.attr("as").equalsIgnoreCase("style") && onload.contains(ONLOAD_STYLESHEET)) {
            rel = "stylesheet";
        }
        if (!rel.contains("stylesheet") || rel.contains("alternate") || !cssType(link.attr("type"))) {
            return new LinkedSheet(Kind.NOT_APPLIED, media);
        }
        // a disabled link (a switchable "care mode" sheet, say) is not applied by browsers
        boolean off = link.hasAttr("disabled") || CssMedia.onScreen(media).equals(Optional.of(false));
        if (!off) {
            return new LinkedSheet(Kind.APPLIED, media);
        }
        return new LinkedSheet(namedByScript(link, page) ? Kind.SWITCHED_BY_SCRIPT : Kind.NOT_APPLIED, media);
    }

    /** A link's {@code type} browsers load as a style sheet: none, or text/css (parameters allowed). */
    private static boolean cssType(String type) {
        String essence = type.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
        return essence.isEmpty() || essence.equals("text/css");
    }

    /**
     * Whether an inline script of the page names the element ({@code <link>} or {@code <style>}) by
     * its id, its address or its title (a style switcher picks sheets by title).
     */
    static boolean namedByScript(Element element, Document page) {
        String id = element.id();
        String href = element.attr("href").strip();
        String title = element.attr("title").strip();
        return page.select("script").stream().map(Element::data).anyMatch(js -> !id.isEmpty() && js.contains(id)
                || !href.isEmpty() && js.contains(href) || !title.isEmpty() && js.contains(title));
    }

    /** A {@code .css} address in quotes, as a script writes it into a {@code <link>} or sets it as one's {@code href}. */
    private static final Pattern SCRIPT_CSS = Pattern.compile("[\"']([^\"'\\s<>]+\\.css(?:[?#][^\"'\\s<>]*)?)[\"'\\\\]");
    /** What a script that adds a style sheet writes: the {@code <link>} markup, or the element it creates. */
    private static final Pattern ADDS_LINK = Pattern.compile("(?i)<link|createElement\\(\\s*[\"']link[\"']");

    /**
     * The addresses of the style sheets the page's inline scripts add ({@code document.write('<link
     * rel="stylesheet" href="a.css">')}, {@code createElement("link")} given an {@code href}) and
     * that no {@code <link>} of the page names already.
     */
    static List<String> writtenByScripts(Document page) {
        Set<String> linked = page.select("link[href]").stream().map(l -> l.attr("href").strip()).collect(Collectors.toSet());
        Set<String> out = new LinkedHashSet<>();
        for (Element script : page.select("script")) {
            String js = script.data();
            if (!ADDS_LINK.matcher(js).find()) {
                continue;
            }
            Matcher css = SCRIPT_CSS.matcher(js);
            while (css.find()) {
                if (!linked.contains(css.group(1))) {
                    out.add(css.group(1));
                }
            }
        }
        return List.copyOf(out);
    }
}
