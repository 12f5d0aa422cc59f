package org.nianbao.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.TextLine;
import org.w3c.dom.Node;

/**
 * Walks a WordprocessingML body in document order. Tables are numbered in the order their
 * {@code <w:tbl>} elements start (nested and content-control tables included); a table holding no
 * other table becomes an exact grid ({@code gridSpan} expanded, {@code vMerge}/{@code hMerge}
 * continuations marked spanned, {@code gridBefore} left empty); a table that only lays out other
 * tables gives its own paragraphs as running text. Content controls ({@code w:sdt}) and custom
 * XML wrappers are looked through at every level: body, table, row and cell.
 */
final class DocxBody {

    private static final Set<String> WORD = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    /** Containers whose content counts as if it stood in their place. */
    private static final Set<String> WRAPPERS = Set.of("sdt", "sdtContent", "customXml", "smartTag", "ins",
            "hyperlink", "fldSimple", "r", "dir", "bdo");
    /** Inside a paragraph: properties, deleted or moved-away text, alternatives already given once. */
    private static final Set<String> NOT_TEXT = Set.of("pPr", "rPr", "sdtPr", "sdtEndPr", "del", "moveFrom",
            "instrText", "delText", "delInstrText", "Fallback");
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Reads an {@code altChunk}'s part (by relationship id) as a document of its own, if it can. */
    interface Chunks {
        DocumentContent read(String relationshipId);
    }

    private final Chunks chunks;
    private final WordStyles styles;
    /** The document's list numbering: the labels Word draws before numbered paragraphs. */
    private final WordNumbering numbering;
    /** The custom XML parts content controls are bound to ({@code w:dataBinding}). */
    private final WordDataStore dataStore;

    private final List<CellGrid> grids = new ArrayList<>();
    private final List<TextLine> text = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private int tables;
    /**
     * The complex fields open in the paragraph being read, innermost first; null in a paragraph
     * whose fields do not all end in it.
     */
    private Deque<Field> fields;

    /** A complex field being read: its instructions so far, and whether its result has begun. */
    private static final class Field {
        private final StringBuilder instructions = new StringBuilder();
        private boolean inResult;
    }
    /** How the table style formats the cell being read ({@link WordTableStyle.Format#NONE} outside tables). */
    private WordTableStyle.Format tableFormat = WordTableStyle.Format.NONE;
    /** The size (half-points) of the last shown run with text in the paragraph being read, 0 at its start. */
    private int lastSize;
    /** Numbers in floating text boxes and frames anchored outside the tables: they may stand over any empty cell, and a filled one over any cell. */
    private List<FloatingTextBoxes.Box> floating = List.of();
    /** Where the text stands across the pages; null when the sections do not settle it. */
    private WordPage page;

    DocxBody(Chunks chunks, WordStyles styles) {
        this(chunks, styles, WordNumbering.NONE);
    }

    DocxBody(Chunks chunks, WordStyles styles, WordNumbering numbering) {
        this(chunks, styles, numbering, WordDataStore.NONE);
    }

    DocxBody(Chunks chunks, WordStyles styles, WordNumbering numbering, WordDataStore dataStore) {
        this.chunks = chunks;
        this.styles = styles;
        this.numbering = numbering;
        this.dataStore = dataStore;
    }

    /** Reads the body element's content. */
    DocxBody read(Node body) {
        page = WordPage.of(body);
        floating = FloatingTextBoxes.boxes(body, page);
        block(body);
        return this;
    }

    List<CellGrid> grids() {
        return grids;
    }

    List<TextLine> text() {
        return text;
    }

    List<Finding> findings() {
        return findings;
    }

    private void block(Node container) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (word(n)) {
                case "p" -> {
                    for (String line : paragraph(n, new WordRuns.Notes(), WordRuns.PAGE).split("\n")) {
                        if (!line.isBlank()) {
                            text.add(new TextLine(line.strip(), Location.none()));
                        }
                    }
                }
                case "tbl" -> table(n);
                case "sdt", "sdtContent", "customXml" -> block(n);
                case "altChunk" -> altChunk(n);
                default -> {
                    // sectPr, bookmarks, proofing marks: no content
                }
            }
        }
    }

    /**
     * An {@code altChunk}: content imported from another part (an HTML page pasted by a content
     * system), which Word renders in its place. Its tables keep the numbering of that part.
     */
    private void altChunk(Node chunk) {
        String id = relationshipId(chunk);
        DocumentContent content = chunks.read(id);
        grids.addAll(content.grids());
        text.addAll(content.text());
        findings.addAll(content.findings());
        if (content.failed()) {
            findings.add(Finding.warning("altchunk-unreadable", Scope.document(), "imported content (altChunk "
                    + id + ") was not read: " + content.failure(), Location.none()));
        }
    }

    private void table(Node tbl) {
        int number = ++tables;
        if (containsTable(tbl)) {
            for (Node row : children(tbl, "tr")) {
                for (Node cell : children(row, "tc")) {
                    block(cell);
                }
            }
            return;
        }
        SpanGrid grid = new SpanGrid(number);
        WordTableStyle tableStyle = WordTableStyle.of(styles, tbl);
        boolean styled = tableStyle.formatsCells();
        Node tableShading = child(child(tbl, "tblPr"), "shd");
        int[] edges = page == null ? null : page.columnEdges(tbl);
        List<Node> rows = children(tbl, "tr");
        for (int r = 0; r < rows.size(); r++) {
            Node row = rows.get(r);
            grid.nextRow();
            Node trPr = child(row, "trPr");
            int column = Math.min(intVal(child(trPr, "gridBefore"), 0), 63);
            grid.addNothing(column);
            List<Node> cells = children(row, "tc");
            for (int c = 0; c < cells.size(); c++) {
                Node cell = cells.get(c);
                Node tcPr = child(cell, "tcPr");
                int span = Math.max(1, Math.min(intVal(child(tcPr, "gridSpan"), 1), 63));
                List<WordTableStyle.Format> readings = styled ? tableStyle.readings(r, rows.size(), c, cells.size(), column)
                        : List.of(WordTableStyle.Format.NONE);
                column += span;
                if (continues(child(tcPr, "vMerge")) || continues(child(tcPr, "hMerge"))) {
                    grid.addCovered(span);
                } else {
                    WordRuns.Notes notes = new WordRuns.Notes();
                    String text = cellText(cell, notes, readings.get(0), tableShading);
                    List<CellNote> cellNotes = notes.list();
                    for (WordTableStyle.Format other : readings.subList(1, readings.size())) {
                        WordRuns.Notes otherNotes = new WordRuns.Notes();
                        String otherText = cellText(cell, otherNotes, other, tableShading);
                        if (!otherText.equals(text)) {
                            // the reading that shows more is kept, so that a label one renderer shows is
                            // still read as a label; the cell's value is in doubt either way
                            String shown = text;
                            if (otherText.strip().length() > text.strip().length()) {
                                text = otherText;
                                cellNotes = otherNotes.list();
                            }
                            cellNotes = new ArrayList<>(cellNotes);
                            cellNotes.add(CellNote.doubtful(text, "its table style shows '" + shown.strip() + "' or '"
                                    + otherText.strip() + "' as " + other.reading().what() + " or not, a point on which"
                                    + " Word, WPS and LibreOffice do not all agree"));
                            break;
                        }
                    }
                    String picture = text.isBlank() ? picture(cell) : "";
                    if (!picture.isEmpty()) {
                        cellNotes = new ArrayList<>(cellNotes);
                        cellNotes.add(CellNote.covered("a picture (" + picture
                                + ") is the cell's only content: it may show the value, which has no text to read"));
                    }
                    FloatingTextBoxes.Across across = edges == null || column - span < 0 || column >= edges.length ? null
                            : new FloatingTextBoxes.Across(edges[column - span], edges[column]);
                    var covering = !text.isBlank() ? FloatingTextBoxes.cover(floating, across)
                            : picture.isEmpty() ? FloatingTextBoxes.note(floating, across) : java.util.Optional.<CellNote>empty();
                    if (covering.isPresent()) {
                        cellNotes = new ArrayList<>(cellNotes);
                        cellNotes.add(covering.get());
                    }
                    grid.add(text, cellNotes, 1, span);
                }
            }
        }
        if (grid.truncated()) {
            findings.add(Finding.warning("table-truncated", Scope.document(), "table " + number + " is larger than "
                    + SpanGrid.MAX_POSITIONS + " positions; the rest of it was not read",
                    new Location.TableCell(number, 1, 1)));
        }
        grids.add(grid.build());
    }

    /**
     * The first picture in a cell ({@code w:drawing}, {@code w:pict}, {@code w:object}) outside a
     * deleted revision, as its element name; "" when none.
     */
    private static String picture(Node container) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE || word(n).equals("del") || word(n).equals("moveFrom")) {
                continue;
            }
            String w = word(n);
            if (w.equals("drawing") || w.equals("pict") || w.equals("object")) {
                return "w:" + w;
            }
            String inner = picture(n);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return "";
    }

    /** A merge continuation: {@code <w:vMerge/>} or {@code w:val="continue"}; {@code restart} starts one. */
    private static boolean continues(Node merge) {
        if (merge == null) {
            return false;
        }
        String val = attr(merge, "val");
        return val.isEmpty() || val.equals("continue");
    }

    /**
     * The cell's visible text with its table style formatting it as {@code format}: the colour behind
     * its text is its own shading, else the style's, over the table's shading ({@code tableShading}), else the page.
     */
    private String cellText(Node cell, WordRuns.Notes notes, WordTableStyle.Format format, Node tableShading) {
        Node own = child(child(cell, "tcPr"), "shd");
        String behind = WordRuns.fill(own != null ? own : format.shading(), WordRuns.fill(tableShading, WordRuns.PAGE));
        WordTableStyle.Format outer = tableFormat;
        tableFormat = format;
        List<String> lines = new ArrayList<>();
        collectParagraphs(cell, lines, notes, behind);
        tableFormat = outer;
        // a cell-level content control (w:sdt holding the w:tc) bound to custom XML shows the bound value too
        for (Node up = cell.getParentNode(); up != null && !word(up).equals("tr"); up = up.getParentNode()) {
            if (word(up).equals("sdt")) {
                binding(up, String.join("", lines), notes);
            }
        }
        return String.join("\n", lines);
    }

    private void collectParagraphs(Node container, List<String> lines, WordRuns.Notes notes, String behind) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (word(n)) {
                case "p" -> {
                    String text = paragraph(n, notes, behind);
                    for (String line : text.split("\n")) {
                        if (!line.isBlank()) {
                            lines.add(line.strip());
                        }
                    }
                    Node p = n;
                    numbering.level(p).ifPresent(level -> listLabel(level, p, text, notes, behind));
                }
                case "sdt" -> {
                    int from = lines.size();
                    collectParagraphs(n, lines, notes, behind);
                    binding(n, String.join("", lines.subList(from, lines.size())), notes);
                }
                case "sdtContent", "customXml" -> collectParagraphs(n, lines, notes, behind);
                default -> {
                }
            }
        }
    }

    /**
     * The label a numbering level draws before a cell's paragraph ({@code %1} from 250, a stale {@code 1}
     * before 250) is not read: where it can hold a figure and stands before a figure or alone, the cell is
     * doubted. A label white on its background is unseen in Word and LibreOffice alike and changes nothing;
     * one hidden by {@code w:vanish} Word hides and LibreOffice draws (checked), so it is doubted too.
     */
    private void listLabel(WordNumbering.Level level, Node p, String text, WordRuns.Notes notes, String behind) {
        String shownText = text.strip();
        if (!level.drawsFigure() || !shownText.isEmpty() && !Character.isDigit(shownText.charAt(0))) {
            return;
        }
        String style = styles.paragraphStyle(p);
        WordRuns.Look look = WordRuns.look(styles.run(level.rPr(), style, tableFormat), behind(p, style, behind));
        if (look.verdict() == WordRuns.Verdict.HIDDEN && !look.how().contains("vanish")) {
            return;
        }
        notes.doubted(new StringBuilder(), level.text() + " (" + level.format() + ", from " + level.start() + ")",
                "a list number Word draws before the paragraph (its numbering level), which is not read");
    }

    /** A paragraph's visible text with its runs joined (Word splits "12" into runs "1" and "2" freely). */
    private String paragraph(Node p, WordRuns.Notes notes, String behind) {
        StringBuilder sb = new StringBuilder();
        String style = styles.paragraphStyle(p);
        int outer = lastSize; // a text box's paragraph inside a run: the outer paragraph goes on after it
        lastSize = 0;
        Deque<Field> outerFields = fields;
        fields = fieldsClose(p) ? new ArrayDeque<>() : null;
        runs(p, style, sb, notes, behind(p, style, behind));
        lastSize = outer;
        fields = outerFields;
        return sb.toString();
    }

    /** The colour behind a paragraph's text: its own shading, else its style's, over what is behind it. */
    private String behind(Node p, String style, String behind) {
        Node shd = child(child(p, "pPr"), "shd");
        return shd != null ? WordRuns.fill(shd, behind) : styles.fill(style, behind);
    }

    private void runs(Node container, String style, StringBuilder sb, WordRuns.Notes notes, String behind) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if (word(n).equals("del") || word(n).equals("moveFrom")) {
                notes.struck(sb, deleted(n), "deleted revision (w:" + word(n) + ")");
                continue;
            }
            if (word(n).equals("instrText") && fields != null && !fields.isEmpty() && !fields.peek().inResult) {
                fields.peek().instructions.append(textOf(n)); // an EQ field is drawn from them
            }
            if (NOT_TEXT.contains(n.getLocalName())) {
                continue;
            }
            if (fields != null && fields.stream().anyMatch(f -> !f.inResult) && !word(n).equals("fldChar")
                    && !word(n).equals("r")) {
                continue; // inside a field's instructions: a nested field's result there is part of the code
            }
            if (OfficeMath.is(n)) {
                math(n, style, sb, notes, behind);
                continue;
            }
            switch (word(n)) {
                case "fldChar" -> field(attr(n, "fldCharType"), sb);
                case "t" -> sb.append(textOf(n));
                case "tab", "ptab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                case "noBreakHyphen" -> sb.append('-');
                case "sym" -> sb.append(symbol(attr(n, "font"), attr(n, "char")));
                case "p" -> sb.append('\n').append(paragraph(n, notes, behind)).append('\n'); // text boxes
                case "r" -> run(n, style, sb, notes, behind);
                case "ruby" -> ruby(n, style, sb, notes, behind);
                case "sdt" -> {
                    int from = sb.length();
                    runs(n, style, sb, notes, behind);
                    binding(n, from <= sb.length() ? sb.substring(from) : "", notes);
                }
                default -> runs(n, style, sb, notes, behind);
            }
        }
    }

    /**
     * An Office Math element ({@link OfficeMath}) as Word draws it. A display equation ({@code m:oMathPara})
     * stands on lines of its own, one a zone; a zone of runs only is its runs' text, each run read as a
     * {@code w:r} is (its {@code w:rPr} can hide or strike it); a zone that builds a fraction, a superscript,
     * brackets… shows no number its text spells, so it is written as U+FFFD (a number it stands in is
     * unreadable, never read without it) and its cell doubted, naming the text and what was built.
     */
    private void math(Node n, String style, StringBuilder sb, WordRuns.Notes notes, String behind) {
        switch (n.getLocalName()) {
            case "oMathPara" -> {
                for (Node zone = n.getFirstChild(); zone != null; zone = zone.getNextSibling()) {
                    if (OfficeMath.is(zone, "oMath")) {
                        sb.append('\n');
                        math(zone, style, sb, notes, behind);
                        sb.append('\n');
                    }
                }
            }
            case "oMath" -> {
                java.util.Set<String> built = OfficeMath.structures(n);
                if (built.isEmpty()) {
                    runs(n, style, sb, notes, behind);
                } else {
                    notes.doubted(sb, OfficeMath.text(n), "an equation (Office Math) that draws " + String.join(", ", built)
                            + ": its text is not the number the page shows");
                    sb.append('\uFFFD');
                }
            }
            case "r" -> run(n, style, sb, notes, behind);
            case "t" -> sb.append(textOf(n));
            default -> {
                // properties (m:rPr, m:oMathParaPr…), drawing nothing
            }
        }
    }

    /**
     * A content control bound to a custom XML part ({@code w:dataBinding}): Word and LibreOffice show the bound
     * value, not the text cached in the control, which a generator that updated only the part leaves stale.
     * Where the bound value differs from the cached text read, or cannot be found, the cell is doubted.
     */
    private void binding(Node sdt, String cached, WordRuns.Notes notes) {
        Node binding = child(child(sdt, "sdtPr"), "dataBinding");
        if (binding == null) {
            return;
        }
        Optional<String> bound = dataStore.value(binding);
        String read = cached.replaceAll("\\s+", "");
        if (bound.isEmpty()) {
            notes.doubted(new StringBuilder(), read.isEmpty() ? "(empty)" : read, "a content control bound to a custom XML"
                    + " part (w:dataBinding) whose value cannot be found: Word shows the bound value, not this text");
        } else if (!bound.get().replaceAll("\\s+", "").equals(read)) {
            notes.doubted(new StringBuilder(), read.isEmpty() ? "(empty)" : read, "a content control bound to a custom XML"
                    + " part (w:dataBinding): Word and LibreOffice show its value '" + bound.get().strip()
                    + "', not this cached text");
        }
    }

    /**
     * A phonetic guide ({@code w:ruby}): its base text ({@code w:rubyBase}) is the text, the guide
     * ({@code w:rt}) drawn small above it is written after it in superscript characters, as the
     * HTML reader writes {@code <rt>}: a note mark over a number, never a digit of it.
     */
    private void ruby(Node ruby, String style, StringBuilder sb, WordRuns.Notes notes, String behind) {
        Node base = null;
        Node guide = null;
        for (Node n = ruby.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (word(n).equals("rubyBase")) {
                base = n;
            } else if (word(n).equals("rt")) {
                guide = n;
            }
        }
        if (base != null) {
            runs(base, style, sb, notes, behind);
        }
        if (guide != null) {
            StringBuilder above = new StringBuilder();
            runs(guide, style, above, notes, behind);
            if (!above.toString().isBlank()) {
                sb.append(Superscript.of(above.toString().strip()));
            }
        }
    }

    /**
     * A complex field's mark: {@code begin} opens its instructions, {@code separate} ends them (the
     * result follows, which Word shows), {@code end} closes the field. Only the result is text, but
     * an {@code EQ} field, which has none, shows what its instructions draw ({@link EqField}, as in
     * binary Word: Word writes 带圈字符 that way in a DOCX too).
     */
    private void field(String type, StringBuilder sb) {
        if (fields == null) {
            return;
        }
        switch (type) {
            case "begin" -> fields.push(new Field());
            case "separate" -> {
                if (!fields.isEmpty()) {
                    fields.peek().inResult = true;
                }
            }
            case "end" -> {
                if (!fields.isEmpty()) {
                    Field f = fields.pop();
                    String code = f.instructions.toString();
                    if (!f.inResult && EqField.is(code) && fields.stream().allMatch(outer -> outer.inResult)) {
                        sb.append(EqField.render(code));
                    }
                }
            }
            default -> {
                // not a field mark Word knows
            }
        }
    }

    /**
     * Whether every field begun in the paragraph ends in it. A field whose instructions run on into
     * another paragraph (or a broken one) is not followed: its text is read as it stands rather
     * than dropped unseen.
     */
    private static boolean fieldsClose(Node p) {
        if (!(p instanceof org.w3c.dom.Element e)) {
            return false;
        }
        int open = 0;
        var marks = e.getElementsByTagNameNS("*", "fldChar");
        for (int i = 0; i < marks.getLength(); i++) {
            String type = attr(marks.item(i), "fldCharType");
            open += type.equals("begin") ? 1 : type.equals("end") ? -1 : 0;
            if (open < 0) {
                return false;
            }
        }
        return open == 0;
    }

    /**
     * A run as its properties show it: hidden or struck runs are noted, raised or lowered ones
     * written as superscript or subscript; a smaller digit after a digit is a footnote mark too
     * ({@link WordRuns#smallFootnoteMark}).
     */
    private void run(Node r, String style, StringBuilder sb, WordRuns.Notes notes, String behind) {
        WordStyles.Run props = styles.run(child(r, "rPr"), style, tableFormat);
        WordRuns.Look look = WordRuns.look(props, behind);
        if (look.verdict() == WordRuns.Verdict.SHOWN) {
            int start = sb.length();
            runs(r, style, sb, notes, behind);
            if (sb.length() > start) {
                int size = WordRuns.size(props);
                WordRuns.smallFootnoteMark(sb, start, size, lastSize);
                lastSize = size;
            }
            return;
        }
        StringBuilder own = new StringBuilder();
        runs(r, style, own, new WordRuns.Notes(), behind);
        switch (look.verdict()) {
            case HIDDEN -> notes.hidden(sb, own.toString(), look.how());
            case STRUCK -> notes.struck(sb, own.toString(), look.how());
            case RAISED -> sb.append(Superscript.of(own.toString()));
            case LOWERED -> sb.append(Subscript.of(own.toString()));
            case DOUBTED -> {
                notes.doubted(sb, own.toString(), look.how());
                sb.append(own);
            }
            default -> throw new IllegalStateException("unknown verdict " + look.verdict());
        }
    }

    /**
     * A character inserted from a symbol font ({@code <w:sym w:font="Symbol" w:char="F02D"/>}, Insert →
     * Symbol): the Symbol font's minus, plus, digits and punctuation as such; anything else (Greek,
     * Wingdings pictures) as U+FFFD, so that a number it stands in is unreadable rather than read
     * without it.
     */
    static char symbol(String font, String hex) {
        int code;
        try {
            code = Integer.parseInt(hex.strip(), 16);
        } catch (NumberFormatException e) {
            return '\uFFFD';
        }
        code = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code;
        if (!font.strip().equalsIgnoreCase("Symbol")) {
            return '\uFFFD';
        }
        if (code == 0x2D) {
            return '\u2212';
        }
        return code >= 0x20 && code <= 0x3F && code != 0x22 && code != 0x24 && code != 0x27 ? (char) code : '\uFFFD';
    }

    /** The text a deletion removed, as it stood. */
    private static String deleted(Node del) {
        StringBuilder sb = new StringBuilder();
        for (Node n = del.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (word(n).equals("delText") || word(n).equals("t")) {
                sb.append(textOf(n));
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                sb.append(deleted(n));
            }
        }
        return sb.toString();
    }

    private static String textOf(Node t) {
        StringBuilder sb = new StringBuilder();
        for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            }
        }
        return sb.toString();
    }

    /** The element's children named {@code name}, looking through content controls and custom XML. */
    private static List<Node> children(Node parent, String name) {
        List<Node> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            String w = word(n);
            if (w.equals(name)) {
                out.add(n);
            } else if (w.equals("sdt") || w.equals("sdtContent") || w.equals("customXml")) {
                out.addAll(children(n, name));
            }
        }
        return out;
    }

    private static boolean containsTable(Node tbl) {
        for (Node n = tbl.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (word(n).equals("tbl") || n.getNodeType() == Node.ELEMENT_NODE && containsTable(n)) {
                return true;
            }
        }
        return false;
    }

    static Node child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (word(n).equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static int intVal(Node n, int dflt) {
        if (n == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(attr(n, "val").strip());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** The part an element points to ({@code r:id} of an {@code altChunk} or a header reference), "" when none. */
    static String relationshipId(Node n) {
        String id = "";
        var attrs = n.getAttributes();
        for (int i = 0; attrs != null && i < attrs.getLength(); i++) {
            if ("id".equals(attrs.item(i).getLocalName()) && RELATIONSHIPS.equals(attrs.item(i).getNamespaceURI())) {
                id = attrs.item(i).getNodeValue();
            }
        }
        return id;
    }

    static String attr(Node n, String local) {
        var attrs = n.getAttributes();
        for (int i = 0; attrs != null && i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (local.equals(a.getLocalName()) && WORD.contains(a.getNamespaceURI())) {
                return a.getNodeValue();
            }
        }
        return "";
    }

    /** The local name of a WordprocessingML element, else "". */
    private static String word(Node n) {
        return n.getNodeType() == Node.ELEMENT_NODE && WORD.contains(n.getNamespaceURI()) ? n.getLocalName() : "";
    }
}
