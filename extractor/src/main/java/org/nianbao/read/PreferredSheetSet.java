package org.nianbao.read;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML's style sheet sets: a {@code <link rel=stylesheet>} or {@code <style>} with a {@code title}
 * belongs to the set of that name, and browsers apply the untitled (persistent) sheets and the
 * preferred set only. The preferred set is named by a {@code <meta http-equiv="Default-Style">},
 * else by the first titled sheet that is not an alternate. A site's "standard / 长者模式 (care mode)"
 * switcher that titles both sheets shows the first one only until a script switches (red team 16a).
 *
 * @param name the preferred set's name; empty when no sheet is titled
 */
record PreferredSheetSet(String name) {

    static PreferredSheetSet of(Document page) {
        for (Element meta : page.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").strip().equalsIgnoreCase("default-style") && !meta.attr("content").isEmpty()) {
                return new PreferredSheetSet(meta.attr("content"));
            }
        }
        for (Element e : page.select("style[title], link[title]")) {
            if (!e.attr("title").isEmpty() && sheet(e)) {
                return new PreferredSheetSet(e.attr("title"));
            }
        }
        return new PreferredSheetSet("");
    }

    /** True when {@code sheet} is titled outside the preferred set: browsers leave it off. */
    boolean excludes(Element sheet) {
        String title = sheet.attr("title");
        return !title.isEmpty() && !title.equals(name);
    }

    /** A titled element that makes a style sheet which is not an alternate (it can name the preferred set). */
    private static boolean sheet(Element e) {
        if (e.normalName().equals("style")) {
            String type = e.attr("type").toLowerCase(Locale.ROOT);
            return type.isEmpty() || type.equals("text/css");
        }
        String rel = e.attr("rel").toLowerCase(Locale.ROOT);
        return rel.contains("stylesheet") && !rel.contains("alternate") && !e.hasAttr("disabled");
    }
}
