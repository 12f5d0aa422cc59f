package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.map.ValueParser;

/**
 * Digits drawn in a page's web font ({@code @font-face}): read as the font draws them when its map
 * is proved to lie, in doubt when the font cannot be checked, untouched when the font is honest or
 * has no digits. The fonts in {@code webfont/} are DejaVu Sans (Bitstream Vera licence) subset to the
 * ten digits, their character map rewritten by {@code webfont/mkfont.py} (its docstring says how):
 * {@code digits-honest.ttf} (0123456789), {@code digits-8-9-swapped.woff} (8 and 9 given each other's
 * glyph, packed as WOFF 1.0), {@code digits-on-private-use.ttf} (the digit glyphs on U+E600–E609, as an
 * icon font has them). Each was checked in Chromium (headless screenshot of {@code <span>958</span>}
 * in it: 958, 859, and 958 in the fallback font). The WOFF2 files are described in {@link Woff2Test}.
 */
class WebFontDigitsTest {

    private final HtmlFormatReader reader = new HtmlFormatReader(new ValueParser()::isValue);

    private static byte[] font(String name) throws IOException {
        try (InputStream in = WebFontDigitsTest.class.getResourceAsStream("webfont/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String dataFace(String family, String file, String format) throws IOException {
        return "@font-face{font-family:\"" + family + "\";src:url(data:font/" + format + ";base64,"
                + Base64.getEncoder().encodeToString(font(file)) + ") format(\"" + format + "\")}";
    }

    private static String page(String css, String td) {
        return "<html><head><style>" + css + "</style></head><body><h1>年度报告</h1><table><tr><td>规章</td>" + td
                + "</tr></table></body></html>";
    }

    private GridCell cell(String css, String td) {
        return reader.read(page(css, td).getBytes(StandardCharsets.UTF_8)).grids().get(0).rows().get(0).get(1);
    }

    private static String notes(GridCell c) {
        return c.notes().stream().map(n -> n.kind() + ":" + n.text() + " (" + n.how() + ")")
                .collect(Collectors.joining("; "));
    }

    @Test
    void readsTheDigitsAWebFontDrawsWhenItsMapIsProvedToSwapThem() throws IOException {
        String face = dataFace("nbnum", "digits-8-9-swapped.woff", "woff");
        for (String[] t : new String[][] {
                {".num{font-family:nbnum,sans-serif}", "<td><span class=\"num\">958</span></td>"},
                {"td{font:14px/1.5 \"NBNum\", serif}", "<td>958</td>"},
                {"body{font-family:'nbnum'}", "<td><p>958</p></td>"},
                {"", "<td><font face=\"nbnum\">958</font></td>"}}) {
            GridCell c = cell(face + t[0], t[1]);
            assertEquals("859", c.text(), t[0] + t[1]);
            assertEquals(CellNote.Kind.REREAD, c.notes().get(0).kind(), notes(c));
            assertTrue(c.notes().get(0).how().contains("a 9 drawn, 8 given"), notes(c));
        }
    }

    @Test
    void leavesDigitsAloneInAnHonestWebFontOrOneWithoutDigits() throws IOException {
        for (String face : List.of(dataFace("nbnum", "digits-honest.ttf", "truetype"),
                dataFace("nbnum", "digits-on-private-use.ttf", "truetype"))) {
            GridCell c = cell(face + "td{font-family:nbnum,\"Microsoft YaHei\"}", "<td>958</td>");
            assertEquals("958", c.text());
            assertTrue(c.notes().isEmpty(), notes(c));
        }
    }

    /**
     * Fonts whose two Unicode character maps disagree on 8 and 9 (webfont/mkcmaps.py; red team 23a's
     * css-web-font-cmap-subtable-order-2019.html): Chromium draws {@code <span>958</span>} as 859 with the (3,1)
     * map swapped and as 958 with the (0,3) one swapped (headless screenshots), so neither map's reading is
     * given silently. digits-honest.ttf carries the same two maps agreeing and is left alone (test above).
     */
    @Test
    void doubtsDigitsInAWebFontWhoseUnicodeMapsDisagree() throws IOException {
        for (String file : List.of("digits-cmap-w31-swapped.ttf", "digits-cmap-u03-swapped.ttf")) {
            GridCell c = cell(dataFace("nbnum", file, "truetype") + "td{font-family:nbnum}", "<td>958</td>");
            assertEquals("958", c.text(), file);
            assertEquals(1, c.notes().size(), file + " " + notes(c));
            assertEquals(CellNote.Kind.DOUBTFUL, c.notes().get(0).kind(), file + " " + notes(c));
            assertTrue(c.notes().get(0).how().contains("character maps give '8' different glyphs"), notes(c));
        }
    }

    /**
     * Fonts with an honest map whose layout lookups FontBox does not apply reach the digits (webfont/mklookups.py;
     * red team 23a's contextual-calt and gpos-kern-placement cases). Chromium draws {@code <span>958</span>} as 859
     * (a contextual {@code calt}, type 5, calling an 8/9 swap), 9590 (a {@code ccmp} multiple substitution) and 859
     * ({@code kern} placements), headless screenshots: doubted at the cell; the honest font whose {@code kern} pairs
     * and contextual {@code calt} touch only letters and signs draws 958 and is left alone.
     */
    @Test
    void doubtsDigitsThatALayoutLookupNotAppliedHereReaches() throws IOException {
        for (String[] t : new String[][] {{"digits-calt-contextual-swap.ttf", "type 5 under its 'calt'"},
                {"digits-ccmp-multiple.ttf", "type 2 under its 'ccmp'"},
                {"digits-kern-placement.ttf", "type 1 under its 'kern' layout feature (GPOS)"}}) {
            GridCell c = cell(dataFace("nbnum", t[0], "truetype") + "td{font-family:nbnum}", "<td>958</td>");
            assertEquals("958", c.text(), t[0]);
            assertEquals(1, c.notes().size(), t[0] + " " + notes(c));
            assertEquals(CellNote.Kind.DOUBTFUL, c.notes().get(0).kind(), t[0] + " " + notes(c));
            assertTrue(c.notes().get(0).how().contains(t[1]), notes(c));
        }
        GridCell honest = cell(dataFace("nbnum", "digits-kern-letters.ttf", "truetype") + "td{font-family:nbnum}",
                "<td>958</td>");
        assertEquals("958", honest.text());
        assertTrue(honest.notes().isEmpty(), notes(honest));
    }

    @Test
    void leavesCellsAloneWhenTheWebFontStylesOnlyHeadingsOrDoesNotCoverDigits() throws IOException {
        String remote = "@font-face{font-family:title;src:url(https://www.example.gov.cn/fonts/title.woff2) format(\"woff2\")}";
        GridCell heading = cell(remote + "h1{font-family:title}", "<td>958</td>");
        assertTrue(heading.notes().isEmpty(), notes(heading));
        String swapped = dataFace("nbnum", "digits-8-9-swapped.woff", "woff");
        GridCell ranged = cell(swapped.replace("}", ";unicode-range:U+4E00-9FFF}") + "td{font-family:nbnum}", "<td>958</td>");
        assertEquals("958", ranged.text());
        assertTrue(ranged.notes().isEmpty(), notes(ranged));
        GridCell icon = cell(remote.replace("title", "iconfont") + ".icon{font-family:iconfont}",
                "<td><i class=\"icon\">\uE600</i>958</td>");
        assertTrue(icon.text().endsWith("958"), icon.text());
        assertTrue(icon.notes().isEmpty(), notes(icon));
    }

    @Test
    void doubtsDigitsInAWebFontThatCannotBeChecked() throws IOException {
        for (String face : List.of(
                "@font-face{font-family:nbnum;src:url(https://www.example.gov.cn/fonts/nbnum.woff) format('woff')}",
                "@font-face{font-family:nbnum;src:url(fonts/nbnum.ttf)}",
                "@font-face{font-family:nbnum;src:url(data:font/woff2;base64,"
                        + Base64.getEncoder().encodeToString("wOF2\0\1\0\0 not really a font".getBytes(StandardCharsets.ISO_8859_1))
                        + ")}",
                "@font-face{font-family:nbnum;src:url(data:font/ttf;base64,AAEAAAAB)}")) {
            GridCell c = cell(face + ".num{font-family:nbnum}", "<td><span class=\"num\">958</span></td>");
            assertEquals("958", c.text(), face);
            assertEquals(CellNote.Kind.DOUBTFUL, c.notes().get(0).kind(), face + " " + notes(c));
        }
    }

    @Test
    void readsWoff2FontsAsTheirGlyphsDrawThem() throws IOException {
        // woff2_compress (glyf transformed) and fontTools --hmtx-transform (hmtx too) from mkfont.py's TTFs; of a
        // collection, the first font (Chromium draws 859 for the swapped-first pair, 958 for the honest-first)
        for (String file : List.of("digits-8-9-swapped.woff2", "digits-8-9-swapped-hmtx.woff2",
                "digits-pair-swapped-first.woff2")) {
            GridCell c = cell(dataFace("nbnum", file, "woff2") + "td{font-family:nbnum}", "<td>958</td>");
            assertEquals("859", c.text(), file);
            assertEquals(CellNote.Kind.REREAD, c.notes().get(0).kind(), notes(c));
        }
        GridCell shifted = cell(dataFace("nbnum", "digits-shifted.woff2", "woff2") + "td{font-family:nbnum}", "<td>958</td>");
        assertEquals("069", shifted.text());
        for (String file : List.of("digits-honest.woff2", "dejavu-sub.woff2", "noto-cjk-sub.woff2", "digits-pair.woff2")) {
            GridCell c = cell(dataFace("nbnum", file, "woff2") + "td{font-family:nbnum}", "<td>958</td>");
            assertEquals("958", c.text(), file);
            assertTrue(c.notes().isEmpty(), file + " " + notes(c));
        }
    }

    @Test
    void doubtsDigitsInAWoff2FileThatCannotBeUnpackedSayingWhy() throws IOException {
        byte[] cut = java.util.Arrays.copyOf(font("digits-8-9-swapped.woff2"), 3000);
        java.nio.ByteBuffer.wrap(cut).putInt(8, cut.length);
        for (String[] t : new String[][] {
                {"bomb-64mb-in-1kb.woff2", "Brotli stream holds more"},
                {"claims-48mb.woff2", "more than 32 MB"},
                {"", "damaged WOFF2"}}) {
            String face = t[0].isEmpty() ? "@font-face{font-family:nbnum;src:url(data:font/woff2;base64,"
                    + Base64.getEncoder().encodeToString(cut) + ")}" : dataFace("nbnum", t[0], "woff2");
            GridCell c = cell(face + "td{font-family:nbnum}", "<td>958</td>");
            assertEquals("958", c.text(), t[0]);
            assertEquals(CellNote.Kind.DOUBTFUL, c.notes().get(0).kind(), t[0] + " " + notes(c));
            assertTrue(c.notes().get(0).how().contains(t[1]), notes(c));
        }
    }

    @Test
    void doubtsALyingWebFontListedAfterAnInstalledFont() throws IOException {
        // Chromium here has DejaVu Sans and shows 958; a machine without it draws the web font's 859
        GridCell c = cell(dataFace("nbnum", "digits-8-9-swapped.woff", "woff") + "td{font-family:'DejaVu Sans',nbnum}",
                "<td>958</td>");
        assertEquals("958", c.text());
        assertEquals(CellNote.Kind.DOUBTFUL, c.notes().get(0).kind(), notes(c));
        assertTrue(c.notes().get(0).how().contains("where installed"), notes(c));
    }

    @Test
    void readsAFontFileSavedBesideThePageAndSkipsFormatsChromiumDoesNotLoad(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("report_files"));
        Files.write(dir.resolve("report_files/nbnum.woff"), font("digits-8-9-swapped.woff"));
        Path html = dir.resolve("report.html");
        Files.writeString(html, page("@font-face{font-family:nbnum;src:url(report_files/nbnum.eot?#iefix)"
                + " format('embedded-opentype'),url(report_files/nbnum.woff) format('woff')} td{font-family:nbnum}",
                "<td>958</td>"));
        GridCell c = reader.read(Files.readAllBytes(html), html).grids().get(0).rows().get(0).get(1);
        assertEquals("859", c.text());
        assertEquals(CellNote.Kind.REREAD, c.notes().get(0).kind(), notes(c));
    }

    @Test
    void unpacksWoffIntoTheFontItWraps() throws IOException {
        byte[] woff = font("digits-8-9-swapped.woff");
        assertEquals(Woff.WOFF, Woff.signature(woff));
        Optional<byte[]> sfnt = Woff.unpacked(woff, 1 << 20);
        assertTrue(sfnt.isPresent());
        assertEquals(0x00010000, Woff.signature(sfnt.get()));
        assertFalse(Woff.unpacked(java.util.Arrays.copyOf(woff, 200), 1 << 20).isPresent(), "a cut file");
        assertFalse(Woff.unpacked(woff, 100).isPresent(), "larger than allowed");
    }

    @Test
    void readsTheFontFaceRulesFamilySourcesAndRange() {
        FontFace f = FontFace.of("font-family: 'Icon Font' ; src: local(Arial), url(\"a.eot?#iefix\") format(\"embedded-opentype\"),"
                + " url(a.woff2) format('woff2'), url(a.svg#x) format('svg'); unicode-range: U+E000-F8FF", Optional.empty())
                .orElseThrow();
        assertEquals("icon font", f.family());
        assertEquals(List.of("a.woff2"), f.sources());
        assertFalse(f.digits());
        assertTrue(FontFace.coversDigits("U+0-7F"));
        assertTrue(FontFace.coversDigits("U+3?"));
        assertTrue(FontFace.coversDigits("U+4E00-9FFF, U+FF10-FF19"));
        assertFalse(FontFace.coversDigits("U+4E00-9FFF"));
        assertTrue(FontFace.of("font-family:x;src:local(Arial)", Optional.empty()).isEmpty(), "nothing Chromium loads from the page");
    }

    @Test
    void rereadsOnlyTheDigitsTheMapMisgives() {
        WebFontDigits.Reread r = new WebFontDigits.Reread(Map.of((int) '8', 9, (int) '9', 8, (int) '８', 9, (int) '９', 8), "");
        assertEquals("859 件 1,098 ８９ 7", r.shown("958 件 1,089 ９８ 7"));
    }

    /**
     * A font whose map is honest and whose {@code tnum} feature swaps 8 and 9 (red team 22's
     * css-web-font-tabular-nums-gsub-2019.html; webfont/mkfeatures.py): the digits are in doubt wherever the
     * page's CSS turns the feature on, its own or inherited, and read as written where nothing does.
     */
    @Test
    void doubtsDigitsWhereTheCssTurnsOnAFeatureThatDrawsThemOtherwise() throws IOException {
        String face = dataFace("nbnum", "digits-tnum-swaps-8-9.ttf", "truetype");
        for (String css : List.of(".num{font-family:nbnum;font-variant-numeric:tabular-nums}",
                ".num{font-family:nbnum;font-variant:tabular-nums}", ".num{font-family:nbnum;font-feature-settings:\"tnum\"}",
                ".num{font-family:nbnum;font-feature-settings:'tnum' 1, 'kern' 0}",
                ".num{font-family:nbnum;-webkit-font-feature-settings:\"tnum\" on}",
                "td{font-variant-numeric:tabular-nums lining-nums}.num{font-family:nbnum}",
                ".num{font-family:nbnum;font-variant-alternates:styleset(nice)}")) {
            GridCell c = cell(face + css, "<td><span class=\"num\">958</span></td>");
            assertEquals("958", c.text(), css);
            assertEquals(CellNote.Kind.DOUBTFUL, c.notes().isEmpty() ? null : c.notes().get(0).kind(), css + " " + notes(c));
            assertTrue(css.contains("styleset") || c.notes().get(0).how().contains("'tnum'"), notes(c));
        }
        for (String css : List.of(".num{font-family:nbnum}", ".num{font-family:nbnum;font-feature-settings:\"tnum\" 0}",
                ".num{font-family:nbnum;font-variant-numeric:oldstyle-nums}",
                "td{font-variant-numeric:tabular-nums}.num{font-family:nbnum;font-variant-numeric:normal}")) {
            GridCell c = cell(face + css, "<td><span class=\"num\">958</span></td>");
            assertEquals("958", c.text(), css);
            assertTrue(c.notes().isEmpty(), css + " " + notes(c));
        }
    }

    @Test
    void leavesDigitsAloneWhereATurnedOnFeatureDrawsTheSameDigits() throws IOException {
        String face = dataFace("nbnum", "digits-tnum-honest.ttf", "truetype");
        GridCell c = cell(face + ".num{font-family:nbnum;font-variant-numeric:tabular-nums}",
                "<td><span class=\"num\">958</span></td>");
        assertEquals("958", c.text());
        assertTrue(c.notes().isEmpty(), notes(c));
    }
}
