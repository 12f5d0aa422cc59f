package org.nianbao.audit.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.model.Location;

/**
 * A PDF opened with PDFBox. A cell is re-found from the glyphs PDFBox places inside its box (their
 * origin, in the same top-left, y-down points the locations use), independently of how the reader
 * rebuilt the table: a box that holds other text than the raw one shows a wrong location.
 */
public final class PdfSource implements SourceView {

    /** Boxes are widened by this much: a stream cell's box ends exactly on its glyphs' baseline. */
    private static final float SLACK = 2f;

    private final PDDocument pdf;
    private final Map<Integer, List<TextPosition>> glyphs = new HashMap<>();

    PdfSource(byte[] bytes) throws IOException {
        this.pdf = Loader.loadPDF(bytes);
    }

    public int pages() {
        return pdf.getNumberOfPages();
    }

    /** The page's crop box: the frame the locations' coordinates are measured in. */
    public PDRectangle frame(int page) {
        return pdf.getPage(page - 1).getCropBox();
    }

    /** The page drawn as an image, {@code dpi} pixels per inch (72 points). */
    public BufferedImage render(int page, float dpi) throws IOException {
        return new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
    }

    @Override
    public List<Presence> find(List<Probe> probes) throws IOException {
        List<Presence> out = new ArrayList<>(probes.size());
        for (Probe p : probes) {
            if (!(p.where() instanceof Location.PageBox b) || b.toPage() > pages()) {
                out.add(Presence.of(false, p.where() instanceof Location.PageBox ? "(the PDF has only " + pages()
                        + " pages)" : "(a PDF cell needs a page and box)"));
                continue;
            }
            String text;
            if (b.toPage() == b.page()) {
                text = textIn(b.page(), b.x0(), b.y0(), b.x1(), b.y1());
            } else {
                // stitched across a page break: x0,y0 on the first page, x1,y1 on the last
                text = textIn(b.page(), b.x0(), b.y0(), b.x1(), Float.MAX_VALUE) + "\n"
                        + textIn(b.toPage(), b.x0(), 0, b.x1(), b.y1());
            }
            String want = Whitespace.strip(p.raw());
            String have = Whitespace.strip(text);
            out.add(Presence.of(want.isEmpty() ? have.isEmpty() : have.contains(want), text));
        }
        return out;
    }

    /** The glyphs whose origin lies in the box, line by line (baselines within 2 pt), left to right. */
    private String textIn(int page, float x0, float y0, float x1, float y1) throws IOException {
        List<TextPosition> in = new ArrayList<>();
        for (TextPosition t : glyphs(page)) {
            if (t.getXDirAdj() >= x0 - SLACK && t.getXDirAdj() <= x1 + SLACK && t.getYDirAdj() >= y0 - SLACK
                    && t.getYDirAdj() <= y1 + SLACK) {
                in.add(t);
            }
        }
        in.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition t : in) {
            List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).getYDirAdj() - t.getYDirAdj()) < 2f) {
                last.add(t);
            } else {
                lines.add(new ArrayList<>(List.of(t)));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            line.forEach(t -> b.append(t.getUnicode()));
            b.append('\n');
        }
        return b.toString();
    }

    private List<TextPosition> glyphs(int page) throws IOException {
        List<TextPosition> cached = glyphs.get(page);
        if (cached == null) {
            Collector c = new Collector();
            c.setStartPage(page);
            c.setEndPage(page);
            c.getText(pdf);
            cached = c.positions;
            glyphs.put(page, cached);
        }
        return cached;
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }

    /** Keeps the glyphs of a page after PDFBox drops overlapping duplicates (fake bold); writes nothing. */
    private static final class Collector extends PDFTextStripper {
        final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void writePage() {
            for (List<TextPosition> article : getCharactersByArticle()) {
                positions.addAll(article);
            }
        }
    }
}
