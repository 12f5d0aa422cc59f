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
 * is never a silent value: where the shapes of the font's digits prove what the map did, the digits
 * drawn are read and the cell noted {@code REREAD} (an info); otherwise its cell is noted
 * {@code DOUBTFUL} (the mapper makes it {@code value-unreadable}); text that agrees with its glyphs is
 * read as before.
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

    /**
     * Reads the fixture with its values' map edited by {@code edit}, and checks each value cell
     * against the same cell read with the fixture's own map: the same text (the digits drawn), no
     * doubt, and a {@code REREAD} note exactly where {@code moved} says a digit was given wrongly.
     */
    private void readAsDrawn(java.util.function.UnaryOperator<String> edit, java.util.function.Predicate<String> moved)
            throws IOException {
        List<GridCell> honest = exactCells(bordered(m -> m));
        List<GridCell> lying = exactCells(bordered(edit));
        assertEquals(honest.size(), lying.size());
        int values = 0;
        for (int i = 0; i < honest.size(); i++) {
            GridCell h = honest.get(i);
            GridCell l = lying.get(i);
            if (!h.text().strip().matches("[+-]?[0-9]+")) {
                continue;
            }
            values++;
            assertEquals(h.text(), l.text(), "at " + l.where());
            assertTrue(!doubtful(l), l.text() + " at " + l.where() + ": " + l.notes());
            assertEquals(moved.test(h.text()), l.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.REREAD),
                    l.text() + " at " + l.where() + ": " + l.notes());
        }
        assertTrue(values > 100, "the fixture's values are read: " + values);
    }

    @Test
    void aToUnicodeMapSwappingThreeAndEightIsReadAsTheGlyphsDrawnWithANoteAtEachCellItMoved() throws IOException {
        // DejaVu Serif's subset keeps no glyph names: the shapes of its ten digits prove the swap
        readAsDrawn(m -> m.replace("<0033>", "<THREE>").replace("<0038>", "<0033>").replace("<THREE>", "<0038>"),
                t -> t.contains("3") || t.contains("8"));
    }

    @Test
    void aMapOffByOneIsReadAsTheGlyphsDrawnThoughMostShiftedDigitsHaveTheSameCounters() throws IOException {
        // 2 for 1, 3 for 2, 4 for 3 and 0 for 9 fit the counters; the shapes prove the shift
        readAsDrawn(m -> java.util.regex.Pattern.compile("> <003([0-9])>").matcher(m)
                .replaceAll(r -> "> <003" + (Integer.parseInt(r.group(1)) + 1) % 10 + ">"), t -> t.matches(".*[0-9].*"));
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
