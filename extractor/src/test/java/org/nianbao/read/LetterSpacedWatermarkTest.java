package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.read.RuledTablePdf.kinds;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * A tiled watermark set with letter spacing (red team rth, 3 Dec: {@code 政务公开 2020} in {@code #999} with
 * {@code letter-spacing:4px} and {@code 10px}, Chromium prints): no two of its glyphs touch, so the border between the
 * label cell and the value cell falls in one of its gaps, and its {@code 2020} joined the figure after it (24 read 242,
 * 5 read 520) with no finding. Its even spacing tells it; a label and a figure drawn one after the other do not have it.
 */
class LetterSpacedWatermarkTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    /** How wide Helvetica draws {@code s} at {@code size}, with no spacing. */
    private static float width(String s, float size) throws IOException {
        return RuledTablePdf.HELVETICA.getStringWidth(s) / 1000 * size;
    }

    private static void spaced(PDPageContentStream cs, float x, float y, float size, float spacing, String s)
            throws IOException {
        cs.setCharacterSpacing(spacing);
        PdfVisibleTextTest.text(cs, x, y, size, s);
        cs.setCharacterSpacing(0);
    }

    @Test
    void digitsOfALetterSpacedStampWithTheBorderInOneOfItsGapsPutTheCellInDoubt() throws IOException {
        GridCell c = RuledTablePdf.valueCell(reader, PdfVisibleTextTest.table((doc, cs, x, y) -> {
            // the stamp's O ends 1.5 pt before the border at x - 5 and its V starts 1.5 pt after it, 3 pt apart as all
            // its glyphs; its 2020 ends 3 pt before the cell's 0, as Chromium drew the stamp's 2 after the 24
            float start = x - 5 - 1.5f - width("O", 12) - 3 - width("G", 12);
            cs.setNonStrokingColor(0.6f);
            spaced(cs, start, y, 12, 3, "GOV 2020");
            cs.setNonStrokingColor(0f);
            float end = start + width("GOV 2020", 12) + 7 * 3 + 3;
            PdfVisibleTextTest.text(cs, end, y, 9, "0"); // the stamp 18 px over 14 px cells: a third larger
        }));
        assertEquals("0", c.text().replace("V", "").strip());
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void aLetterSpacedLabelEndingBeforeTheBorderLeavesTheFigureAfterItAlone() throws IOException {
        // a label set with letter spacing (a CMS's header style), words and a year spaced 3 pt, its last digit 2 pt
        // before the border, the figure 3 pt after it, drawn one after the other on one baseline: the gap at the
        // border is not the label's spacing
        GridCell c = RuledTablePdf.valueCell(reader, PdfVisibleTextTest.table((doc, cs, x, y) -> {
            float w = width("In 2019", 10) + 6 * 3;
            spaced(cs, x - 5 - 2 - w, y, 10, 3, "In 2019");
            PdfVisibleTextTest.text(cs, x - 2, y, 10, "48");
        }));
        assertEquals("48", c.text().strip());
        assertTrue(kinds(c).stream().noneMatch(k -> k == CellNote.Kind.DOUBTFUL), c.notes().toString());
    }
}
