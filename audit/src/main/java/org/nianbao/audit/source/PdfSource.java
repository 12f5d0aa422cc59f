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
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.model.Location;
import org.nianbao.read.pdf.DisplayedFrame;
import org.nianbao.read.pdf.PageReading;
import org.nianbao.read.pdf.PdfPageReader;
import org.nianbao.reconstruct.pdf.Glyph;

/**
 * A PDF opened with PDFBox. A cell is re-found from the glyphs inside its box (in the same top-left,
 * y-down points the locations use), read the way the PDF reader reads a page (its judgement of what
 * is visible) but independently of how it rebuilt the table: a box that holds other text than the
 * raw one shows a wrong location.
 */
public final class PdfSource implements SourceView, PageImages {

    /** Boxes are widened by this much: a stream cell's box ends exactly on its glyphs' baseline. */
    private static final float SLACK = 2f;

    private final PDDocument pdf;
    private final PdfPageReader reader = new PdfPageReader();
    private final Map<Integer, PageReading> pages = new HashMap<>();

    PdfSource(byte[] bytes) throws IOException {
        this.pdf = Loader.loadPDF(bytes);
    }

    @Override
    public int pages() {
        return pdf.getNumberOfPages();
    }

    /** The page as displayed, the frame the locations are measured in. */
    private DisplayedFrame displayed(int page) {
        return DisplayedFrame.shown(pdf.getPage(page - 1));
    }

    @Override
    public float width(int page) {
        return displayed(page).width();
    }

    @Override
    public float height(int page) {
        return displayed(page).height();
    }

    @Override
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

    /**
     * The glyphs whose centre lies in the box, line by line (glyphs whose boxes overlap vertically
     * are one line, so a raised superscript stays with its number), left to right.
     */
    private String textIn(int page, float x0, float y0, float x1, float y1) throws IOException {
        List<Glyph> in = new ArrayList<>();
        PageReading read = page(page);
        for (Glyph g : read.layout().glyphs()) {
            Glyph shown = read.displayed().place(g); // the box is given on the page as displayed
            if (shown.centerX() >= x0 - SLACK && shown.centerX() <= x1 + SLACK && shown.centerY() >= y0 - SLACK
                    && shown.centerY() <= y1 + SLACK) {
                in.add(g); // and its text read in the frame the page's text stands upright in
            }
        }
        in.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> lines = new ArrayList<>();
        float bottom = -Float.MAX_VALUE;
        for (Glyph g : in) {
            if (lines.isEmpty() || g.y0() >= bottom) {
                lines.add(new ArrayList<>());
                bottom = g.y1();
            }
            lines.get(lines.size() - 1).add(g);
            bottom = Math.max(bottom, g.y1());
        }
        StringBuilder b = new StringBuilder();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x0));
            line.forEach(g -> b.append(g.text()));
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * The glyphs of a page as the PDF reader believes them: invisible, white, covered and duplicate
     * glyphs left out, superscript markers as the reader writes them; none on a page it distrusts; in the
     * frame the page's text stands upright in, with where that frame stands on the page as displayed.
     */
    private PageReading page(int page) throws IOException {
        PageReading cached = pages.get(page);
        if (cached == null) {
            cached = reader.read(pdf, page);
            pages.put(page, cached);
        }
        return cached;
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
