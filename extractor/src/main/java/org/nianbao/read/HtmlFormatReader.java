package org.nianbao.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.nianbao.model.Finding;
import org.nianbao.model.Format;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.read.script.HtmlUnitScripts;
import org.nianbao.read.script.PageScripts;

/**
 * HTML pages, including Word's "save as web page" markup: every {@code <table>} holding no other
 * table becomes an exact grid with its row and column spans expanded; tables that only lay out
 * other tables contribute their own text as running text, never their nested tables' cells. Table
 * {@code T} of a location is the T-th {@code <table>} element of the page in document order (the
 * order of their opening tags, layout tables included), so {@code document.querySelectorAll("table")[T-1]}
 * finds it. Running text is located by its line in the decoded page source.
 */
public final class HtmlFormatReader implements FormatReader {

    /** Spans larger than browsers honour (HTML: colspan ≤ 1000) are hostile or broken markup. */
    private static final int MAX_COLSPAN = 1000;

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final TextFallback fallback;
    private final PageScripts scripts;

    /** @param isValue tells value cells from label text, for pages whose tables were flattened to paragraphs */
    public HtmlFormatReader(Predicate<String> isValue) {
        this(isValue, new HtmlUnitScripts());
    }

    /** @param scripts runs the scripts of a page that has some, before it is read */
    public HtmlFormatReader(Predicate<String> isValue, PageScripts scripts) {
        this.fallback = new TextFallback(isValue);
        this.scripts = scripts;
    }

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public DocumentContent read(byte[] bytes) {
        return read(bytes, LocalSheets.none(), false, Optional.empty(), "");
    }

    /** A page read from a file: the style sheets saved beside it apply ({@link LocalSheets}), its scripts run. */
    @Override
    public DocumentContent read(byte[] bytes, java.nio.file.Path source) {
        java.nio.file.Path name = source.getFileName();
        return read(bytes, LocalSheets.beside(source), xhtml(source),
                Optional.ofNullable(source.toAbsolutePath().getParent()), name == null ? "" : name.toString());
    }

    /**
     * An XHTML file: browsers open {@code .xhtml}/{@code .xht} files (and servers send them) as
     * {@code application/xhtml+xml} and parse them as XML, never in quirks mode (red team 16a).
     */
    private static boolean xhtml(java.nio.file.Path source) {
        java.nio.file.Path name = source.getFileName();
        String file = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        return file.endsWith(".xhtml") || file.endsWith(".xht");
    }

    /**
     * {@code xml}: the page is an XHTML file, which browsers parse as XML. A page with scripts is read as
     * they leave it ({@link LoadedPage}).
     */
    private DocumentContent read(byte[] bytes, LocalSheets sheets, boolean xml, Optional<java.nio.file.Path> folder,
                                 String name) {
        List<Finding> findings = new ArrayList<>();
        DecodedText decoded = decoder.decode(bytes, findings);
        Document page = parse(decoded.text());
        if (!LoadedPage.hasScripts(page)) {
            page = LoadedPage.withoutCode(page); // inert code only (in a <template>, of a type no browser runs)
        } else if (!xml) {
            LoadedPage loaded = LoadedPage.run(page, decoded.text(), scripts, folder, name);
            if (loaded.ran().isPresent()) {
                DocumentContent unscripted = read(loaded.source(), sheets, false, new ArrayList<>(), decoded.charset());
                DocumentContent shown = read(loaded.ran().get(), sheets, false, findings, decoded.charset());
                findings.addAll(loaded.changes(unscripted.grids(), shown.grids()));
                loaded.ranWithout().ifPresent(findings::add);
                loaded.stillRunning().ifPresent(findings::add);
                return new DocumentContent(shown.grids(), shown.text(), findings, decoded.charset(), "");
            }
            findings.add(loaded.notRun());
            page = loaded.fallback(page);
        }
        return read(page, sheets, xml, findings, decoded.charset());
    }

    /**
     * The tables of markup that stands inside another document, already decoded: a Markdown file's
     * raw HTML tables ({@link RawHtmlTables}). Tables are numbered from {@code tablesBefore + 1}, as
     * the file's {@code <table>} elements in order; style sheets beside the file do not apply to it.
     */
    List<CellGrid> embeddedTables(String markup, int tablesBefore, List<Finding> findings) {
        DocumentContent content = read(parse(markup), LocalSheets.none(), false, findings, "");
        List<CellGrid> grids = new ArrayList<>();
        for (CellGrid grid : content.grids()) {
            if (grid.positions() == Positions.EXACT) { // not paragraphs read as a table
                grids.add(renumbered(grid, tablesBefore));
            }
        }
        return grids;
    }

    private static CellGrid renumbered(CellGrid grid, int tablesBefore) {
        return new CellGrid(grid.rows().stream().map(row -> row.stream().map(cell -> cell.where()
                instanceof Location.TableCell at
                        ? new GridCell(cell.text(), new Location.TableCell(at.table() + tablesBefore,
                                at.row(), at.col()), cell.spanned(), cell.notes(), cell.span())
                        : cell).toList()).toList(), grid.positions());
    }

    /** A parser per document: jsoup parsers keep state while parsing. */
    static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    private DocumentContent read(Document page, LocalSheets sheets, boolean xml, List<Finding> findings, String charset) {
        HtmlVisibility visibility = HtmlVisibility.of(page, sheets, xml);
        for (String href : visibility.unreadSheets()) {
            findings.add(Finding.warning("stylesheet-unread", Scope.document(), "the page's style sheet \"" + href
                    + "\" was not read (" + sheets.whyUnread(href) + "): what it hides or shows is not known; a number"
                    + " split by an element of a class or id no rule read names is doubted at its cell",
                    Location.none()));
        }
        List<Element> tables = page.getElementsByTag("table");
        Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());
        List<CellGrid> grids = new ArrayList<>();
        for (Element table : tables) {
            if (isDataTable(table) && !inCell(table) && !visibility.removed(table)) {
                dataTables.add(table);
            }
        }
        PositionedBoxes boxes = PositionedBoxes.of(page.body(), dataTables, visibility);
        for (int i = 0; i < tables.size(); i++) {
            if (dataTables.contains(tables.get(i))) {
                grids.add(grid(tables.get(i), i + 1, visibility, boxes, findings));
            }
        }
        int number = tables.size();
        for (Element root : DivTables.find(page.body(), visibility)) {
            dataTables.add(root);
            grids.add(DivTables.grid(root, ++number, visibility));
        }
        for (GridTables.Layout grid : GridTables.find(page.body(), visibility)) {
            Element root = grid.root();
            if (dataTables.stream().noneMatch(t -> t.getAllElements().contains(root) || root.getAllElements().contains(t))) {
                dataTables.add(root);
                grids.add(GridTables.grid(grid, ++number, visibility));
            }
        }
        // a page of positioned text blocks (pdftohtml) is laid out as space-aligned text
        List<TextLine> text = PositionedPage.lines(page)
                .orElseGet(() -> HtmlText.running(page.body(), dataTables, visibility));
        grids.addAll(fallback.flattenedGrids(grids, text));
        List<TextLine> shown = new ArrayList<>(text);
        shown.addAll(EmbeddedText.of(page)); // after the tables are found: notices, never the report's rows
        return new DocumentContent(grids, shown, findings, charset, "");
    }

    /**
     * A table holding no other table, or only tables of one cell: an editor that pastes a number
     * as a table leaves a 1×1 table inside a cell, which is that cell's text, not a layout.
     */
    private static boolean isDataTable(Element table) {
        Elements all = table.getElementsByTag("table"); // the table itself first
        return all.stream().skip(1).allMatch(HtmlFormatReader::isSingleCell);
    }

    /** A 1×1 table inside another table's cell: read as that cell's text. */
    private static boolean inCell(Element table) {
        return isSingleCell(table) && table.parents().stream().anyMatch(p -> p.normalName().equals("table"));
    }

    private static boolean isSingleCell(Element table) {
        return table.getElementsByTag("table").size() == 1 && table.select("tr").size() == 1
                && table.select("td, th").size() == 1;
    }

    /** One table's rows, row group by row group: a rowspan never reaches past its own group. */
    private static CellGrid grid(Element table, int number, HtmlVisibility visibility, PositionedBoxes boxes,
                                 List<Finding> findings) {
        BitSet collapsed = collapsedColumns(table, visibility);
        SpanGrid grid = new SpanGrid(number, collapsed);
        for (List<Element> group : rowGroups(table)) {
            // a row or cell with display:none takes no place: browsers lay the table out without it
            List<Element> rows = group.stream().filter(r -> !visibility.removed(r)).toList();
            for (int r = 0; r < rows.size(); r++) {
                grid.nextRow();
                int left = rows.size() - r;
                for (Element cell : rows.get(r).children()) {
                    if ((cell.normalName().equals("td") || cell.normalName().equals("th"))
                            && visibility.seen(cell).verdict() != HtmlVisibility.Verdict.REMOVED) {
                        int rowspan = span(cell.attr("rowspan"), 1);
                        HtmlVisibility.Seen around = visibility.around(cell);
                        CellText text = around(HtmlText.cell(cell, visibility, around), around);
                        List<CellNote> notes = concat(text.notes(), boxes.notes(table, cell, text.text().isBlank()));
                        notes = concat(notes, LoadedPage.unsettled(cell, text.text()).stream().toList());
                        grid.add(text.text(), notes, rowspan == 0 ? left : Math.min(rowspan, left),
                                Math.max(1, Math.min(span(cell.attr("colspan"), 1), MAX_COLSPAN)));
                    }
                }
            }
        }
        if (!collapsed.isEmpty()) {
            findings.add(Finding.info("column-collapsed", Scope.document(), "table " + number + ": "
                    + (collapsed.cardinality() == 1 ? "column " : "columns ")
                    + collapsed.stream().mapToObj(c -> Integer.toString(c + 1)).collect(Collectors.joining(", "))
                    + " of the markup collapsed by visibility:collapse on <col>/<colgroup>: not shown on the page,"
                    + " not read; the columns after are numbered as shown", new Location.TableCell(number, 1, 1)));
        }
        if (grid.truncated()) {
            findings.add(Finding.warning("table-truncated", Scope.document(), "table " + number + " spans more than "
                    + SpanGrid.MAX_POSITIONS + " positions; the rest of it was not read",
                    new Location.TableCell(number, 1, 1)));
        }
        return grid.build();
    }

    /**
     * A cell's text as the table around it shows it ({@link HtmlVisibility#around}): not read, and
     * noted, where its row, row group or table strikes it or fades it out; in doubt where the colour
     * it inherits, or the paint behind it, cannot be evaluated.
     */
    private static CellText around(CellText text, HtmlVisibility.Seen seen) {
        if (text.text().isBlank() || seen.verdict() == HtmlVisibility.Verdict.SHOWN || seen.settable()) {
            return text; // an inherited colour, size or visibility is settled text by text (HtmlText.cell)
        }
        CellNote note = switch (seen.verdict()) {
            case STRUCK -> CellNote.struck(text.text().strip(), seen.how());
            case DOUBTED -> CellNote.doubtful(text.text().strip(), "it is drawn in " + seen.how()
                    + ", so whether it shows is not known");
            default -> CellNote.hidden(text.text().strip(), seen.how());
        };
        if (seen.verdict() == HtmlVisibility.Verdict.DOUBTED && text.text().chars().noneMatch(Character::isDigit)) {
            return text;
        }
        List<CellNote> notes = concat(text.notes(), List.of(note));
        return new CellText(seen.verdict().read() ? text.text() : "", notes);
    }

    private static List<CellNote> concat(List<CellNote> a, List<CellNote> b) {
        List<CellNote> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The columns, 0-based as the markup counts them, that the table's {@code <col>}s and
     * {@code <colgroup>}s collapse. As Chromium lays tables out: a {@code <colgroup>} with
     * {@code <col>}s covers their spans and ignores its own {@code span}; one without covers
     * {@code span} columns; a {@code display:none} one takes no column at all (and collapses none).
     */
    private static BitSet collapsedColumns(Element table, HtmlVisibility visibility) {
        BitSet collapsed = new BitSet();
        int column = 0;
        for (Element child : table.children()) {
            List<Element> cols = switch (child.normalName()) {
                case "col" -> List.of(child);
                case "colgroup" -> visibility.removed(child) ? List.of()
                        : child.children().stream().filter(c -> c.normalName().equals("col")).toList();
                default -> null;
            };
            if (cols == null || visibility.removed(child)) {
                continue;
            }
            if (cols.isEmpty()) {
                cols = List.of(child);
            }
            for (Element col : cols) {
                int n = Math.max(1, Math.min(span(col.attr("span"), 1), MAX_COLSPAN));
                if (!visibility.removed(col) && visibility.collapsed(col)) {
                    collapsed.set(column, column + n);
                }
                column += visibility.removed(col) ? 0 : n;
            }
        }
        return collapsed;
    }

    /**
     * The table's rows by group (thead, each tbody, tfoot, or rows directly in the table), in the
     * order a browser shows them: the first {@code <thead>} on top and the first {@code <tfoot>} at
     * the bottom wherever they stand in the source (HTML 4 put the footer before the body), every
     * other group in source order.
     */
    static List<List<Element>> rowGroups(Element table) {
        List<List<Element>> groups = new ArrayList<>();
        List<Element> head = null;
        List<Element> foot = null;
        List<Element> loose = null;
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> {
                    if (loose == null) {
                        loose = new ArrayList<>();
                        groups.add(loose);
                    }
                    loose.add(child);
                }
                case "thead", "tbody", "tfoot" -> {
                    loose = null;
                    List<Element> rows = child.children().stream().filter(e -> e.normalName().equals("tr")).toList();
                    if (head == null && child.normalName().equals("thead")) {
                        head = rows;
                    } else if (foot == null && child.normalName().equals("tfoot")) {
                        foot = rows;
                    } else {
                        groups.add(rows);
                    }
                }
                default -> {
                    // caption, colgroup: not rows
                }
            }
        }
        if (head != null) {
            groups.add(0, head);
        }
        if (foot != null) {
            groups.add(foot);
        }
        return groups;
    }

    /** A span attribute as browsers read it: leading digits, else the default. */
    static int span(String attr, int dflt) {
        String s = attr.strip();
        int n = 0;
        int i = 0;
        while (i < s.length() && i < 6 && Character.isDigit(s.charAt(i))) {
            n = n * 10 + (s.charAt(i) - '0');
            i++;
        }
        return i == 0 ? dflt : n;
    }
}
