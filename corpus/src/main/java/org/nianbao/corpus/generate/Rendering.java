package org.nianbao.corpus.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    SCAN_200_DEGRADED("scan-200-degraded", Format.PDF, "pdf", true),
    /** {@code w3m -dump} of the UTF-8 page: box-drawing tables, wrapped cells. */
    TOOL_W3M("tool-w3m", HTML_UTF8, ExternalTool.of("w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
            "-cols", "200", "{}")),
    /** {@code lynx -dump}: rows as running text, a cell's paragraphs on lines of their own. */
    TOOL_LYNX("tool-lynx", HTML_UTF8, ExternalTool.of("lynx", "-dump", "-nolist", "-width=200",
            "-assume_charset=utf-8", "-display_charset=utf-8", "{}")),
    /** {@code links -dump}: ASCII-art tables. */
    TOOL_LINKS("tool-links", HTML_UTF8, ExternalTool.of("links", "-dump", "-width", "200", "-codepage", "utf-8", "{}")),
    /** Debian's {@code html2text -utf8}: underscore-padded pipes, CJK cut by byte widths. */
    TOOL_HTML2TEXT("tool-html2text", HTML_UTF8, ExternalTool.of("html2text", "-utf8", "-width", "200", "{}")),
    /** Python {@code html2text} (Debian's {@code html2markdown}): Markdown rows broken by cell paragraphs. */
    TOOL_HTML2MARKDOWN("tool-html2markdown", HTML_UTF8, ExternalTool.of("html2markdown", "{}", "utf-8")),
    /** {@code pandoc -t plain}: simple tables aligned by spaces under dash rules. */
    TOOL_PANDOC_PLAIN("tool-pandoc-plain", HTML_UTF8, ExternalTool.of("pandoc", "-f", "html", "-t", "plain", "{}")),
    /**
     * {@code pandoc -t markdown} of the page: tables Markdown cannot draw (merged cells) written as their
     * raw HTML {@code <table>}, the others as pipe, simple or grid tables.
     */
    TOOL_PANDOC_MARKDOWN("tool-pandoc-markdown", HTML_UTF8, ExternalTool.of("pandoc", "-f", "html", "-t", "markdown",
            "{}")),
    /** {@code pandoc -t gfm} of the Word document: GitHub Markdown, tables with merged cells as raw HTML. */
    TOOL_PANDOC_GFM_DOCX("tool-pandoc-gfm-docx", DOCX, ExternalTool.of("pandoc", "-f", "docx", "-t", "gfm", "{}")),
    /** {@code pdftotext -raw} of the PDF: single-spaced rows, wrapped labels and numbers. */
    TOOL_PDFTOTEXT_RAW("tool-pdftotext-raw", PDF, ExternalTool.of("pdftotext", "-raw", "-enc", "UTF-8", "{}", "-")),
    /** {@code pdftotext -layout} of the PDF: columns aligned by spaces, blank cells leave no trace. */
    TOOL_PDFTOTEXT_LAYOUT("tool-pdftotext-layout", PDF, ExternalTool.of("pdftotext", "-layout", "-enc", "UTF-8", "{}", "-")),
    /** {@code pdftotext} in its default mode: a table's cells as blocks, column by column. */
    TOOL_PDFTOTEXT("tool-pdftotext", PDF, ExternalTool.of("pdftotext", "-enc", "UTF-8", "{}", "-")),
    /** {@code pdftohtml -s -i}: absolutely positioned text blocks, no table (read as HTML). */
    TOOL_PDFTOHTML("tool-pdftohtml", PDF, ExternalTool.of("pdftohtml", "-q", "-s", "-i", "-noframes", "-stdout", "{}"));

    private final String id;
    private final Format format;
    private final String extension;
    private final boolean paged;
    private final Rendering source;
    private final ExternalTool tool;

    Rendering(String id, Format format, String extension, boolean paged) {
        this.id = id;
        this.format = format;
        this.extension = extension;
        this.paged = paged;
        this.source = null;
        this.tool = null;
    }

    /** A real tool's text of the document rendered as {@code source}. */
    Rendering(String id, Rendering source, ExternalTool tool) {
        this.id = id;
        boolean html = tool.program().equals("pdftohtml");
        this.format = html ? Format.HTML : Format.TEXT;
        this.extension = html ? "html" : tool.program().equals("html2markdown") || markdown(tool) ? "md" : "txt";
        this.paged = source.paged;
        this.source = source;
        this.tool = tool;
    }

    /** pandoc asked for a Markdown flavour ({@code -t markdown}, {@code gfm}, {@code commonmark}). */
    private static boolean markdown(ExternalTool tool) {
        int to = tool.args().indexOf("-t");
        return tool.program().equals("pandoc") && to >= 0 && to + 1 < tool.args().size()
                && List.of("markdown", "gfm", "commonmark").contains(tool.args().get(to + 1));
    }

    /** The program this rendering runs, when it is a real tool's text of another rendering. */
    public Optional<String> toolName() {
        return Optional.ofNullable(tool).map(ExternalTool::program);
    }

    Optional<ExternalTool> tool() {
        return Optional.ofNullable(tool);
    }

    /** The rendering a tool reads; this rendering itself when it runs no tool. */
    Rendering source() {
        return source == null ? this : source;
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

    /**
     * The renderings a {@code --formats} list names: format ids ({@code text}, {@code html} …; the
     * text of real tools and the scans are not included), rendering ids ({@code text-markdown},
     * {@code tool-w3m}, {@code scan-200}), {@code tools} for every real tool's rendering, or
     * {@code scan} for every scanned one.
     */
    public static List<Rendering> select(List<String> names) {
        List<Rendering> out = Arrays.stream(values())
                .filter(r -> names.contains(r.format.id()) && r.tool == null && !r.scanned() || names.contains(r.id)
                        || names.contains("tools") && r.tool != null || names.contains("scan") && r.scanned()).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no rendering is called " + names + "; known: formats "
                    + Arrays.stream(values()).map(r -> r.format.id()).distinct().toList() + ", tools, scan, or renderings "
                    + Arrays.stream(values()).map(Rendering::id).toList());
        }
        return out;
    }
}
