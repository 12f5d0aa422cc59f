package org.nianbao.read;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lookups of an OpenType layout table ({@code GSUB} or {@code GPOS}) as the table lists them: which
 * lookups each feature calls and of what type each is (an extension lookup taken for the one it wraps). FontBox
 * applies only a font's single and ligature substitutions and reads no {@code GPOS}; what it does not apply is
 * judged here by whether it can reach a digit's glyph at all ({@link #unapplied}). Read from the table's bytes,
 * as the OpenType specification lays them out; a damaged table throws, which the caller takes as a font it cannot
 * read.
 *
 * @param tag {@code GSUB} or {@code GPOS}
 * @param features each feature's tag and the lookups it calls (a tag under several scripts: all of them)
 * @param lookups each lookup's type and the offsets of its subtables in the table
 */
record LayoutLookups(String tag, Map<String, List<Integer>> features, List<Lookup> lookups, ByteBuffer table) {

    /** One lookup: its type (the wrapped one for an extension) and where its subtables start. */
    record Lookup(int type, List<Integer> subtables) {
    }

    static LayoutLookups of(String tag, byte[] bytes) {
        ByteBuffer t = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        int featureList = u16(t, 6);
        int lookupList = u16(t, 8);
        Map<String, List<Integer>> features = new TreeMap<>();
        for (int i = 0, n = u16(t, featureList); i < n; i++) {
            int record = featureList + 2 + 6 * i;
            String feature = new String(bytes, record, 4, StandardCharsets.ISO_8859_1);
            int table = featureList + u16(t, record + 4);
            List<Integer> called = features.computeIfAbsent(feature, k -> new ArrayList<>());
            for (int j = 0, m = u16(t, table + 2); j < m; j++) {
                called.add(u16(t, table + 4 + 2 * j));
            }
        }
        int extension = tag.equals("GSUB") ? 7 : 9;
        List<Lookup> lookups = new ArrayList<>();
        for (int i = 0, n = u16(t, lookupList); i < n; i++) {
            int lookup = lookupList + u16(t, lookupList + 2 + 2 * i);
            int type = u16(t, lookup);
            List<Integer> subtables = new ArrayList<>();
            for (int j = 0, m = u16(t, lookup + 4); j < m; j++) {
                int sub = lookup + u16(t, lookup + 6 + 2 * j);
                if (type == extension) { // format, the wrapped type, a 32-bit offset from the extension subtable
                    type = u16(t, sub + 2);
                    sub += t.getInt(sub + 4);
                }
                subtables.add(sub);
            }
            lookups.add(new Lookup(type, List.copyOf(subtables)));
        }
        return new LayoutLookups(tag, features, List.copyOf(lookups), t);
    }

    /**
     * What a lookup this reader does not apply can do to the digits' glyphs under the features {@code on}, if
     * anything: in {@code GSUB}, a multiple (2) or reverse chaining (8) substitution covering a digit, or a
     * contextual one (5, 6) where the font has a substitution covering a digit that no feature calls directly
     * (the lookups a contextual rule calls are such: listed, not featured) or that one of {@code on} calls; in
     * {@code GPOS}, any lookup covering a digit (a placement moves it among its neighbours, 958 drawn 859) or a
     * contextual one (7, 8) where one does. Kerning pairs between other glyphs cover no digit: nothing.
     */
    Optional<String> unapplied(Set<Integer> digits, Set<String> on) {
        boolean gsub = tag.equals("GSUB");
        List<Integer> featured = features.values().stream().flatMap(List::stream).toList();
        for (Map.Entry<String, List<Integer>> feature : features.entrySet()) {
            if (!on.contains(feature.getKey())) {
                continue;
            }
            for (int index : feature.getValue()) {
                if (index >= lookups.size()) {
                    continue;
                }
                Lookup l = lookups.get(index);
                boolean contextual = gsub ? l.type() == 5 || l.type() == 6 : l.type() == 7 || l.type() == 8;
                boolean reaches = contextual ? calledReach(digits, featured, on, gsub)
                        : (gsub ? l.type() == 2 || l.type() == 8 : true) && covers(l, digits);
                if (reaches) {
                    return Optional.of(" moves or replaces digit glyphs by a " + (gsub ? "substitution" : "positioning")
                            + " of type " + l.type() + " under its '" + feature.getKey() + "' layout feature (" + tag
                            + "), which browsers apply and this reader does not");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a lookup a contextual one may call (one no feature calls, or one of {@code on} calls) covers a digit. */
    private boolean calledReach(Set<Integer> digits, List<Integer> featured, Set<String> on, boolean gsub) {
        for (int i = 0; i < lookups.size(); i++) {
            int index = i;
            boolean callable = !featured.contains(index) || features.entrySet().stream()
                    .anyMatch(f -> on.contains(f.getKey()) && f.getValue().contains(index));
            int type = lookups.get(i).type();
            boolean direct = gsub ? type >= 1 && type <= 4 : type >= 1 && type <= 6;
            if (callable && direct && covers(lookups.get(i), digits)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lookup's subtables cover a digit glyph: every non-contextual subtable has its coverage at offset 2
     * (for a {@code GPOS} mark attachment, that of the marks moved: a digit only serving as the base a mark is
     * put on is not moved).
     */
    private boolean covers(Lookup l, Set<Integer> digits) {
        for (int sub : l.subtables()) {
            if (covered(sub + u16(table, sub + 2), digits)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a coverage table (format 1, a glyph list; format 2, ranges) holds one of the glyphs. */
    private boolean covered(int coverage, Set<Integer> glyphs) {
        int format = u16(table, coverage);
        int n = u16(table, coverage + 2);
        for (int i = 0; i < n; i++) {
            if (format == 1 && glyphs.contains(u16(table, coverage + 4 + 2 * i))) {
                return true;
            }
            if (format == 2) {
                int start = u16(table, coverage + 4 + 6 * i);
                int end = u16(table, coverage + 6 + 6 * i);
                if (glyphs.stream().anyMatch(g -> g >= start && g <= end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }
}
