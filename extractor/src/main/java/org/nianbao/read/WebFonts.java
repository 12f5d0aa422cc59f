package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The web fonts a page loads ({@code @font-face}) and which of them draws the digits of text set in a
 * {@code font-family} list. Chromium draws each character in the first family listed that has it: a
 * web font whose rules cover digits ({@code unicode-range}) and whose map holds them draws them; a
 * generic family ({@code sans-serif}) draws them as written and ends the search. A named family that
 * is no web font of the page is an installed font, which draws digits as written where the reader's
 * machine has it: a web font after it that draws other digits (or cannot be checked) leaves them in doubt.
 * Of a family in several faces ({@code @font-face} rules of one family and other weights or styles), the
 * face is chosen by weight and style as CSS matches them: a family whose bold face alone lies draws
 * regular digits as written. Fonts are opened and judged the first time their digits are asked about
 * ({@link WebFontDigits}).
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
     * What draws the digits of text whose {@code font-family} is {@code list} (as computed, lower-cased),
     * in {@code weight} ({@code font-weight}, {@link #UNKNOWN} when it cannot be computed) and
     * {@code italic} style, with the layout features {@code features} turned on by the page's CSS
     * ({@link WebFontDigits.Alternated#under}): {@link WebFontDigits.Honest} when no web font of the page
     * does, or the one that does draws them as written.
     */
    WebFontDigits digits(String list, int weight, boolean italic, Set<String> features) {
        return byList.computeIfAbsent(list + "\u0000" + weight + "\u0000" + italic + "\u0000" + new TreeSet<>(features),
                k -> firstDrawing(list, weight, italic, features));
    }

    /** A weight that cannot be computed (a {@code var()} left over, a value not understood). */
    static final int UNKNOWN = -1;

    private WebFontDigits firstDrawing(String list, int weight, boolean italic, Set<String> features) {
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
            WebFontDigits d = weight == UNKNOWN ? anyFace(family, rules, italic, features)
                    : drawing(matched(rules, weight, italic), features);
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
        return new WebFontDigits.Honest();
    }

    /**
     * The digits of a face of unknown weight: those all its faces of the style agree on, else doubted
     * (which face draws them cannot be told).
     */
    private WebFontDigits anyFace(String family, List<FontFace> rules, boolean italic, Set<String> features) {
        Map<Integer, WebFontDigits> byWeight = new TreeMap<>();
        for (FontFace f : rules) {
            int w = f.lightest();
            byWeight.computeIfAbsent(w, k -> drawing(matched(rules, k, italic), features));
        }
        List<WebFontDigits> verdicts = byWeight.values().stream().distinct().toList();
        if (verdicts.size() == 1) {
            return verdicts.get(0);
        }
        return new WebFontDigits.Doubted("the web font \"" + family + "\" in a weight that cannot be computed, whose"
                + " faces draw digits differently: which digit each character draws is not known");
    }

    /**
     * Of the faces with the descriptors matched, the last rule covering digits that has some: it draws
     * them, with the layout features turned on.
     */
    private WebFontDigits drawing(List<FontFace> matched, Set<String> features) {
        for (int i = matched.size() - 1; i >= 0; i--) {
            FontFace face = matched.get(i);
            if (!face.digits()) {
                continue;
            }
            WebFontDigits d = judged.computeIfAbsent(face, f -> WebFontDigits.of(f, local));
            if (d instanceof WebFontDigits.Alternated a) {
                return a.under(features);
            }
            if (!(d instanceof WebFontDigits.Absent)) {
                return d;
            }
        }
        return new WebFontDigits.Absent();
    }

    /**
     * The faces of a family that text of {@code weight} and style is drawn in, as CSS Fonts 4's font
     * matching chooses them (section "Font style matching", then "Font weight matching"): the style asked
     * for if a face has it; then a face whose weight range holds the weight; else for 400–500 the nearest
     * heavier up to 500, then lighter, then heavier; below 400 the nearest lighter, then heavier; above
     * 500 the nearest heavier, then lighter (so a bold figure takes the family's 700 face, regular text its
     * 400 face). All the rules with the descriptors chosen are returned, in the page's order.
     */
    static List<FontFace> matched(List<FontFace> rules, int weight, boolean italic) {
        List<FontFace> styled = rules.stream().filter(f -> f.italic() == italic).toList();
        List<FontFace> pool = styled.isEmpty() ? rules : styled;
        long best = Long.MAX_VALUE;
        for (FontFace f : pool) {
            best = Math.min(best, rank(f, weight));
        }
        final long chosen = best;
        return pool.stream().filter(f -> rank(f, weight) == chosen).toList();
    }

    /** How far down CSS's weight order a face is for {@code weight}: 0 when its range holds it. */
    private static long rank(FontFace f, int weight) {
        int w = Math.max(f.lightest(), Math.min(f.heaviest(), weight)); // the face's weight nearest the one asked
        if (w == weight) {
            return 0;
        }
        long tier;
        if (weight >= 400 && weight <= 500) {
            tier = w > weight && w <= 500 ? 1 : w < weight ? 2 : 3;
        } else if (weight < 400) {
            tier = w < weight ? 1 : 2;
        } else {
            tier = w > weight ? 1 : 2;
        }
        return tier * 10_000 + Math.abs(w - weight);
    }
}
