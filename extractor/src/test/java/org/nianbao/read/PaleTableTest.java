package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A table whose figures are all printed in one pale grey ({@code #bbb}, 68 of 255 from the page: red team rtf, 3 Dec,
 * 635 of 635 cells of four prints flagged) is that table's colour, not a watermark's: its figures are read. One figure
 * in another colour, or a run laid through its rulings, leaves the pale figures in doubt, as a watermark's may be.
 */
class PaleTableTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    /** #bbbbbb. */
    private static final float PALE = 187 / 255f;
    private static final String[][] FIGURES = {{"12", "0", "7"}, {"345", "3", "0"}, {"28", "1", "96"}};

    /** Something more drawn on the page after the table: its top-left corner and size are given. */
    private interface Extra {
        void draw(PDPageContentStream cs, float left, float top) throws IOException;
    }

    /**
     * A ruled table of a label column and three figure columns, 4 rows (a header and three of figures), the labels
     * black and the figures in {@code #bbb} but for the cell {@code black} (row, column), if any, printed black.
     */
    private static byte[] table(int[] black, Extra extra) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            float top = page.getMediaBox().getHeight() - 100;
            float left = 50;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int r = 0; r <= 4; r++) {
                    cs.moveTo(left, top - 20 * r);
                    cs.lineTo(left + 250, top - 20 * r);
                }
                for (float x : new float[] {left, left + 100, left + 150, left + 200, left + 250}) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - 80);
                }
                cs.stroke();
                String[] header = {"Held", "Granted", "Denied"};
                for (int c = 0; c < 3; c++) {
                    RuledTablePdf.text(cs, left + 105 + 50 * c, top - 15, header[c]);
                }
                for (int r = 0; r < 3; r++) {
                    RuledTablePdf.text(cs, left + 5, top - 35 - 20 * r, "Row " + (char) ('A' + r));
                    for (int c = 0; c < 3; c++) {
                        boolean dark = black != null && black[0] == r && black[1] == c;
                        cs.setNonStrokingColor(dark ? 0f : PALE);
                        RuledTablePdf.text(cs, left + 105 + 50 * c, top - 35 - 20 * r, FIGURES[r][c]);
                        cs.setNonStrokingColor(0f);
                    }
                }
                if (extra != null) {
                    extra.draw(cs, left, top);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The figure cells of the table as read, row by row. */
    private List<GridCell> figures(byte[] pdf) {
        CellGrid g = reader.read(pdf).grids().stream().filter(x -> x.positions() == Positions.EXACT).findFirst()
                .orElseThrow();
        List<GridCell> cells = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            cells.addAll(g.rows().get(r).subList(1, 4));
        }
        return cells;
    }

    private static boolean doubtful(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL);
    }

    @Test
    void aTableWhoseFiguresAreAllInOnePaleGreyIsReadWithoutDoubt() throws IOException {
        List<GridCell> cells = figures(table(null, null));
        for (int i = 0; i < 9; i++) {
            GridCell c = cells.get(i);
            assertEquals(FIGURES[i / 3][i % 3], c.text().strip());
            assertTrue(!doubtful(c), c.notes().toString());
        }
    }

    @Test
    void oneFigureInBlackLeavesThePaleFiguresInDoubt() throws IOException {
        // a pale grey beside black figures is what a watermark's digits look like: the pale cells stay unproved
        List<GridCell> cells = figures(table(new int[] {1, 0}, null));
        assertTrue(!doubtful(cells.get(3)), cells.get(3).notes().toString());
        assertTrue(doubtful(cells.get(0)), cells.get(0).notes().toString());
        assertTrue(doubtful(cells.get(8)), cells.get(8).notes().toString());
    }

    @Test
    void aPaleStampLaidThroughTheRulingsLeavesThePaleFiguresInDoubt() throws IOException {
        // the table's own grey, a watermark's line of words and year drawn over its first figure row through the
        // border between the label and the first figure column (through the V): its 2020 may be any cell's digits
        List<GridCell> cells = figures(table(null, (cs, left, top) -> {
            cs.setNonStrokingColor(PALE);
            RuledTablePdf.text(cs, left + 80, top - 35, 12, "GOV 2020");
            cs.setNonStrokingColor(0f);
        }));
        assertTrue(doubtful(cells.get(0)), cells.get(0).notes().toString());
        assertTrue(doubtful(cells.get(8)), cells.get(8).notes().toString());
    }
}
