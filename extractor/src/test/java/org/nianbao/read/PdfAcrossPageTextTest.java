package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * A watermark written another way than the page's text and laid across its table (a vertical stamp whose
 * letters stand upright one under the other and whose year runs down on its side, as Chromium prints CSS
 * {@code writing-mode: vertical-rl}) is not the text of the cells it runs through; a year turned on its
 * side alone in a cell is no value either.
 */
class PdfAcrossPageTextTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    /** Page height of the table's page (US Letter); the table's top border is 100 pt below the page's top. */
    private static final float PAGE = 792;
    private static final float SIZE = 8;

    /** One glyph upright, its baseline {@code down} points below the page's top. */
    private static void upright(PDPageContentStream cs, float x, float down, String s) throws IOException {
        cs.beginText();
        cs.setFont(RuledTablePdf.HELVETICA, 1);
        cs.setTextMatrix(new Matrix(SIZE, 0, 0, SIZE, x, PAGE - down));
        cs.showText(s);
        cs.endText();
    }

    /** Text on its side running down the page from {@code down} points below the page's top, glyphs' tops to the right. */
    private static void sideways(PDPageContentStream cs, float x, float down, String s) throws IOException {
        cs.beginText();
        cs.setFont(RuledTablePdf.HELVETICA, 1);
        cs.setTextMatrix(new Matrix(0, -SIZE, SIZE, 0, x, PAGE - down));
        cs.showText(s);
        cs.endText();
    }

    @Test
    void aVerticalWatermarkWhoseYearRunsDownThroughAnEmptyCellLeavesItBlankWithANote() throws IOException {
        // W, M, K upright one under the other in the header cell, then 2021 on its side down the empty value cell
        // (rows: header 100–120 pt below the top, values 120–140)
        byte[] pdf = RuledTablePdf.write(doc -> { }, (doc, cs, x, y) -> {
            upright(cs, 200, 104, "W");
            upright(cs, 200, 112, "M");
            upright(cs, 200, 120, "K");
            sideways(cs, 200, 122, "2021");
        });
        GridCell value = RuledTablePdf.valueCell(reader, pdf);
        assertEquals("", value.text().strip());
        assertEquals(List.of(CellNote.Kind.ACROSS, CellNote.Kind.ACROSS, CellNote.Kind.ACROSS, CellNote.Kind.ACROSS),
                RuledTablePdf.kinds(value));
        assertEquals("upheld", RuledTablePdf.secondColumn(reader, pdf, 0).text().strip());
    }

    @Test
    void aYearOnItsSideAloneInACellIsDoubted() throws IOException {
        byte[] pdf = RuledTablePdf.write(doc -> { }, (doc, cs, x, y) -> sideways(cs, 200, 122, "2021"));
        GridCell value = RuledTablePdf.valueCell(reader, pdf);
        assertEquals("", value.text().strip());
        assertTrue(RuledTablePdf.kinds(value).contains(CellNote.Kind.DOUBTFUL), value.notes().toString());
    }

    @Test
    void aValueUnderAVerticalWatermarkIsReadAsPrinted() throws IOException {
        byte[] pdf = RuledTablePdf.write(doc -> { }, (doc, cs, x, y) -> {
            RuledTablePdf.text(cs, x, y, "1007");
            upright(cs, 200, 104, "W");
            upright(cs, 200, 112, "M");
            upright(cs, 200, 120, "K");
            sideways(cs, 200, 122, "2021");
        });
        assertEquals("1007", RuledTablePdf.valueCell(reader, pdf).text().strip());
    }
}
