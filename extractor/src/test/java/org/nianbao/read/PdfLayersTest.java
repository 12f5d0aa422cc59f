package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Optional content (layers) in a PDF (docs/invariant.md, readers): text in a layer a viewer does
 * not show is not read and is noted as hidden; text in a layer shown on screen but not in print (or
 * the other way round) makes its cell's value unknown. Each PDF is a ruled 2 × 2 table whose value
 * cell is drawn by the test, with one layer {@code 修订前} set as the test says.
 */
class PdfLayersTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private interface Cell {
        void draw(PDDocument doc, PDPageContentStream cs, PDOptionalContentGroup layer, float x, float y) throws IOException;
    }

    /** The table, its value cell drawn by {@code value}; the layer ON or OFF in the default configuration. */
    private static byte[] table(boolean layerOn, java.util.function.Consumer<PDOptionalContentGroup> layerSetUp,
                                Cell value) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDOptionalContentProperties props = new PDOptionalContentProperties();
            PDOptionalContentGroup layer = new PDOptionalContentGroup("修订前");
            props.addGroup(layer);
            props.setGroupEnabled(layer, layerOn);
            layerSetUp.accept(layer);
            doc.getDocumentCatalog().setOCProperties(props);
            float top = page.getMediaBox().getHeight() - 100;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (float y : new float[] {top, top - 20, top - 40}) {
                    cs.moveTo(50, y);
                    cs.lineTo(250, y);
                }
                for (float x : new float[] {50, 150, 250}) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - 40);
                }
                cs.stroke();
                text(cs, 55, top - 15, "Review");
                text(cs, 155, top - 15, "upheld");
                text(cs, 55, top - 35, "Lawsuit");
                value.draw(doc, cs, layer, 155, top - 35);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] table(boolean layerOn, Cell value) throws IOException {
        return table(layerOn, l -> { }, value);
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Text wrapped in {@code /OC /name BDC … EMC}. */
    private static void inLayer(PDPageContentStream cs, PDOptionalContentGroup layer, float x, float y, String s)
            throws IOException {
        cs.beginMarkedContent(COSName.OC, layer);
        text(cs, x, y, s);
        cs.endMarkedContent();
    }

    private GridCell valueCell(byte[] pdf) {
        CellGrid g = reader.read(pdf).grids().stream().filter(x -> x.positions() == Positions.EXACT).findFirst()
                .orElseThrow();
        return g.rows().get(1).get(1);
    }

    @Test
    void leavesOutANumberInALayerSwitchedOff() throws IOException {
        GridCell c = valueCell(table(false, (doc, cs, layer, x, y) -> inLayer(cs, layer, x, y, "3")));
        assertEquals("", c.text().strip());
        assertEquals(CellNote.hidden("3", "in layer '修订前', which is switched off"), c.notes().get(0));
    }

    @Test
    void readsANumberInALayerSwitchedOn() throws IOException {
        GridCell c = valueCell(table(true, (doc, cs, layer, x, y) -> inLayer(cs, layer, x, y, "3")));
        assertEquals("3", c.text().strip());
        assertTrue(c.notes().isEmpty());
    }

    @Test
    void readsOnlyTheCurrentFigureDrawnOverLastYearsOnALayerSwitchedOff() throws IOException {
        GridCell c = valueCell(table(false, (doc, cs, layer, x, y) -> {
            inLayer(cs, layer, x, y, "4");
            text(cs, x, y, "3");
        }));
        assertEquals("3", c.text().strip());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
    }

    @Test
    void leavesOutAFormXObjectInALayerSwitchedOff() throws IOException {
        GridCell c = valueCell(table(false, (doc, cs, layer, x, y) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(0, 0, 612, 792));
            form.setResources(new PDResources());
            form.getCOSObject().setItem(COSName.OC, layer);
            try (PDFormContentStream fs = new PDFormContentStream(form)) {
                fs.beginText();
                fs.setFont(HELVETICA, 10);
                fs.newLineAtOffset(x, y);
                fs.showText("27");
                fs.endText();
            }
            cs.drawForm(form);
            text(cs, x + 20, y, "5");
        }));
        assertEquals("5", c.text().strip());
        assertEquals(CellNote.hidden("27", "in layer '修订前', which is switched off"), c.notes().get(0));
    }

    @Test
    void aLayerNotListedIsHiddenWhenTheBaseStateIsOff() throws IOException {
        GridCell c = valueCell(table(true, layer -> { }, (doc, cs, layer, x, y) -> {
            doc.getDocumentCatalog().getOCProperties().setBaseState(PDOptionalContentProperties.BaseState.OFF);
            doc.getDocumentCatalog().getOCProperties().getCOSObject().getCOSDictionary(COSName.D)
                    .removeItem(COSName.ON);
            inLayer(cs, layer, x, y, "3");
        }));
        assertEquals("", c.text().strip());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
    }

    @Test
    void aLayerOffOnScreenButOnInPrintMakesTheValueUnknown() throws IOException {
        GridCell c = valueCell(table(false, layer -> {
            COSDictionary print = new COSDictionary();
            print.setItem(COSName.getPDFName("PrintState"), COSName.ON);
            COSDictionary usage = new COSDictionary();
            usage.setItem(COSName.PRINT, print);
            layer.getCOSObject().setItem(COSName.USAGE, usage);
        }, (doc, cs, layer, x, y) -> inLayer(cs, layer, x, y, "3")));
        assertEquals("3", c.text().strip());
        CellNote note = c.notes().get(0);
        assertEquals(CellNote.Kind.DOUBTFUL, note.kind());
        assertTrue(note.how().contains("Print usage sets it ON"), note.how());
    }
}
