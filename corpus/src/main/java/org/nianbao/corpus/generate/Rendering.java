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
    PDF("pdf", Format.PDF, "pdf", true);

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

    /**
     * The renderings a {@code --formats} list names: format ids ({@code text}, {@code html} …) or
     * rendering ids ({@code text-markdown}).
     */
    public static List<Rendering> select(List<String> names) {
        List<Rendering> out = Arrays.stream(values())
                .filter(r -> names.contains(r.format.id()) || names.contains(r.id)).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no rendering is called " + names + "; known: formats "
                    + Arrays.stream(values()).map(r -> r.format.id()).distinct().toList() + " or renderings "
                    + Arrays.stream(values()).map(Rendering::id).toList());
        }
        return out;
    }
}
