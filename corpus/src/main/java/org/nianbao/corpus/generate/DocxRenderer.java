package org.nianbao.corpus.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Paragraph;
import org.nianbao.corpus.generate.Layout.Slot;
import org.nianbao.corpus.generate.Layout.SlotKind;
import org.nianbao.corpus.generate.Layout.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a layout as a Word document with POI: merged cells as Word stores them, {@code gridSpan}
 * across and {@code vMerge} restart/continue down (continuation cells present and empty), a
 * wrapped label as two paragraphs in its cell.
 */
final class DocxRenderer {

    byte[] render(Layout.Document doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(d.createParagraph(), doc.title());
            for (Block b : doc.blocks()) {
                if (b instanceof Paragraph p) {
                    paragraph(d.createParagraph(), p.text());
                } else if (b instanceof Table t) {
                    table(d, t);
                    d.createParagraph();
                }
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFParagraph p, String text) {
        p.createRun().setText(text);
    }

    private static void table(XWPFDocument d, Table t) {
        List<List<Slot>> grid = t.grid();
        XWPFTable table = d.createTable(grid.size(), t.columns());
        // readers place spanned cells by the grid, as Word does
        var tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < t.columns(); c++) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(9000 / t.columns()));
        }
        for (int r = 0; r < grid.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<Slot> slots = grid.get(r);
            for (int c = slots.size() - 1; c >= 0; c--) {
                Slot s = slots.get(c);
                boolean kept = s.kind() == SlotKind.ORIGIN || s.kind() == SlotKind.ROW_COVERED && s.firstColumn();
                if (!kept) {
                    row.removeCell(c);
                    continue;
                }
                XWPFTableCell cell = row.getCell(c);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (s.cell().colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(s.cell().colSpan()));
                }
                if (s.kind() == SlotKind.ROW_COVERED) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    if (s.cell().rowSpan() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    String[] lines = s.cell().text().split("\n", -1);
                    paragraph(cell.getParagraphs().get(0), lines[0]);
                    for (int i = 1; i < lines.length; i++) {
                        paragraph(cell.addParagraph(), lines[i]);
                    }
                }
            }
        }
    }
}
