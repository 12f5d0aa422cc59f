package org.nianbao.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether browsers apply the style sheet a {@code <link>} names to the screen. This reader runs no
 * script, but the asynchronous-loading idioms that page-speed tools and site templates put in every
 * page are fixed text whose effect is known: {@code media="print" onload="this.media='all'"} (the
 * sheet loads as a print sheet, then applies to the screen) and loadCSS's {@code rel="preload"
 * as="style" onload="this.rel='stylesheet'"}. Read as print-only or as no sheet at all, a sheet that
 * hides a stale digit was left out and the digit read (red team 15a). A disabled or print-only link
 * that a script of the page names may be switched on by it: its rules' effects are in doubt.
 */
enum LinkedSheet {
    /** Applied to the screen. */
    APPLIED,
    /** Not applied (not a style sheet, an alternate or disabled one, print only) and no script names it. */
    NOT_APPLIED,
    /** Not applied as the page stands, but a script of the page names it and may switch it on. */
    SWITCHED_BY_SCRIPT;

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
        if (!rel.contains("stylesheet") || rel.contains("alternate")) {
            return NOT_APPLIED;
        }
        // a disabled link (a switchable "care mode" sheet, say) is not applied by browsers
        if (!link.hasAttr("disabled") && StyleSheet.appliesToScreen(media)) {
            return APPLIED;
        }
        return namedByScript(link, page) ? SWITCHED_BY_SCRIPT : NOT_APPLIED;
    }

    /** Whether an inline script of the page names the link by its id or its address. */
    private static boolean namedByScript(Element link, Document page) {
        String id = link.id();
        String href = link.attr("href").strip();
        return page.select("script").stream().map(Element::data).anyMatch(js -> !id.isEmpty() && js.contains(id)
                || !href.isEmpty() && js.contains(href));
    }
}
