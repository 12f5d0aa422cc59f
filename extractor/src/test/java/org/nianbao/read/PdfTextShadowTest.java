package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;

/**
 * A browser's faux bold ({@code text-shadow: 3px 0 0}) prints each figure twice, the shadow in its own text
 * object moved a few pixels: one figure. Equal digits drawn one a text object, each at its advance, stay two.
 */
class PdfTextShadowTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    @Test
    void readsAFigureDrawnAgainAsItsShadowOnce() throws IOException {
        // 10 pt Helvetica: the shadow 2.25 pt (3 px) to the right, half a digit (5.56 pt) away
        byte[] pdf = RuledTablePdf.write(doc -> { }, (doc, cs, x, y) -> {
            RuledTablePdf.text(cs, x, y, "1007");
            RuledTablePdf.text(cs, x + 2.25f, y, "1007");
        });
        assertEquals("1007", RuledTablePdf.valueCell(reader, pdf).text().strip());
    }

    @Test
    void keepsEqualDigitsDrawnOneATextObjectAtTheirAdvance() throws IOException {
        byte[] pdf = RuledTablePdf.write(doc -> { }, (doc, cs, x, y) -> {
            RuledTablePdf.text(cs, x, y, "2");
            RuledTablePdf.text(cs, x + 5.56f, y, "2");
        });
        assertEquals("22", RuledTablePdf.valueCell(reader, pdf).text().strip());
    }
}
