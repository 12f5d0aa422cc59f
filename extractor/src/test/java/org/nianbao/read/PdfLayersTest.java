package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.read.RuledTablePdf.HELVETICA;
import static org.nianbao.read.RuledTablePdf.text;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Optional content (layers) in a PDF (docs/invariant.md, readers): text in a layer a viewer does
 * not show is not read and is noted as hidden; text in a layer shown on screen but not in print (or
 * the other way round) makes its cell's value unknown. Each PDF is a {@link RuledTablePdf} whose
 * value cell the test draws, with one layer {@code 修订前} set as the test says.
 */
class PdfLayersTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);
    private final PDOptionalContentGroup layer = new PDOptionalContentGroup("修订前");

    /** The table with the layer ON or OFF in the document's default configuration. */
    private byte[] table(boolean layerOn, RuledTablePdf.ValueCell value) throws IOException {
        return RuledTablePdf.write(doc -> {
            PDOptionalContentProperties props = new PDOptionalContentProperties();
            props.addGroup(layer);
            props.setGroupEnabled(layer, layerOn);
            doc.getDocumentCatalog().setOCProperties(props);
        }, value);
    }

    /** Text wrapped in {@code /OC /name BDC … EMC}. */
    private void inLayer(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginMarkedContent(COSName.OC, layer);
        text(cs, x, y, s);
        cs.endMarkedContent();
    }

    private GridCell valueCell(byte[] pdf) {
        return RuledTablePdf.valueCell(reader, pdf);
    }

    @Test
    void leavesOutANumberInALayerSwitchedOff() throws IOException {
        GridCell c = valueCell(table(false, (doc, cs, x, y) -> inLayer(cs, x, y, "3")));
        assertEquals("", c.text().strip());
        assertEquals(CellNote.hidden("3", "in layer '修订前', which is switched off"), c.notes().get(0));
    }

    @Test
    void readsANumberInALayerSwitchedOn() throws IOException {
        GridCell c = valueCell(table(true, (doc, cs, x, y) -> inLayer(cs, x, y, "3")));
        assertEquals("3", c.text().strip());
        assertTrue(c.notes().isEmpty());
    }

    @Test
    void readsOnlyTheCurrentFigureDrawnOverLastYearsOnALayerSwitchedOff() throws IOException {
        GridCell c = valueCell(table(false, (doc, cs, x, y) -> {
            inLayer(cs, x, y, "4");
            text(cs, x, y, "3");
        }));
        assertEquals("3", c.text().strip());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
    }

    @Test
    void leavesOutAFormXObjectInALayerSwitchedOff() throws IOException {
        GridCell c = valueCell(table(false, (doc, cs, x, y) -> {
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
        GridCell c = valueCell(table(true, (doc, cs, x, y) -> {
            PDOptionalContentProperties props = doc.getDocumentCatalog().getOCProperties();
            props.setBaseState(PDOptionalContentProperties.BaseState.OFF);
            props.getCOSObject().getCOSDictionary(COSName.D).removeItem(COSName.ON);
            inLayer(cs, x, y, "3");
        }));
        assertEquals("", c.text().strip());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
    }

    @Test
    void aLayerOffOnScreenButOnInPrintMakesTheValueUnknown() throws IOException {
        COSDictionary print = new COSDictionary();
        print.setItem(COSName.getPDFName("PrintState"), COSName.ON);
        COSDictionary usage = new COSDictionary();
        usage.setItem(COSName.PRINT, print);
        layer.getCOSObject().setItem(COSName.USAGE, usage);
        GridCell c = valueCell(table(false, (doc, cs, x, y) -> inLayer(cs, x, y, "3")));
        assertEquals("3", c.text().strip());
        CellNote note = c.notes().get(0);
        assertEquals(CellNote.Kind.DOUBTFUL, note.kind());
        assertTrue(note.how().contains("Print usage sets it ON"), note.how());
    }
}
