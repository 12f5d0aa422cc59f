package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * WOFF2 files made by the real tools unpack into the font they were made from (outlines, points, metrics, map), and hostile ones are
 * refused with a reason. The files in {@code webfont/} were written by Debian's {@code woff2_compress}
 * (Google's reference encoder: {@code glyf}/{@code loca} transformed, {@code hmtx} not) and by fontTools 4.38
 * ({@code fonttools ttLib.woff2 compress --hmtx-transform}: {@code hmtx} transformed too) from:
 * {@code digits-honest.ttf} and its cmap rewritten by {@code mkfont.py} ({@code digits-8-9-swapped},
 * {@code digits-shifted}); {@code dejavu-sub.ttf}, DejaVu Sans subset by {@code pyftsubset
 * --text="0123456789éÅ%,.年"} (hinted glyphs, a composite {@code eacute}); {@code noto-cjk-sub.otf}, Noto Sans
 * CJK JP (SIL OFL 1.1; font 0 of Debian's {@code NotoSansCJK-Regular.ttc}) subset to the digits, full-width digits and 年度报告件
 * (CFF outlines; its copyright and licence name records kept); {@code digits-pair.woff2} and
 * {@code digits-pair-swapped-first.woff2}, TrueType collections of the honest and the swapped font (fontTools'
 * {@code TTCollection}, then {@code woff2_compress}; Chromium draws 958 in the first, 859 in the second). The
 * bombs are made by {@code mkwoff2-bomb.py} (its docstring).
 */
class Woff2Test {

    private static final int MOST = LocalSheets.MAX_FONT_BYTES;

    private static byte[] font(String name) throws IOException {
        try (InputStream in = Woff2Test.class.getResourceAsStream("webfont/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] unpacked(String name) throws IOException {
        Woff2.Unpacked u = Woff2.unpacked(font(name), MOST);
        return assertInstanceOf(Woff2.Unpacked.Font.class, u, name + ": " + u).sfnt();
    }

    private static TrueTypeFont parsed(byte[] sfnt) throws IOException {
        return ByteBuffer.wrap(sfnt).getInt(0) == 0x4F54544F ? new OTFParser().parse(new RandomAccessReadBuffer(sfnt))
                : new TTFParser().parse(new RandomAccessReadBuffer(sfnt));
    }

    /** Every point of a path, with its segment type, as a list to compare. */
    private static List<Double> points(GeneralPath path) {
        List<Double> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add((double) type);
            for (int i = 0; i < 6; i++) {
                out.add(c[i]);
            }
        }
        return out;
    }

    /** The WOFF2 file unpacks into a font with the original's glyphs (outlines, points, bounding boxes), metrics and map. */
    private static void assertSameFont(String original, String woff2) throws IOException {
        try (TrueTypeFont want = parsed(font(original)); TrueTypeFont got = parsed(unpacked(woff2))) {
            assertEquals(want.getNumberOfGlyphs(), got.getNumberOfGlyphs(), woff2);
            for (int g = 0; g < want.getNumberOfGlyphs(); g++) {
                assertEquals(want.getAdvanceWidth(g), got.getAdvanceWidth(g), woff2 + " advance of " + g);
                assertEquals(want.getHorizontalMetrics().getLeftSideBearing(g),
                        got.getHorizontalMetrics().getLeftSideBearing(g), woff2 + " lsb of " + g);
                if (want instanceof OpenTypeFont otf && otf.isPostScript()) {
                    CFFFont a = otf.getCFF().getFont();
                    CFFFont b = ((OpenTypeFont) got).getCFF().getFont();
                    int cid = a.getCharset().getCIDForGID(g);
                    assertEquals(points(a.getType2CharString(cid).getPath()), points(b.getType2CharString(cid).getPath()));
                    continue;
                }
                GlyphData a = want.getGlyph().getGlyph(g);
                GlyphData b = got.getGlyph().getGlyph(g);
                if (a == null || a.getNumberOfContours() == 0) {
                    assertTrue(b == null || b.getPath().getBounds2D().isEmpty(), woff2 + " glyph " + g);
                    continue;
                }
                assertEquals(a.getBoundingBox().toString(), b.getBoundingBox().toString(), woff2 + " box of " + g);
                assertEquals(points(a.getPath()), points(b.getPath()), woff2 + " outline of " + g);
                GlyphDescription da = a.getDescription();
                GlyphDescription db = b.getDescription();
                assertEquals(da.getPointCount(), db.getPointCount(), woff2 + " points of " + g);
                for (int p = 0; p < da.getPointCount(); p++) {
                    assertEquals(da.getFlags(p) & 1, db.getFlags(p) & 1, woff2 + " on-curve " + g + "/" + p);
                }
            }
            for (int c : "0123456789０１２３４５６７８９éÅ年".codePoints().toArray()) {
                assertEquals(want.getUnicodeCmapLookup().getGlyphId(c), got.getUnicodeCmapLookup().getGlyphId(c));
            }
        }
    }

    @Test
    void unpacksWoff2FromTheReferenceEncoderIntoTheFontItWasMadeFrom() throws IOException {
        assertSameFont("digits-honest.ttf", "digits-honest.woff2");
        assertSameFont("dejavu-sub.ttf", "dejavu-sub.woff2");
    }

    @Test
    void rebuildsATransformedHmtxFromTheGlyphsBoundingBoxes() throws IOException {
        assertSameFont("dejavu-sub.ttf", "dejavu-sub-hmtx.woff2");
        try (TrueTypeFont swapped = parsed(unpacked("digits-8-9-swapped-hmtx.woff2"))) {
            assertEquals(swapped.getUnicodeCmapLookup().getGlyphId('9'), 9); // 9 gets gid 9, the 8's glyph
        }
    }

    @Test
    void unpacksCffOutlinesStoredWithoutTransform() throws IOException {
        assertSameFont("noto-cjk-sub.otf", "noto-cjk-sub.woff2");
    }

    @Test
    void unpacksTheFirstFontOfACollectionTheOneChromiumDraws() throws IOException {
        assertSameFont("digits-honest.ttf", "digits-pair.woff2");
        try (TrueTypeFont first = parsed(unpacked("digits-pair-swapped-first.woff2"))) {
            assertEquals(9, first.getUnicodeCmapLookup().getGlyphId('9')); // the swapped font: 9 gets the 8's glyph
        }
    }

    @Test
    void refusesEveryTruncationOfAFileWithAReason() throws IOException {
        byte[] woff2 = font("dejavu-sub.woff2");
        // its last 3 bytes pad the file to 4 bytes: cut there the header's length is all that is wrong
        for (int n = 0; n < woff2.length - 3; n++) {
            byte[] cut = Arrays.copyOf(woff2, n);
            assertInstanceOf(Woff2.Unpacked.Refused.class, Woff2.unpacked(cut, MOST), "cut at " + n);
            if (n >= 12) {
                ByteBuffer.wrap(cut).putInt(8, n); // the header lies along with the cut
                assertInstanceOf(Woff2.Unpacked.Refused.class, Woff2.unpacked(cut, MOST), "cut and relabelled at " + n);
            }
        }
    }

    @Test
    void refusesLyingSizesBeforeAllocatingThem() throws IOException {
        byte[] woff2 = font("digits-honest.woff2");
        byte[] longer = Arrays.copyOf(woff2, woff2.length + 4);
        ByteBuffer.wrap(longer).putInt(8, longer.length); // consistent header, stream followed by junk: still the font
        assertInstanceOf(Woff2.Unpacked.Font.class, Woff2.unpacked(longer, MOST));
        byte[] lengthLies = woff2.clone();
        ByteBuffer.wrap(lengthLies).putInt(8, woff2.length * 2);
        assertInstanceOf(Woff2.Unpacked.Refused.class, Woff2.unpacked(lengthLies, MOST));
        byte[] compressedLies = woff2.clone();
        ByteBuffer.wrap(compressedLies).putInt(20, Integer.MAX_VALUE);
        assertInstanceOf(Woff2.Unpacked.Refused.class, Woff2.unpacked(compressedLies, MOST));
        assertTrue(((Woff2.Unpacked.Refused) Woff2.unpacked(font("claims-48mb.woff2"), MOST)).why()
                .contains("more than 32 MB"));
        assertInstanceOf(Woff2.Unpacked.Refused.class, Woff2.unpacked(woff2, 4096), "larger than allowed");
    }

    @Test
    void readsABrotliBombNoFurtherThanItsTables() throws IOException {
        // 160 bytes whose stream inflates to 64 MB: read to the 1 KB the directory gives, plus one byte
        Woff2.Unpacked u = Woff2.unpacked(font("bomb-64mb-in-1kb.woff2"), MOST);
        assertTrue(assertInstanceOf(Woff2.Unpacked.Refused.class, u).why().contains("holds more"), u.toString());
    }

    @Test
    void neverThrowsOnARandomlyDamagedFile() throws IOException {
        Random random = new Random(20261201);
        for (String name : List.of("dejavu-sub.woff2", "dejavu-sub-hmtx.woff2", "noto-cjk-sub.woff2", "digits-pair.woff2")) {
            byte[] woff2 = font(name);
            for (int trial = 0; trial < 400; trial++) {
                byte[] bad = woff2.clone();
                // the header and directory (where a lie reaches furthest) more often than the stream
                int at = trial % 2 == 0 ? random.nextInt(Math.min(120, bad.length)) : random.nextInt(bad.length);
                bad[at] = (byte) random.nextInt(256);
                Woff2.Unpacked u = Woff2.unpacked(bad, MOST);
                if (u instanceof Woff2.Unpacked.Font f) {
                    assertTrue(f.sfnt().length <= MOST);
                }
            }
        }
    }
}
