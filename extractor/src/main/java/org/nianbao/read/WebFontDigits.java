package org.nianbao.read;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.nianbao.read.pdf.FontDigits;

/**
 * What a page's web font ({@code @font-face}) draws for the digits of the text set in it. A web
 * font's character map decides which glyph each character gets, and a site can ship one whose map
 * gives {@code 8} the glyph of a 9 (字体反爬, "font anti-scraping"; an icon font applied to figures does
 * the same): the page's source then holds other digits than the reader sees. The font file is read
 * where the page carries it ({@code data:} URL) or keeps it beside itself; its digit glyphs' outlines are
 * judged against reference digits as a PDF's are ({@link FontDigits}, docs/invariant.md "Digits the page
 * draws"). A font this reader cannot open (on the network, damaged) cannot be checked.
 */
sealed interface WebFontDigits {

    /** The font draws the digits its map gives (judged so by their shapes). */
    record Honest() implements WebFontDigits {
    }

    /** The font has no digit in its map (an icon font, a heading font subset to its words): the next family draws them. */
    record Absent() implements WebFontDigits {
    }

    /**
     * The font's map is proved to give its digits other glyphs' digits; the digits drawn are read.
     *
     * @param drawn the digit drawn for each digit character (by Unicode) the map misgives
     */
    record Reread(Map<Integer, Integer> drawn, String why) implements WebFontDigits {
        public Reread {
            drawn = Map.copyOf(drawn);
        }

        /** {@code text} as drawn: each misgiven digit replaced by the one its glyph shows, in the same width. */
        String shown(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                Integer d = drawn.get(c);
                out.appendCodePoint(d == null ? c : (c >= 0xFF10 ? 0xFF10 : '0') + d);
            });
            return out.toString();
        }
    }

    /** What the font draws for digits is not known: the text set in it is in doubt. */
    record Doubted(String why) implements WebFontDigits {
    }

    /**
     * The font's map draws the digits it gives, but layout features browsers apply only when the page's
     * CSS asks for them ({@code font-variant-numeric:tabular-nums} is {@code tnum}) substitute other
     * glyphs for them ({@link #under}).
     *
     * @param name the font, as a finding names it
     * @param swaps each feature that draws a digit otherwise: what it does
     */
    record Alternated(String name, Map<String, String> swaps) implements WebFontDigits {
        public Alternated {
            swaps = Map.copyOf(swaps);
        }

        /**
         * What is drawn with the features {@code on} ({@link #ANY_FEATURE} for features the page names in a
         * way not worked out): in doubt when one of them draws a digit otherwise, else as written.
         */
        WebFontDigits under(Set<String> on) {
            for (Map.Entry<String, String> swap : new TreeMap<>(swaps).entrySet()) { // the first by name, every run
                if (on.contains(swap.getKey()) || on.contains(ANY_FEATURE)) {
                    return new Doubted(name + swap.getValue() + ", which the page's CSS turns on: which digit each"
                            + " character draws is not known");
                }
            }
            return new Honest();
        }
    }

    /** Stands for features a page turns on by a name this reader cannot resolve ({@code styleset(nice)}). */
    String ANY_FEATURE = "*";

    /** The digit characters a map may give a glyph: ASCII and full-width. */
    String DIGITS = "0123456789０１２３４５６７８９";

    /** Judges the first of the face's sources this reader can open; never throws. */
    static WebFontDigits of(FontFace face, LocalSheets local) {
        String name = "the web font \"" + face.family() + "\"";
        for (String src : face.sources()) {
            Optional<byte[]> file = DataSheet.is(src) ? DataSheet.bytes(src, LocalSheets.MAX_FONT_BYTES)
                    : local.font(src, face.folder());
            if (file.isPresent()) {
                return judged(name, face.family(), file.get());
            }
        }
        String first = face.sources().get(0);
        return new Doubted(name + " (" + (DataSheet.is(first) ? "a data: URL that does not decode"
                : first + ", " + local.whyUnread(first)) + "), which this reader cannot open: which digit each"
                + " character draws is not known");
    }

    /** Judges a font file's digits. */
    private static WebFontDigits judged(String name, String face, byte[] file) {
        int signature = Woff.signature(file);
        byte[] sfnt = file;
        if (signature == Woff2.SIGNATURE) {
            Woff2.Unpacked unpacked = Woff2.unpacked(file, LocalSheets.MAX_FONT_BYTES);
            if (unpacked instanceof Woff2.Unpacked.Refused r) {
                return new Doubted(name + ", " + r.why() + ": which digit each character draws is not known");
            }
            sfnt = ((Woff2.Unpacked.Font) unpacked).sfnt();
        } else if (signature == Woff.WOFF) {
            sfnt = Woff.unpacked(file, LocalSheets.MAX_FONT_BYTES).orElse(null);
            if (sfnt == null) {
                return new Doubted(name + ", a damaged WOFF file: which digit each character draws is not known");
            }
        }
        try (TrueTypeFont font = Woff.signature(sfnt) == 0x4F54544F // OTTO: CFF outlines
                ? new OTFParser().parse(new RandomAccessReadBuffer(sfnt))
                : new TTFParser().parse(new RandomAccessReadBuffer(sfnt))) {
            List<CmapSubtable> maps = unicodeMaps(font);
            Optional<String> disagreement = disagreement(maps);
            if (disagreement.isPresent()) {
                return new Doubted(name + disagreement.get() + ": which digit each character draws is not known");
            }
            CmapLookup map = maps.isEmpty() ? font.getUnicodeCmapLookup(false) : maps.get(0);
            Map<Integer, GeneralPath> outlines = new TreeMap<>();
            Map<Integer, Integer> glyphs = new TreeMap<>(); // glyph id -> the digit character mapped to it
            StringBuilder blank = new StringBuilder();
            for (int i = 0; i < DIGITS.length(); i++) {
                int c = DIGITS.charAt(i);
                int gid = map == null ? 0 : map.getGlyphId(c);
                if (gid <= 0) {
                    continue; // not in the font: the next family draws it
                }
                glyphs.put(gid, c);
                GeneralPath outline = outline(font, gid);
                if (outline == null || outline.getBounds2D().isEmpty()) {
                    blank.appendCodePoint(c);
                } else {
                    outlines.put(c, outline);
                }
            }
            if (!blank.isEmpty()) {
                return new Doubted(name + " draws no shape for '" + blank + "'");
            }
            if (outlines.isEmpty()) {
                return new Absent();
            }
            FontDigits.Verdict v = FontDigits.judge(face, outlines);
            if (v.why().isEmpty()) {
                Map<String, String> swaps = substituted(font, face, glyphs, outlines);
                for (Map.Entry<String, String> swap : swaps.entrySet()) {
                    if (DEFAULT_FEATURES.contains(swap.getKey())) {
                        return new Doubted(name + swap.getValue() + ", which browsers apply: which digit each"
                                + " character draws is not known");
                    }
                }
                for (String table : List.of("GSUB", "GPOS")) {
                    TTFTable raw = font.getTableMap().get(table);
                    Optional<String> unapplied = raw == null ? Optional.empty()
                            : LayoutLookups.of(table, font.getTableBytes(raw)).unapplied(glyphs.keySet(), DEFAULT_FEATURES);
                    if (unapplied.isPresent()) {
                        return new Doubted(name + unapplied.get() + ": which digit each character draws is not known");
                    }
                }
                return swaps.isEmpty() ? new Honest() : new Alternated(name, swaps);
            }
            return v.proved() ? new Reread(v.drawn(), v.why()) : new Doubted(v.why());
        } catch (IOException | RuntimeException e) {
            return new Doubted(name + ", a font file this reader cannot read (" + e.getMessage()
                    + "): which digit each character draws is not known");
        }
    }

    /**
     * The font's Unicode character maps, the one browsers draw with first: HarfBuzz (Chromium's shaper) takes
     * {@code (3,10)}, {@code (0,6)}, {@code (0,4)}, {@code (3,1)}, {@code (0,3)}, {@code (0,2)}, {@code (0,1)},
     * {@code (0,0)} in that order (hb-ot-cmap-table.hh, find_best_subtable), where FontBox's own pick prefers
     * {@code (0,4)} and {@code (0,3)}: a font whose maps differ would be judged by a map no browser uses.
     */
    private static List<CmapSubtable> unicodeMaps(TrueTypeFont font) throws IOException {
        List<String> order = List.of("3,10", "0,6", "0,4", "3,1", "0,3", "0,2", "0,1", "0,0");
        CmapTable cmap = font.getCmap();
        List<CmapSubtable> maps = new ArrayList<>();
        for (CmapSubtable t : cmap == null || cmap.getCmaps() == null ? new CmapSubtable[0] : cmap.getCmaps()) {
            if (order.contains(t.getPlatformId() + "," + t.getPlatformEncodingId())) {
                maps.add(t);
            }
        }
        maps.sort(Comparator.comparingInt(t -> order.indexOf(t.getPlatformId() + "," + t.getPlatformEncodingId())));
        return maps;
    }

    /**
     * How two of the font's Unicode maps give a digit different glyphs, if they do. Only one map draws, but a
     * font that carries two readings of its digits (字体反爬 rewriting the Windows map and leaving the
     * Unicode-platform one) is not to be read by either: which one a reader, a browser or a PDF printer picks
     * differs between them.
     */
    private static Optional<String> disagreement(List<CmapSubtable> maps) {
        if (maps.isEmpty()) {
            return Optional.empty();
        }
        CmapSubtable first = maps.get(0);
        for (int i = 0; i < DIGITS.length(); i++) {
            int c = DIGITS.charAt(i);
            for (CmapSubtable other : maps) {
                if (first.getGlyphId(c) != other.getGlyphId(c)) {
                    return Optional.of("'s character maps give '" + Character.toString(c) + "' different glyphs (the ("
                            + first.getPlatformId() + "," + first.getPlatformEncodingId() + ") map browsers use glyph "
                            + first.getGlyphId(c) + ", the (" + other.getPlatformId() + ","
                            + other.getPlatformEncodingId() + ") map glyph " + other.getGlyphId(c) + ")");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The features browsers apply without being asked (Chromium's HarfBuzz shaping of horizontal text,
     * {@code rvrn}, the direction's {@code ltra}/{@code ltrm}, {@code rtla}/{@code rtlm} and the positioning ones,
     * {@code kern}, {@code mark}, {@code mkmk}, {@code abvm}, {@code blwm}, {@code curs}, {@code dist}, included: HarfBuzz
     * applies a feature's lookups in both tables): a lookup of one of them that substitutes or moves a digit's
     * glyph changes what is drawn though the map is honest.
     */
    Set<String> DEFAULT_FEATURES = Set.of("ccmp", "locl", "rlig", "calt", "clig", "liga", "rclt", "rvrn", "ltra",
            "ltrm", "rtla", "rtlm", "rand", "kern", "mark", "mkmk", "abvm", "blwm", "curs", "dist");

    /**
     * The features of the font's layout table ({@code GSUB}) that draw a digit otherwise, with what each
     * does: one whose single substitutions, applied to the digits' glyphs, give glyphs judged to be other
     * digits ({@link FontDigits}: a {@code tnum} that swaps 8 and 9; one drawing the same digits in
     * another width, as real tabular figures do, draws nothing otherwise), or that takes a digit into a
     * ligature (not applied here). Empty when none does.
     */
    private static Map<String, String> substituted(TrueTypeFont font, String face, Map<Integer, Integer> glyphs,
            Map<Integer, GeneralPath> outlines) throws IOException {
        Map<String, String> swaps = new TreeMap<>();
        GlyphSubstitutionTable gsub = font.getGsub();
        if (gsub == null) {
            return swaps;
        }
        for (String script : gsub.getSupportedScriptTags()) {
            GsubData data = gsub.getGsubData(script);
            if (data == null) {
                continue;
            }
            for (String feature : data.getSupportedFeatures()) {
                if (swaps.containsKey(feature)) {
                    continue;
                }
                Map<Integer, GeneralPath> drawn = new TreeMap<>(outlines);
                boolean replaced = false;
                String why = null;
                for (List<Integer> input : data.getFeature(feature).getAllGlyphIdsForSubstitution()) {
                    Integer c = input.size() == 1 ? glyphs.get(input.get(0)) : null;
                    Integer digit = input.stream().map(glyphs::get).filter(Objects::nonNull).findFirst().orElse(null);
                    if (c != null) {
                        Integer gid = data.getFeature(feature).getReplacementForGlyphs(input);
                        GeneralPath by = gid == null ? null : outline(font, gid);
                        if (by == null || by.getBounds2D().isEmpty()) {
                            why = " replaces '" + Character.toString(c) + "' by a glyph of no shape";
                        } else {
                            drawn.put(c, by);
                            replaced = true;
                        }
                    } else if (digit != null) {
                        why = " takes '" + Character.toString(digit) + "' into a ligature";
                    }
                }
                if (why == null && replaced) {
                    FontDigits.Verdict v = FontDigits.judge(face, drawn);
                    why = v.why().isEmpty() ? null : v.proved() ? " draws " + drawnAs(v.drawn()) : " draws glyphs not sure"
                            + " to be the digits written";
                }
                why = why == null ? null : why + " by its '" + feature + "' layout feature (GSUB)";
                if (why != null) {
                    swaps.put(feature, why);
                }
            }
        }
        return swaps;
    }

    /** "'8' as 9, '9' as 8": each digit character and the digit its glyph draws. */
    private static String drawnAs(Map<Integer, Integer> drawn) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(drawn).forEach((c, d) -> out.append(out.isEmpty() ? "" : ", ").append('\'')
                .append(Character.toString(c)).append("' as ").append(d));
        return out.toString();
    }

    /** The outline of glyph {@code gid}: TrueType's quadratic contours or an OpenType font's CFF charstring. */
    private static GeneralPath outline(TrueTypeFont font, int gid) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            CFFFont cff = otf.getCFF().getFont();
            int id = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            return cff.getType2CharString(id).getPath();
        }
        GlyphData glyph = font.getGlyph().getGlyph(gid);
        return glyph == null ? null : glyph.getPath();
    }
}
