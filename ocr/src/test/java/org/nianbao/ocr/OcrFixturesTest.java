package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.Nianbao;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Location;
import org.nianbao.model.Status;
import org.nianbao.model.TableId;

/**
 * The scans under {@code fixtures/ocr/} (made from the PDF fixtures with pdftoppm, ImageMagick and
 * img2pdf, and one page of the generated corpus; see docs/ocr.md) against the values of the PDF they
 * were made from, which are checked by hand ({@code fixtures/pdf/<source>.pdf.cells.csv}; the source
 * is the file name up to its first dot), or against their own hand-checked {@code <scan>.truth.csv}. Every cell must be right or covered by a finding, each fixture must get at least its share
 * of cells right, and a right cell's location must be marked {@code ocr} and stand where the text
 * layer puts it (within the shift a rotated scan brings). All fixtures run; the test fails once.
 */
class OcrFixturesTest {

    private static final String PAGE_SECONDS = "nianbao.ocr.pageSeconds";
    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    /** A rotated scan straightened about its centre lands within this many points of the source. */
    private static final float PLACE = 12f;
    /** The source PDFs' page size (A4, points). */
    private static final float A4_WIDTH = 595.3f;
    private static final float A4_HEIGHT = 841.9f;
    /** Cells right at least, per fixture, of the source's cells (measured; see docs/ocr.md). */
    private static final Map<String, Double> FLOOR = Map.ofEntries(
            Map.entry("bordered-2019.scan-200.pdf", 0.97),
            Map.entry("bordered-2021.scan-200-degraded.pdf", 0.95),
            Map.entry("bordered-2019.scan-150-bilevel.tif", 0.93), // 96.5 % before session ocr17, 100 % after
            Map.entry("bordered-2021.page2-scan-200.png", 0.55),
            Map.entry("bordered-2021.scan-200-turned.pdf", 0.97),
            Map.entry("bordered-2019.scan-200-seal.pdf", 0.95),
            Map.entry("bordered-2019.photo-keystone.pdf", 0.6),
            Map.entry("bordered-2021.scan-200-marks.pdf", 0.65), // its page 2 only (0.8 of both pages before)
            Map.entry("borderless-2019.scan-200.pdf", 0.98), // 85.8 % before the session of 2 Dec 06:58 (ocr), 100 % after (boxes read as nothing or as # read again, labels parted from a number or a numbered label)
            Map.entry("generated-0002-2019.page1-scan-150-degraded.pdf", 0.9),
            Map.entry("generated-0004-2021.page1-scan-150.pdf", 0.9),
            // session ocr14's office scans (tools/ocr-fixtures/make-office-scans.sh): the fax loses most
            // ruling lines, every cell flagged, and pins 0 silent; the dark photocopy is read since its
            // paper is evened out (PaperLevel, session ocr15; 4.5 % before)
            Map.entry("bordered-2019.fax-100.tif", 0.88), // 22.2 % before session ocr16, 23.2 % after (its lattice inferred), 66.7 % in ocr17 (rows placed by the form's order), 84.8 % in ocr18 (table 二's rows placed, table 四's columns inferred), 90.9 % (a ruling line's piece read as a leading 1)
            Map.entry("bordered-2019.photocopy-dark.pdf", 0.93),
            Map.entry("bordered-2019.scan-150-q30.pdf", 0.95),
            Map.entry("bordered-2021.scan-200-corrected.pdf", 0.95),
            Map.entry("bordered-2021.scan-200-seal-sign.pdf", 0.93),
            Map.entry("bordered-2021.scan-200-turned-more.pdf", 0.97),
            Map.entry("bordered-2021.a3-2up.pdf", 0.95),
            // session ocr17b: a figure struck through in a blue ballpoint, and one crossed out with a red X,
            // each corrected beside it in the pen's ink (tools/ocr-fixtures/make-coloured-corrections.sh)
            Map.entry("generated-0002-2019.page1-scan-200-struck-blue.pdf", 0.95),
            Map.entry("generated-0002-2019.page1-scan-200-crossed-red.pdf", 0.95),
            // session of 2 Dec 10:29 (ocr): LibreOffice's prints of generated reports scanned as counties publish
            // them (tools/ocr-fixtures/make-county-scans.sh): 300 dpi colour, blank cells, a red seal over table 四,
            // light falling off, turned -2°, JPEG q40 (99.0 %); 150 dpi grey, light falling off, turned 3°, JPEG q35 (99.5 %)
            Map.entry("generated-3131-0004-2021.lo-print-scan-300-seal-q40.pdf", 0.95),
            Map.entry("generated-3131-0005-2019.lo-print-scan-150-uneven-q35.pdf", 0.95));
    /**
     * Cells a fixture was made for, which must be read right (not only flagged): full-width numbers
     * the engine reads split ({@code 1 6}, {@code 8 5 3 5 9}) and one a narrow cell wrapped
     * ({@code 21} over {@code 7}), each in a cell ruled on every side (tools/ocr-fixtures/make-spaced-digits.sh).
     */
    private static final Map<String, List<String>> READ_RIGHT = Map.of(
            "generated-0004-2021.page1-scan-150.pdf", List.of("requests/new/natural_person",
                    "requests/denied_law_prohibited/natural_person", "requests/denied_law_prohibited/total",
                    "requests/new/commercial", "requests/unable_need_creation/natural_person",
                    "active/regulations/issued", "active/regulations/repealed", "active/normative_documents/repealed",
                    "active/penalty/decisions", "active/fees/amount"));
    /** Quarter turns clockwise of each page on the scan (tools/ocr-fixtures/make-realistic.sh); upright when not listed. */
    private static final Map<String, int[]> TURNS = Map.of(
            "bordered-2021.scan-200-turned.pdf", new int[] {1, 2},
            "bordered-2019.photo-keystone.pdf", new int[] {3, 0});
    /**
     * Scans of two source pages side by side on one sheet (tools/ocr-fixtures/make-office-scans.sh):
     * source page p stands on scan page (p + 1) / 2, its right half when p is even.
     */
    private static final Set<String> TWO_UP = Set.of("bordered-2021.a3-2up.pdf");
    /**
     * Scans that hold only some of their source's pages, in order: only those pages' cells are expected.
     * (Their other pages were clean copies of pages other scans read, OCR'd for nothing: cut in session ocr15.)
     */
    private static final Map<String, List<Integer>> HOLDS = Map.of(
            "bordered-2019.scan-200-seal.pdf", List.of(2),
            "bordered-2021.scan-200-marks.pdf", List.of(2),
            "bordered-2021.scan-200-seal-sign.pdf", List.of(2));
    /** A phone photo's keystone moves cells further than a turned scan does (points). */
    private static final Map<String, Float> PLACE_WITHIN = Map.of("bordered-2019.photo-keystone.pdf", 30f,
            // turned 2–3° with the canvas grown to hold the turned page (ImageMagick's -rotate +repage):
            // 14–20 pt of margin added before the page is straightened about its centre
            "generated-3131-0004-2021.lo-print-scan-300-seal-q40.pdf", 30f,
            "generated-3131-0005-2019.lo-print-scan-150-uneven-q35.pdf", 30f);

    @Test
    void everyScanIsReadRightOrFlaggedCellByCell() throws IOException, CsvException {
        assumeTrue(engineRuns(), "the OCR engine does not run on this platform");
        var extractor = withoutTimeLimits();
        List<String> problems = new ArrayList<>();
        List<Path> scans;
        try (Stream<Path> s = Files.list(FIXTURES.resolve("ocr"))) {
            scans = s.filter(p -> !p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(scans.size() >= 4, "scans under " + FIXTURES.resolve("ocr"));
        // -Docr.only=seal,turned runs the scans whose names contain one of these (OCR is slow: one scan while working on it)
        List<String> only = List.of(System.getProperty("ocr.only", "").split(","));
        scans = scans.stream().filter(p -> only.stream().anyMatch(o -> p.getFileName().toString().contains(o))).toList();
        for (Path scan : scans) {
            String name = scan.getFileName().toString();
            Map<CanonicalKey, String[]> truth = truth(truthOf(scan));
            if (HOLDS.containsKey(name)) {
                truth.values().removeIf(t -> !HOLDS.get(name).contains(sourcePage(t[1])));
            }
            DocumentResult r = extractor.extract(scan);
            if (r.status() == Status.FAILED) {
                problems.add(name + ": failed: " + r.error());
                continue;
            }
            int right = 0;
            for (String k : READ_RIGHT.getOrDefault(name, List.of())) {
                String[] p = k.split("/");
                CanonicalKey key = CanonicalKey.of(TableId.fromId(p[0]).orElseThrow(), p[1], p[2]);
                ExtractedCell got = r.report().cell(key).orElse(null);
                if (got == null || !same(got.value().render(), truth.get(key)[0])) {
                    problems.add(name + " " + key + ": must be read right: expected " + truth.get(key)[0] + ", got "
                            + (got == null ? "nothing" : "'" + got.source().raw().replace("\n", "\\n") + "'"));
                }
            }
            for (Map.Entry<CanonicalKey, String[]> t : truth.entrySet()) {
                ExtractedCell got = r.report().cell(t.getKey()).orElse(null);
                if (got != null && same(got.value().render(), t.getValue()[0])) {
                    right++;
                    if (!placed(got.source().where(), t.getValue()[1], name)) {
                        problems.add(name + " " + t.getKey() + ": at " + got.source().where().render()
                                + ", the text layer has it at " + t.getValue()[1]);
                    }
                } else if (flagged(r, t.getKey())) {
                    System.err.printf(Locale.ROOT, "  %s %s: expected %s, got %s (flagged)%n", name, t.getKey(),
                            t.getValue()[0].isEmpty() ? "blank" : t.getValue()[0], got == null ? "nothing"
                                    : "'" + got.source().raw().replace("\n", " ") + "' at " + got.source().where().render());
                } else {
                    problems.add(name + " " + t.getKey() + ": SILENT: expected " + t.getValue()[0] + ", got "
                            + (got == null ? "nothing" : "'" + got.value().render() + "' from '" + got.source().raw()
                            + "' at " + got.source().where().render()));
                }
            }
            for (ExtractedCell c : r.report().cells()) {
                if (!truth.containsKey(c.key()) && !flagged(r, c.key())) {
                    problems.add(name + " " + c.key() + ": SILENT extra cell '" + c.source().raw() + "'");
                }
            }
            double share = (double) right / truth.size();
            System.err.printf(Locale.ROOT, "%s: %d of %d cells right (%.1f %%), %d findings%n", name, right,
                    truth.size(), 100 * share, r.findings().size());
            if (share < FLOOR.getOrDefault(name, 1.0)) {
                problems.add(String.format(Locale.ROOT, "%s: %.1f %% of cells right, below the floor of %.0f %%", name,
                        100 * share, 100 * FLOOR.getOrDefault(name, 1.0)));
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }

    /**
     * An extractor whose OCR pages and documents have no time limit worth the name (a day): OCR takes
     * seconds a page on an idle machine and minutes at a load of 40, when a page limit cut cells
     * and the floors failed. This test is about accuracy; {@link PageTimeLimitTest} tests the limit.
     * The engine reads the property when the extractor finds it, so it is set only meanwhile.
     */
    private static Extractor withoutTimeLimits() {
        String before = System.getProperty(PAGE_SECONDS);
        System.setProperty(PAGE_SECONDS, String.valueOf(Duration.ofDays(1).toSeconds()));
        try {
            return Nianbao.extractor(ExtractOptions.defaults().withTimeLimit(Duration.ofDays(1)));
        } finally {
            if (before == null) {
                System.clearProperty(PAGE_SECONDS);
            } else {
                System.setProperty(PAGE_SECONDS, before);
            }
        }
    }

    private static boolean engineRuns() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    private static boolean flagged(DocumentResult r, CanonicalKey key) {
        // a warning or error: an info finding covers no doubt (docs/corpus.md)
        return r.findings().stream().anyMatch(f -> f.warnsAt(key));
    }

    private static boolean same(String got, String expected) {
        if (got.isEmpty() || expected.isEmpty()) {
            return got.equals(expected);
        }
        return new BigDecimal(got).compareTo(new BigDecimal(expected)) == 0;
    }

    /**
     * Marked as read by OCR, its centre inside the text layer's cell (give or take {@link #PLACE}) as
     * that cell stands on the scan (turned as the scan's page is, an A4 page of the source), on the
     * same page (a PDF scan; an image file of one page of the source numbers it 1).
     */
    private static boolean placed(Location where, String textLayer, String scan) {
        if (!(where instanceof Location.PageBox b) || !b.ocr()) {
            return false;
        }
        String[] parts = textLayer.replace("page:", "").split(" bbox:");
        String[] xy = parts[1].split(",");
        int page = sourcePage(textLayer);
        if (HOLDS.containsKey(scan)) {
            page = HOLDS.get(scan).indexOf(page) + 1;
        }
        float dx = 0;
        if (TWO_UP.contains(scan)) {
            dx = page % 2 == 0 ? A4_WIDTH : 0;
            page = (page + 1) / 2;
        }
        int[] turns = TURNS.getOrDefault(scan, new int[0]);
        Orientation turned = Orientation.values()[page <= turns.length ? turns[page - 1] : 0];
        Location.PageBox cell = turned.onScan(new Location.PageBox(page, Float.parseFloat(xy[0]), Float.parseFloat(xy[1]),
                Float.parseFloat(xy[2]), Float.parseFloat(xy[3])), turned.quarters % 2 == 0 ? A4_WIDTH : A4_HEIGHT,
                turned.quarters % 2 == 0 ? A4_HEIGHT : A4_WIDTH);
        float place = PLACE_WITHIN.getOrDefault(scan, PLACE);
        float cx = (b.x0() + b.x1()) / 2 - dx;
        float cy = (b.y0() + b.y1()) / 2;
        return (!scan.endsWith(".pdf") || page == b.page())
                && cx >= cell.x0() - place && cx <= cell.x1() + place
                && cy >= cell.y0() - place && cy <= cell.y1() + place;
    }

    /** The page of the source a text-layer location names (its first). */
    private static int sourcePage(String textLayer) {
        return Integer.parseInt(textLayer.replace("page:", "").split(" bbox:")[0].split("-")[0]);
    }

    /**
     * The hand-checked cells a scan is held to: its own {@code <scan>.truth.csv} (a page of the
     * generated corpus: the cells of its text-layer twin on that page, checked against the image),
     * else its source PDF's (the file name up to its first dot).
     */
    private static Path truthOf(Path scan) {
        Path own = scan.resolveSibling(scan.getFileName() + ".truth.csv");
        if (Files.exists(own)) {
            return own;
        }
        String name = scan.getFileName().toString();
        return FIXTURES.resolve("pdf").resolve(name.substring(0, name.indexOf('.')) + ".pdf.cells.csv");
    }

    /** The source's cells: value and text-layer location by key. */
    private static Map<CanonicalKey, String[]> truth(Path cells) throws IOException, CsvException {
        Map<CanonicalKey, String[]> out = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(cells, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = csv.readAll();
            for (String[] row : rows.subList(1, rows.size())) {
                out.put(CanonicalKey.of(TableId.fromId(row[1]).orElseThrow(), row[2], row[3]), new String[] {row[4], row[6]});
            }
        }
        return out;
    }
}
