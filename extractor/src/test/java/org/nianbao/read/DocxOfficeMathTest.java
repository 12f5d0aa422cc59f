package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * Figures typed as Word equations (Office Math, {@code m:oMath}): Word, WPS and LibreOffice draw an equation
 * of runs as its text, so that is the cell's text; one that builds a fraction or a superscript is doubted.
 */
class DocxOfficeMathTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private final DocxFormatReader reader = new DocxFormatReader(new ValueParser()::isValue);

    /** The cell beside 规章 holding one paragraph of {@code content}. */
    private GridCell cell(String content) throws Exception {
        String body = "<w:document xmlns:w=\"" + W + "\" xmlns:m=\"" + M + "\"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章"
                + "</w:t></w:r></w:p></w:tc><w:tc><w:p>" + content + "</w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(body).getDocument().getBody());
            doc.write(out);
            return reader.read(out.toByteArray()).grids().get(0).rows().get(0).get(1);
        }
    }

    private static String mathRun(String text) {
        return "<m:r><w:rPr><w:rFonts w:ascii=\"Cambria Math\" w:hAnsi=\"Cambria Math\"/></w:rPr><m:t>" + text + "</m:t></m:r>";
    }

    private static boolean doubted(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL);
    }

    @Test
    void readsAnInlineEquationOfRunsAsItsText() throws Exception {
        GridCell c = cell("<m:oMath>" + mathRun("\u22121216") + "</m:oMath>");
        assertEquals("\u22121216", c.text());
        assertTrue(c.notes().isEmpty(), c.notes().toString());
        // split over runs, as Word splits a typed figure
        assertEquals("1051", cell("<m:oMath>" + mathRun("10") + mathRun("51") + "</m:oMath>").text());
    }

    @Test
    void readsADisplayEquationOnItsOwnLine() throws Exception {
        GridCell c = cell("<m:oMathPara><m:oMathParaPr><m:jc m:val=\"center\"/></m:oMathParaPr><m:oMath>" + mathRun("565")
                + "</m:oMath></m:oMathPara>");
        assertEquals("565", c.text().strip());
        assertFalse(doubted(c));
    }

    @Test
    void joinsAnEquationToTheRunBesideIt() throws Exception {
        // LibreOffice draws "12": the run and the equation stand side by side in the line
        assertEquals("12", cell("<w:r><w:t>1</w:t></w:r><m:oMath>" + mathRun("2") + "</m:oMath>").text());
    }

    @Test
    void doubtsAnEquationThatBuildsAFractionOrASuperscript() throws Exception {
        GridCell fraction = cell("<m:oMath><m:f><m:num>" + mathRun("1") + "</m:num><m:den>" + mathRun("2")
                + "</m:den></m:f></m:oMath>");
        assertTrue(doubted(fraction), fraction.notes().toString());
        assertFalse(fraction.text().contains("12"), fraction.text());
        GridCell power = cell("<m:oMath><m:sSup><m:e>" + mathRun("56") + "</m:e><m:sup>" + mathRun("2")
                + "</m:sup></m:sSup></m:oMath>");
        assertTrue(doubted(power), power.notes().toString());
        assertTrue(power.notes().get(0).how().contains("m:sSup"), power.notes().toString());
    }

    @Test
    void hidesAHiddenMathRunAsAWordRunIsHidden() throws Exception {
        GridCell c = cell("<m:oMath><m:r><w:rPr><w:vanish/></w:rPr><m:t>99</m:t></m:r>" + mathRun("7") + "</m:oMath>");
        assertEquals("7", c.text());
        assertTrue(c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.HIDDEN), c.notes().toString());
    }
}
