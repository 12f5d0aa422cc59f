package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web fonts a page loads ({@code @font-face}) and which of them draws the digits of text set in a
 * {@code font-family} list. Chromium draws each character in the first family listed that has it: a
 * web font whose rules cover digits ({@code unicode-range}) and whose map holds them draws them; a
 * generic family ({@code sans-serif}) draws them as written and ends the search. A named family that
 * is no web font of the page is an installed font, which draws digits as written where the reader's
 * machine has it: a web font after it that draws other digits (or cannot be checked) leaves them in doubt.
 * Fonts are opened and judged the first time their digits are asked about ({@link WebFontDigits}).
 */
final class WebFonts {

    /** The families every browser has: one listed draws what the families before it lack. */
    private static final Set<String> GENERIC = Set.of("serif", "sans-serif", "monospace", "cursive", "fantasy",
            "system-ui", "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", "math", "emoji", "fangsong");

    private final Map<String, List<FontFace>> faces = new LinkedHashMap<>();
    private final LocalSheets local;
    private final Map<FontFace, WebFontDigits> judged = new IdentityHashMap<>();
    private final Map<String, WebFontDigits> byList = new HashMap<>();

    WebFonts(List<FontFace> faces, LocalSheets local) {
        this.local = local;
        for (FontFace f : faces) {
            this.faces.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(f);
        }
    }

    /** Whether the page loads any web font that may draw digits. */
    boolean any() {
        return faces.values().stream().flatMap(List::stream).anyMatch(FontFace::digits);
    }

    /**
     * What draws the digits of text whose {@code font-family} is {@code list} (as computed, lower-cased):
     * {@link WebFontDigits.Honest} when no web font of the page does, or the one that does draws them
     * as written.
     */
    WebFontDigits digits(String list) {
        return byList.computeIfAbsent(list, this::firstDrawing);
    }

    private WebFontDigits firstDrawing(String list) {
        List<String> before = new ArrayList<>(); // installed fonts listed first: the reader's machine may lack them
        for (String item : CssValue.splitTopLevel(list)) {
            String family = FontFace.unquoted(item);
            List<FontFace> rules = faces.get(family);
            if (rules == null) {
                if (GENERIC.contains(family)) {
                    return new WebFontDigits.Honest(); // every browser has it: drawn as written
                }
                before.add(family);
                continue;
            }
            // the last rule of a family wins for the characters it covers (faces of other weights are alike here)
            for (int i = rules.size() - 1; i >= 0; i--) {
                FontFace face = rules.get(i);
                if (!face.digits()) {
                    continue;
                }
                WebFontDigits d = judged.computeIfAbsent(face, f -> WebFontDigits.of(f, local));
                if (d instanceof WebFontDigits.Absent) {
                    continue;
                }
                if (before.isEmpty() || d instanceof WebFontDigits.Honest) {
                    return d;
                }
                // a machine with one of the fonts before it draws the digits as written, one without draws them so
                String why = d instanceof WebFontDigits.Reread r ? r.why() : ((WebFontDigits.Doubted) d).why();
                return new WebFontDigits.Doubted("\"" + String.join("\", \"", before) + "\" where installed, else "
                        + why);
            }
        }
        return new WebFontDigits.Honest();
    }
}
