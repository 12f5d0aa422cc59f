package org.nianbao.corpus.generate;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Cell;
import org.nianbao.corpus.generate.Layout.Paragraph;
import org.nianbao.corpus.generate.Layout.Slot;
import org.nianbao.corpus.generate.Layout.SlotKind;
import org.nianbao.corpus.generate.Layout.Table;

/**
 * Writes a layout as a text-layer PDF with ruled tables, as Word's "save as PDF" does: a CJK
 * TrueType font embedded as a subset (with ToUnicode), labels wrapped to their column, a cell
 * merged down several rows printed at its middle row, tables cut where the page ends.
 *
 * <p>The font file is parsed once, on first use, and kept for every later document: parsing the
 * 17 MB CJK collection again for each document was four fifths of generating a PDF (JFR). A
 * document does not close a font it was given ({@link PDType0Font#load(PDDocument, TrueTypeFont,
 * boolean)}) and reads it only while being written, so one renderer serves its documents one at a
 * time; it is not for sharing between threads (the font reads its tables lazily from one file).
 */
final class PdfRenderer implements AutoCloseable {

    private static final float MARGIN = 40;
    private static final float TABLE_FONT = 8;
    private static final float TEXT_FONT = 10;
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();

    private final Path fontFile;
    /** What holds the font file open; null until the first document. */
    private Closeable fontSource;
    private TrueTypeFont font;

    PdfRenderer(Path fontFile) {
        this.fontFile = fontFile;
    }

    @Override
    public void close() throws IOException {
        if (fontSource != null) {
            fontSource.close();
            fontSource = null;
            font = null;
        }
    }

    byte[] render(Layout.Document doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(pdf, load(pdf));
            w.text(doc.title(), 14);
            for (Block b : doc.blocks()) {
                if (b instanceof Paragraph p) {
                    w.text(p.text(), TEXT_FONT);
                } else if (b instanceof Table t) {
                    w.table(t);
                }
            }
            w.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font load(PDDocument pdf) throws IOException {
        if (font == null) {
            if (fontFile.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(fontFile.toFile());
                fontSource = ttc;
                List<TrueTypeFont> fonts = new ArrayList<>();
                ttc.processAllFonts(fonts::add);
                font = fonts.get(0);
            } else {
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
                fontSource = font;
            }
        }
        return PDType0Font.load(pdf, font, true);
    }

    /** The page being written and the position on it. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final Map<Character, Float> advances = new HashMap<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            cs.setLineWidth(0.5f);
            y = PAGE_H - MARGIN;
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        void text(String s, float size) throws IOException {
            for (String line : wrap(s, PAGE_W - 2 * MARGIN, size)) {
                if (y - size * 1.5f < MARGIN) {
                    newPage();
                }
                y -= size * 1.5f;
                show(line, MARGIN, y, size);
            }
            y -= size * 0.5f;
        }

        void table(Table t) throws IOException {
            float[] widths = widths(t);
            float[] x = new float[widths.length + 1];
            x[0] = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                x[c + 1] = x[c] + widths[c];
            }
            List<List<Slot>> grid = t.grid();
            float[] heights = new float[grid.size()];
            for (int r = 0; r < grid.size(); r++) {
                heights[r] = 14;
                for (int c = 0; c < widths.length; c++) {
                    Slot s = grid.get(r).get(c);
                    if (s.kind() == SlotKind.ORIGIN && s.cell().rowSpan() == 1) {
                        heights[r] = Math.max(heights[r], lines(s.cell(), x[c + s.cell().colSpan()] - x[c]).size() * TABLE_FONT * 1.3f + 5);
                    }
                }
            }
            boolean firstOnPage = true;
            for (int r = 0; r < grid.size(); r++) {
                if (t.breaksBefore().contains(r) || y - heights[r] < MARGIN) {
                    line(x[0], y, x[widths.length], y);
                    newPage();
                    firstOnPage = true;
                }
                for (int c = 0; c < widths.length; c++) {
                    Slot s = grid.get(r).get(c);
                    if (!s.firstColumn()) {
                        continue;
                    }
                    float x1 = x[c + s.cell().colSpan()];
                    line(x[c], y, x[c], y - heights[r]);
                    line(x1, y, x1, y - heights[r]);
                    if (s.kind() == SlotKind.ORIGIN || firstOnPage) {
                        line(x[c], y, x1, y);
                    }
                    if (middleRow(grid, r, c)) {
                        List<String> ls = lines(s.cell(), x1 - x[c]);
                        for (int i = 0; i < ls.size(); i++) {
                            show(ls.get(i), x[c] + 2, y - 2 - TABLE_FONT * (1.3f * i + 1), TABLE_FONT);
                        }
                    }
                }
                y -= heights[r];
                firstOnPage = false;
            }
            line(x[0], y, x[widths.length], y);
            y -= TEXT_FONT;
        }

        private boolean middleRow(List<List<Slot>> grid, int r, int c) {
            Cell cell = grid.get(r).get(c).cell();
            int top = r;
            while (top > 0 && grid.get(top - 1).get(c).cell() == cell) {
                top--;
            }
            return r == top + (cell.rowSpan() - 1) / 2;
        }

        private float[] widths(Table t) throws IOException {
            float[] w = new float[t.columns()];
            for (List<Slot> row : t.grid()) {
                for (int c = 0; c < row.size(); c++) {
                    Slot s = row.get(c);
                    if (s.kind() == SlotKind.ORIGIN && s.cell().colSpan() == 1) {
                        for (String l : s.cell().text().split("\n")) {
                            w[c] = Math.max(w[c], Math.min(150, width(l, TABLE_FONT) + 6));
                        }
                    }
                }
            }
            float total = 0;
            for (int c = 0; c < w.length; c++) {
                w[c] = Math.max(w[c], 22);
                total += w[c];
            }
            float scale = (PAGE_W - 2 * MARGIN) / total;
            for (int c = 0; c < w.length; c++) {
                w[c] *= scale;
            }
            return w;
        }

        private List<String> lines(Cell cell, float width) throws IOException {
            List<String> out = new ArrayList<>();
            for (String l : cell.text().split("\n")) {
                out.addAll(wrap(l, width - 4, TABLE_FONT));
            }
            return out;
        }

        private List<String> wrap(String s, float width, float size) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            float units = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                cur.append(c);
                units += units(c);
                if (units / 1000 * size > width && cur.length() > 1) {
                    cur.setLength(cur.length() - 1);
                    out.add(cur.toString());
                    cur.setLength(0);
                    cur.append(c);
                    units = units(c);
                }
            }
            out.add(cur.toString());
            return out;
        }

        private float width(String s, float size) throws IOException {
            float units = 0;
            for (int i = 0; i < s.length(); i++) {
                units += units(s.charAt(i));
            }
            return units / 1000 * size;
        }

        /**
         * A character's advance in font units, as {@link PDType0Font#getStringWidth} adds them up
         * (the same sum, in the same order): measuring each prefix of a line again made wrapping
         * quadratic in its length.
         */
        private float units(char c) throws IOException {
            Float w = advances.get(c);
            if (w == null) {
                w = font.getStringWidth(String.valueOf(c));
                advances.put(c, w);
            }
            return w;
        }

        private void show(String s, float x, float y, float size) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }

        private void line(float x0, float y0, float x1, float y1) throws IOException {
            cs.moveTo(x0, y0);
            cs.lineTo(x1, y1);
            cs.stroke();
        }
    }
}
