package org.nianbao.read.pdf;

import java.awt.geom.GeneralPath;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Makes {@code digit-shapes.txt}, the reference digits {@link DigitShapes} ships, from free fonts
 * installed by Debian's packages {@code fonts-dejavu-core}/{@code fonts-dejavu-extra} (DejaVu: Bitstream
 * Vera licence and public domain), {@code fonts-noto-cjk} (Noto CJK: SIL Open Font Licence 1.1) and
 * {@code fonts-liberation2} (Liberation 2: SIL Open Font Licence 1.1; metric clones of Arial, Times
 * New Roman and Courier New, the Latin faces of most reports) and {@code fonts-open-sans} (Open Sans:
 * Apache 2.0; the only one of these whose 1 has no foot, as Arial's and Helvetica's). Run once, by hand, when the
 * references change; {@code -Dfonts.root=DIR} reads the fonts from {@code DIR/usr/share/fonts} (a
 * package unpacked with {@code dpkg -x}) instead of {@code /usr/share/fonts}:
 * <pre>
 * mvn -B -q -o test-compile -pl extractor -am
 * java -cp extractor/target/classes:extractor/target/test-classes:$(ls ~/.m2/repository/org/apache/pdfbox/{fontbox,pdfbox-io}/3.0.8/*3.0.8.jar ~/.m2/repository/commons-logging/commons-logging/1.3.5/*.jar | tr '\n' :) \
 *     org.nianbao.read.pdf.DigitShapesGenerator extractor/src/main/resources/org/nianbao/read/pdf/digit-shapes.txt
 * </pre>
 * WenQuanYi Zen Hei (GPL) and the URW base 35 (AGPL) are left out on purpose: they are the fonts
 * the references are measured against ({@code DrawnDigitsTest}).
 */
public final class DigitShapesGenerator {

    private static final Path FONTS = Path.of(System.getProperty("fonts.root", "/"), "usr/share/fonts");
    private static final Path DEJAVU = FONTS.resolve("truetype/dejavu");
    private static final Path NOTO = FONTS.resolve("opentype/noto");
    private static final Path LIBERATION = FONTS.resolve("truetype/liberation2");
    private static final Path OPEN_SANS = FONTS.resolve("truetype/open-sans");

    private DigitShapesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, TrueTypeFont> fonts = referenceFonts();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.US_ASCII))) {
            out.println("# Reference digits for org.nianbao.read.pdf.DigitShapes: font, digit, then the glyph filled");
            out.println("# into " + DigitShapes.SIZE + "x" + DigitShapes.SIZE + " pixels by DigitShapes.ink, ink 0-f, row by row from the top.");
            out.println("# Made by DigitShapesGenerator (extractor tests) from DejaVu Sans, Serif and Sans Mono (Bitstream");
            out.println("# Vera licence, public domain changes; Debian fonts-dejavu-core, fonts-dejavu-extra) and Noto Sans");
            out.println("# CJK SC, Noto Serif CJK SC, Noto Sans Mono CJK SC (SIL Open Font License 1.1; Debian fonts-noto-cjk)");
            out.println("# Liberation Sans, Serif and Mono 2 (SIL Open Font License 1.1; Debian fonts-liberation2) and Open Sans");
            out.println("# (Apache License 2.0; Debian fonts-open-sans).");
            for (Map.Entry<String, TrueTypeFont> e : fonts.entrySet()) {
                for (int d = 0; d < 10; d++) {
                    GeneralPath path = e.getValue().getPath("uni003" + d);
                    float[] ink = path == null ? null : DigitShapes.ink(path);
                    if (ink == null) {
                        continue;
                    }
                    StringBuilder hex = new StringBuilder(ink.length);
                    for (float v : ink) {
                        hex.append(Character.forDigit(Math.round(v * 15), 16));
                    }
                    out.println(e.getKey() + " " + d + " " + hex.toString().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** The reference fonts by name, in name order. */
    static Map<String, TrueTypeFont> referenceFonts() throws IOException {
        Map<String, TrueTypeFont> fonts = new TreeMap<>();
        List<File> files = new ArrayList<>();
        File[] dejavu = DEJAVU.toFile().listFiles((dir, name) -> name.matches("DejaVu(Sans|Serif|SansMono)[-A-Za-z]*\\.ttf"));
        if (dejavu == null || dejavu.length == 0) {
            throw new IOException("DejaVu fonts not found in " + DEJAVU);
        }
        files.addAll(List.of(dejavu));
        File[] liberation = LIBERATION.toFile().listFiles((dir, name) -> name.matches("Liberation(Sans|Serif|Mono)-[A-Za-z]+\\.ttf"));
        if (liberation == null || liberation.length == 0) {
            throw new IOException("Liberation fonts not found in " + LIBERATION);
        }
        files.addAll(List.of(liberation));
        File[] openSans = OPEN_SANS.toFile().listFiles((dir, name) -> name.matches("OpenSans-[A-Za-z]+\\.ttf"));
        if (openSans == null || openSans.length == 0) {
            throw new IOException("Open Sans not found in " + OPEN_SANS);
        }
        files.addAll(List.of(openSans));
        for (File f : files) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(f));
            fonts.put(font.getName(), font);
        }
        File[] noto = NOTO.toFile().listFiles((dir, name) -> name.matches("Noto(Sans|Serif)CJK-(Regular|Bold)\\.ttc"));
        if (noto == null || noto.length == 0) {
            throw new IOException("Noto CJK fonts not found in " + NOTO);
        }
        for (File f : noto) {
            new TrueTypeCollection(f).processAllFonts(font -> {
                if (font.getName().matches("Noto(Sans|Serif|SansMono)CJKsc-(Regular|Bold)")) {
                    fonts.put(font.getName(), font);
                }
            });
        }
        return fonts;
    }
}
