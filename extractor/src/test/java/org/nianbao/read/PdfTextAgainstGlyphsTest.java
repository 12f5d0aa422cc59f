package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A PDF's text layer against the glyphs it draws (docs/invariant.md, readers): a person reads the
 * glyphs, so text whose Unicode contradicts them — a ToUnicode map that lies, a stale ActualText —
 * is never a silent value: its cell is noted {@code DOUBTFUL} (the mapper makes it
 * {@code value-unreadable}), and text that agrees with its glyphs is read as before.
 */
class PdfTextAgainstGlyphsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    /** {@code fixtures/pdf/bordered-2019.pdf} (LibreOffice, subset DejaVu Serif), its values' ToUnicode map edited by {@code edit}. */
    private static byte[] bordered(java.util.function.UnaryOperator<String> edit) throws IOException {
        try (PDDocument doc = Loader.loadPDF(FIXTURES.resolve("pdf/bordered-2019.pdf").toFile());
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font.getName().endsWith("+DejaVuSerif")) {
                    COSStream map = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
                    String cmap;
                    try (InputStream in = map.createInputStream()) {
                        cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    }
                    try (OutputStream o = map.createOutputStream()) {
                        o.write(edit.apply(cmap).getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private List<GridCell> exactCells(byte[] pdf) {
        return reader.read(pdf).grids().stream().filter(g -> g.positions() == Positions.EXACT)
                .map(CellGrid::rows).flatMap(List::stream).flatMap(List::stream).toList();
    }

    private static boolean doubtful(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL);
    }

    @Test
    void aToUnicodeMapSwappingThreeAndEightPutsEachThreeAndEightInDoubtByItsOwnGlyphAndTheRestByTheFont()
            throws IOException {
        List<GridCell> cells = exactCells(bordered(m -> m.replace("<0033>", "<THREE>").replace("<0038>", "<0033>")
                .replace("<THREE>", "<0038>")));
        List<GridCell> values = cells.stream().filter(c -> c.text().strip().matches("[+-]?[0-9]+")).toList();
        assertTrue(values.size() > 100, "the fixture's values are read: " + values.size());
        for (GridCell c : values) {
            boolean swapped = c.text().contains("3") || c.text().contains("8");
            assertTrue(doubtful(c), c.text() + " at " + c.where());
            assertEquals(swapped, c.notes().stream().anyMatch(n -> n.how().contains("enclosed counter")
                    && !n.how().startsWith("the same font's map")), c.text() + " at " + c.where() + ": " + c.notes());
        }
        GridCell regulations = values.stream().filter(c -> c.text().strip().equals("8")).findFirst().orElseThrow();
        assertEquals(CellNote.doubtful("8", "the glyph drawn has 0 enclosed counters, which no 8 has"),
                regulations.notes().get(0));
    }

    @Test
    void aMapOffByOneDoubtsEveryDigitOfTheFontThoughMostShiftedDigitsLookAlike() throws IOException {
        // 1 read for 0 contradicts the 0's counter, but 2 for 1, 3 for 2, 4 for 3 and 0 for 9 do not
        List<GridCell> values = exactCells(bordered(m -> java.util.regex.Pattern.compile("> <003([0-9])>")
                .matcher(m).replaceAll(r -> "> <003" + (Integer.parseInt(r.group(1)) + 1) % 10 + ">")))
                .stream().filter(c -> c.text().strip().matches("[+-]?[0-9]+")).toList();
        assertTrue(values.size() > 100, "the fixture's values are read: " + values.size());
        for (GridCell c : values) {
            assertTrue(doubtful(c), c.text() + " at " + c.where() + ": " + c.notes());
        }
        assertTrue(values.stream().anyMatch(c -> c.notes().get(0).how().startsWith("the same font's map")));
    }

    @Test
    void theFixturesOwnToUnicodeMapPutsNothingInDoubt() throws IOException {
        List<GridCell> cells = exactCells(bordered(m -> m));
        assertTrue(cells.stream().noneMatch(PdfTextAgainstGlyphsTest::doubtful));
    }

    /** A {@link RuledTablePdf} whose value cell draws {@code glyphs} inside a span whose ActualText is {@code actual}. */
    private static byte[] spanned(String glyphs, String actual) throws IOException {
        return RuledTablePdf.write(doc -> { }, (doc, cs, x, y) -> {
            COSDictionary span = new COSDictionary();
            span.setString(COSName.ACTUAL_TEXT, actual);
            cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
            RuledTablePdf.text(cs, x, y, glyphs);
            cs.endMarkedContent();
        });
    }

    private GridCell valueCell(byte[] pdf) {
        return RuledTablePdf.valueCell(reader, pdf);
    }

    @Test
    void aStaleActualTextOverANumberLeavesTheGlyphsReadAndTheCellInDoubt() throws IOException {
        GridCell c = valueCell(spanned("3", "5"));
        assertEquals("3", c.text().strip());
        assertEquals(CellNote.doubtful("3", "the page draws '3' but its ActualText says '5'"), c.notes().get(0));
    }

    @Test
    void anActualTextWhoseDigitsAgreeWithTheGlyphsChangesNothing() throws IOException {
        GridCell c = valueCell(spanned("1 024", "1024"));
        assertEquals("1 024", c.text().strip());
        assertTrue(c.notes().isEmpty(), c.notes().toString());
    }
}
