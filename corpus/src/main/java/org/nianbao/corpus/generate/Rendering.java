package org.nianbao.corpus.generate;

import java.util.Arrays;
import java.util.List;
import org.nianbao.model.Format;

/**
 * The ways a generated report is turned into a document. The text ones imitate how the seeds in
 * /work/shared/seeds were flattened on the way to the web.
 */
public enum Rendering {
    /** One cell per paragraph, blank lines between, a blank cell as an extra blank line (康乐县). */
    TEXT_PARAGRAPHS("text-paragraphs", Format.TEXT, "txt", true),
    /** One tab-indented cell per line, rows separated by blank lines, wrapped lines without the tab (积石山县). */
    TEXT_TAB_CELLS("text-tab-cells", Format.TEXT, "txt", true),
    /** Tab-separated rows holding only the cells that start there: merged cells lost (盐池县, 夏邑县). */
    TEXT_TAB_ROWS("text-tab-rows", Format.TEXT, "txt", false),
    /** Tab-separated rows with every grid position, merged ones empty, stray trailing tabs (甘肃省). */
    TEXT_TAB_PADDED("text-tab-padded", Format.TEXT, "txt", false),
    /** pdftotext -layout: cells aligned by spaces, wrapped labels on their own lines, page footers. */
    TEXT_SPACE_ALIGNED("text-space-aligned", Format.TEXT, "txt", true),
    /** Markdown pipe tables, merged positions empty. */
    TEXT_MARKDOWN("text-markdown", Format.TEXT, "md", false),
    HTML_UTF8("html-utf8", Format.HTML, "html", false),
    HTML_GBK("html-gbk", Format.HTML, "htm", false),
    /** HTML with every merged cell written out as empty cells (no rowspan/colspan). */
    HTML_EXPANDED("html-expanded", Format.HTML, "html", false),
    DOCX("docx", Format.DOCX, "docx", true),
    PDF("pdf", Format.PDF, "pdf", true),
    /** The PDF rendering scanned: every page an image at 150 or 200 dpi, clean or degraded (see ScanRenderer). */
    SCAN_150("scan-150", Format.PDF, "pdf", true),
    SCAN_200("scan-200", Format.PDF, "pdf", true),
    SCAN_150_DEGRADED("scan-150-degraded", Format.PDF, "pdf", true),
    SCAN_200_DEGRADED("scan-200-degraded", Format.PDF, "pdf", true);

    private final String id;
    private final Format format;
    private final String extension;
    private final boolean paged;

    Rendering(String id, Format format, String extension, boolean paged) {
        this.id = id;
        this.format = format;
        this.extension = extension;
        this.paged = paged;
    }

    public String id() {
        return id;
    }

    public Format format() {
        return format;
    }

    public String extension() {
        return extension;
    }

    /** True when the document has pages, so its tables may be cut by a page end. */
    public boolean paged() {
        return paged;
    }

    /** True for the scanned renderings, which need OCR to be read. */
    public boolean scanned() {
        return id.startsWith("scan-");
    }

    /** True when rendering needs a CJK TrueType font (the PDF and its scans). */
    public boolean needsFont() {
        return this == PDF || scanned();
    }

    /**
     * The renderings a {@code --formats} list names: format ids ({@code text}, {@code html} …;
     * {@code pdf} is the text-layer PDF), {@code scan} for every scanned rendering, or rendering ids
     * ({@code text-markdown}, {@code scan-200-degraded}).
     */
    public static List<Rendering> select(List<String> names) {
        List<Rendering> out = Arrays.stream(values())
                .filter(r -> (r.scanned() ? names.contains("scan") : names.contains(r.format.id()))
                        || names.contains(r.id)).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no rendering is called " + names + "; known: formats "
                    + Arrays.stream(values()).map(r -> r.format.id()).distinct().toList() + ", scan, or renderings "
                    + Arrays.stream(values()).map(Rendering::id).toList());
        }
        return out;
    }
}
