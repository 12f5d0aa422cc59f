package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.read.PdfVisibleTextTest.table;
import static org.nianbao.read.PdfVisibleTextTest.text;
import static org.nianbao.read.RuledTablePdf.kinds;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Opacity and blend modes (docs/invariant.md, readers): a glyph's strength is its own opacity times
 * every enclosing transparency group's times what is drawn over it lets through; its colour is what
 * its blend mode makes of it over what lies behind. Clearly unseen text is not read, clearly seen
 * text is read, and text in between puts its cell in doubt. Written the way Chromium prints CSS
 * {@code opacity} and {@code mix-blend-mode}: one transparency group per element, its opacity and
 * blend mode set outside it.
 */
class PdfFaintTextTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private GridCell valueCell(byte[] pdf) {
        return RuledTablePdf.valueCell(reader, pdf);
    }

    /** What a transparency group draws, in its own space (the value cell's text origin at 0, 0). */
    private interface GroupContent {
        void draw(PDDocument doc, PDFormContentStream cs) throws IOException;
    }

    /** Draws {@code content} as a transparency group at (x, y) with the given opacity and blend mode. */
    private static void group(PDDocument doc, PDPageContentStream cs, float x, float y, float opacity, BlendMode blend,
                              GroupContent content) throws IOException {
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(state(opacity, blend));
        cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(x, y));
        cs.drawForm(groupForm(doc, content));
        cs.restoreGraphicsState();
    }

    private static PDFormXObject groupForm(PDDocument doc, GroupContent content) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setResources(new PDResources());
        form.setBBox(new PDRectangle(-5, -5, 90, 20));
        COSDictionary transparency = new COSDictionary();
        transparency.setItem(COSName.S, COSName.TRANSPARENCY);
        form.getCOSObject().setItem(COSName.GROUP, transparency);
        try (PDFormContentStream fcs = new PDFormContentStream(form)) {
            content.draw(doc, fcs);
        }
        return form;
    }

    private static PDExtendedGraphicsState state(float opacity, BlendMode blend) {
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setNonStrokingAlphaConstant(opacity);
        gs.setStrokingAlphaConstant(opacity);
        gs.getCOSObject().setItem(COSName.BM, blend.getCOSName());
        return gs;
    }

    private static void glyphs(PDFormContentStream cs, String s) throws IOException {
        cs.beginText();
        cs.setFont(RuledTablePdf.HELVETICA, 10);
        cs.newLineAtOffset(0, 0);
        cs.showText(s);
        cs.endText();
    }

    /** The value cell's background, painted white the way HTML cells with {@code background:#fff} print. */
    private static void whiteCell(PDPageContentStream cs, float x, float y) throws IOException {
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(x - 4, y - 4, 90, 18);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    /** The old figure 3 drawn in a group, then the new 5 drawn plainly beside it. */
    private static byte[] oldThreeInAGroupThenFive(boolean whiteCell, float opacity, BlendMode blend) throws IOException {
        return table((doc, cs, x, y) -> {
            if (whiteCell) {
                whiteCell(cs, x, y);
            }
            group(doc, cs, x, y, opacity, blend, (d, g) -> glyphs(g, "3"));
            text(cs, x + 6, y, 10, "5");
        });
    }

    /** The old figure 3 in a group drawn at {@code each} inside another drawn at {@code each}, then the new 5 beside it. */
    private static byte[] oldThreeInNestedGroupsThenFive(float each) throws IOException {
        return table((doc, cs, x, y) -> {
            group(doc, cs, x, y, each, BlendMode.NORMAL, (d, outer) -> {
                outer.setGraphicsStateParameters(state(each, BlendMode.NORMAL));
                outer.drawForm(groupForm(d, (d2, inner) -> glyphs(inner, "3")));
            });
            text(cs, x + 6, y, 10, "5");
        });
    }

    /** A filled box {@code width} × 12 pt at (x, y) in colour {@code rgb} at {@code opacity}. */
    private static void box(PDPageContentStream cs, float x, float y, float width, float opacity, float[] rgb)
            throws IOException {
        box(cs, x, y, width, opacity, rgb, BlendMode.NORMAL);
    }

    /** The same painted with blend mode {@code blend}. */
    private static void box(PDPageContentStream cs, float x, float y, float width, float opacity, float[] rgb,
                            BlendMode blend) throws IOException {
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(state(opacity, blend));
        cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.addRect(x, y, width, 12);
        cs.fill();
        cs.restoreGraphicsState();
    }

    @Test
    void textFadedByTwoNestedGroupsAtAQuarterEachPutsItsCellInDoubt() throws IOException {
        GridCell c = valueCell(oldThreeInNestedGroupsThenFive(0.25f));
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.how().contains("6 %")), c.notes().toString());
    }

    @Test
    void textFadedByNestedGroupsBelowOneTwentiethIsNotRead() throws IOException {
        GridCell c = valueCell(oldThreeInNestedGroupsThenFive(0.2f));
        assertEquals("5", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
    }

    @Test
    void textInOpaqueGroupsIsReadPlainly() throws IOException {
        // Chromium and LibreOffice wrap much of what they print in groups at opacity 1
        GridCell c = valueCell(table((doc, cs, x, y) -> group(doc, cs, x, y, 1f, BlendMode.NORMAL,
                (d, outer) -> outer.drawForm(groupForm(d, (d2, inner) -> glyphs(inner, "35"))))));
        assertEquals("35", c.text().strip());
        assertEquals(List.of(), kinds(c));
    }

    @Test
    void textAtHalfOpacityIsReadPlainly() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> group(doc, cs, x, y, 0.5f, BlendMode.NORMAL,
                (d, g) -> glyphs(g, "35"))));
        assertEquals("35", c.text().strip());
        assertEquals(List.of(), kinds(c));
    }

    @Test
    void aWhiteBoxAt94PercentOverTheOldFigurePutsTheCellInDoubt() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            box(cs, x - 1, y - 3, 8, 0.94f, new float[] {1, 1, 1});
            text(cs, x + 6, y, 10, "5");
        }));
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.how().contains("94 %")), c.notes().toString());
    }

    @Test
    void aLightBoxAtAFifthOpacityOverAFigureLeavesItRead() throws IOException {
        // a highlight drawn over the text: it shows plainly
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "35");
            box(cs, x - 1, y - 3, 20, 0.2f, new float[] {1, 1, 0});
        }));
        assertEquals("35", c.text().strip());
        assertEquals(List.of(), kinds(c));
    }

    @Test
    void blackTextScreenedOnAWhiteCellIsNotSeen() throws IOException {
        GridCell c = valueCell(oldThreeInAGroupThenFive(true, 1f, BlendMode.SCREEN));
        assertEquals("5", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
        assertTrue(c.notes().get(0).how().contains("Screen"), c.notes().toString());
    }

    @Test
    void blackTextDifferencedOnAWhiteCellIsNotSeen() throws IOException {
        GridCell c = valueCell(oldThreeInAGroupThenFive(true, 1f, BlendMode.DIFFERENCE));
        assertEquals("5", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
    }

    @Test
    void blackTextMultipliedOnAWhiteCellIsReadPlainly() throws IOException {
        GridCell c = valueCell(oldThreeInAGroupThenFive(true, 1f, BlendMode.MULTIPLY));
        assertEquals("35", c.text().strip());
        assertEquals(List.of(), kinds(c));
    }

    @Test
    void whiteTextDifferencedOnAWhiteCellShowsBlackAndIsRead() throws IOException {
        // white on white, inverted by the blend: what the page shows is a black 3
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            whiteCell(cs, x, y);
            group(doc, cs, x, y, 1f, BlendMode.DIFFERENCE, (d, g) -> {
                g.setNonStrokingColor(1f, 1f, 1f);
                glyphs(g, "3");
            });
            text(cs, x + 6, y, 10, "5");
        }));
        assertEquals("35", c.text().strip());
        assertEquals(List.of(), kinds(c));
    }

    @Test
    void aBlendModeOverAnImageWhoseColoursAreNotKnownPutsTheCellInDoubt() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            BufferedImage white = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 16; i++) {
                white.setRGB(i % 4, i / 4, 0xFFFFFF);
            }
            cs.drawImage(LosslessFactory.createFromImage(doc, white), x - 4, y - 4, 90, 18);
            group(doc, cs, x, y, 1f, BlendMode.SCREEN, (d, g) -> glyphs(g, "3"));
            text(cs, x + 6, y, 10, "5");
        }));
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.how().contains("Screen")), c.notes().toString());
    }
    @Test
    void aHighlighterBoxMultipliedOverAFigureLeavesItReadPlainly() throws IOException {
        // red team 11: a flattened Highlight annotation, yellow with Multiply, drawn after the figure
        for (BlendMode blend : List.of(BlendMode.MULTIPLY, BlendMode.DARKEN)) {
            GridCell c = valueCell(table((doc, cs, x, y) -> {
                text(cs, x, y, 10, "382");
                box(cs, x - 2, y - 3, 22, 1f, new float[] {1, 1, 0}, blend);
            }));
            assertEquals("382", c.text().strip(), blend.toString());
            assertEquals(List.of(), kinds(c), blend + " " + c.notes());
        }
    }

    @Test
    void aBoxDrawnOverAFigureInABlendModeThatLeavesNothingToSeeHidesIt() throws IOException {
        // a black marker with Multiply (a redaction) and a white box with Screen or Lighten leave one colour
        for (Object[] marker : List.of(new Object[] {new float[] {0, 0, 0}, BlendMode.MULTIPLY},
                new Object[] {new float[] {1, 1, 1}, BlendMode.SCREEN}, new Object[] {new float[] {1, 1, 1}, BlendMode.LIGHTEN})) {
            GridCell c = valueCell(table((doc, cs, x, y) -> {
                text(cs, x, y, 10, "382");
                box(cs, x - 2, y - 3, 22, 1f, (float[]) marker[0], (BlendMode) marker[1]);
            }));
            assertEquals("", c.text().strip(), marker[1].toString());
            assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c), marker[1] + " " + c.notes());
            assertTrue(c.notes().get(0).how().contains("blend mode"), c.notes().toString());
        }
    }

    @Test
    void aDarkBoxMultipliedOverAFigureLeavesItFaintAndPutsTheCellInDoubt() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "382");
            box(cs, x - 2, y - 3, 22, 1f, new float[] {0.2f, 0.2f, 0.2f}, BlendMode.MULTIPLY);
        }));
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void aBoxMultipliedOverAFigureOnAnImageIsInDoubt() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            BufferedImage white = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 16; i++) {
                white.setRGB(i % 4, i / 4, 0xFFFFFF);
            }
            cs.drawImage(LosslessFactory.createFromImage(doc, white), x - 4, y - 4, 90, 18);
            text(cs, x, y, 10, "382");
            box(cs, x - 2, y - 3, 22, 1f, new float[] {1, 1, 0}, BlendMode.MULTIPLY);
        }));
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }
}
