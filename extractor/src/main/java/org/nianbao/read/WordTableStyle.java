package org.nianbao.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Node;

/**
 * What a table style gives one cell of a Word table ({@code w:tblStyle}, else the document's default
 * table style): run properties and shading from the style's whole-table properties and from its
 * conditional formats ({@code w:tblStylePr}: first and last row and column, row and column bands,
 * corner cells), as the table's {@code w:tblLook} switches them on, through the styles the style is
 * based on. Word puts a table's colours there (a dark header row with white text, shaded bands), so
 * white, hidden, struck or tiny text and a shading that hides it reach a cell this way as well as
 * by the run's own properties.
 *
 * <p>Word, WPS and LibreOffice do not agree on every point, and the standard leaves some open: whether
 * a style inherits the conditional formats of the style it is based on (Word does, LibreOffice does
 * not), whether a row format beats a column format where both apply, whether the table style beats
 * the default paragraph style, whether a row's only cell is its last as well as its first, whether
 * {@code w:tblLook}'s attributes or its older hex value count when they disagree, and what an absent
 * {@code w:tblLook} switches on. {@link #readings} gives a cell's format under the reading taken
 * first and under each other reading that differs from it on one of these points; {@link DocxBody}
 * reads the cell under each, and a cell whose text comes out differently is in doubt rather than read
 * one way.
 */
final class WordTableStyle {

    /** The conditional formats of a table style. */
    enum Part {
        WHOLE_TABLE("wholeTable"), BAND1_VERT("band1Vert"), BAND2_VERT("band2Vert"), BAND1_HORZ("band1Horz"),
        BAND2_HORZ("band2Horz"), FIRST_COL("firstCol"), LAST_COL("lastCol"), FIRST_ROW("firstRow"), LAST_ROW("lastRow"),
        NE_CELL("neCell"), NW_CELL("nwCell"), SE_CELL("seCell"), SW_CELL("swCell");

        final String xml;

        Part(String xml) {
            this.xml = xml;
        }
    }

    /** The parts in the order each overrides the ones before it, as LibreOffice applies them: a row's format over a column's. */
    private static final List<Part> ROWS_WIN = List.of(Part.values());
    /** The same with a column's format over a row's, as ECMA-376 §17.7.6 lists them. */
    private static final List<Part> COLUMNS_WIN = List.of(Part.WHOLE_TABLE, Part.BAND1_VERT, Part.BAND2_VERT,
            Part.BAND1_HORZ, Part.BAND2_HORZ, Part.FIRST_ROW, Part.LAST_ROW, Part.FIRST_COL, Part.LAST_COL, Part.NE_CELL,
            Part.NW_CELL, Part.SE_CELL, Part.SW_CELL);

    /** One way of applying a table style where renderers or the standard differ; each flag says which. */
    record Reading(boolean inheritConditions, boolean rowsOverColumns, boolean overDefaultParagraph,
            boolean onlyCellIsLast, boolean lookByHex, boolean absentLookIsWordDefault, String what) {

        static final Reading FIRST = new Reading(true, true, false, true, false, false, "");

        /** The other readings, each differing from this one on one point. */
        List<Reading> others() {
            return List.of(
                    new Reading(!inheritConditions, rowsOverColumns, overDefaultParagraph, onlyCellIsLast, lookByHex,
                            absentLookIsWordDefault, "conditional formats of the style it is based on "
                                    + (inheritConditions ? "ignored (LibreOffice)" : "inherited (Word)")),
                    new Reading(inheritConditions, !rowsOverColumns, overDefaultParagraph, onlyCellIsLast, lookByHex,
                            absentLookIsWordDefault, "column formats over row formats"),
                    new Reading(inheritConditions, rowsOverColumns, !overDefaultParagraph, onlyCellIsLast, lookByHex,
                            absentLookIsWordDefault, "the table style over the default paragraph style"),
                    new Reading(inheritConditions, rowsOverColumns, overDefaultParagraph, !onlyCellIsLast, lookByHex,
                            absentLookIsWordDefault, "a row's only cell taken as its first column only (LibreOffice)"),
                    new Reading(inheritConditions, rowsOverColumns, overDefaultParagraph, onlyCellIsLast, !lookByHex,
                            absentLookIsWordDefault, "w:tblLook read by its hex value"),
                    new Reading(inheritConditions, rowsOverColumns, overDefaultParagraph, onlyCellIsLast, lookByHex,
                            !absentLookIsWordDefault, "an absent w:tblLook taken as first row, first column and bands"));
        }
    }

    /**
     * The table style's formatting of one cell under one reading.
     *
     * @param runProperties the {@code w:rPr} elements that apply, the one that wins first
     * @param shading the {@code w:shd} the style paints the cell with; null when none
     * @param overDefaultParagraph whether these run properties override the default paragraph style's
     * @param reading the reading they were found under
     */
    record Format(List<Node> runProperties, Node shading, boolean overDefaultParagraph, Reading reading) {

        /** Outside tables, or in a table with no style: nothing. */
        static final Format NONE = new Format(List.of(), null, false, Reading.FIRST);

        /** The element {@code name} in the first run properties that state it; null when none does. */
        Node get(String name) {
            for (Node rPr : runProperties) {
                Node n = DocxBody.child(rPr, name);
                if (n != null) {
                    return n;
                }
            }
            return null;
        }
    }

    /** The table's position flags a style looks at: {@code w:tblLook}'s six switches. */
    private record Look(boolean firstRow, boolean lastRow, boolean firstColumn, boolean lastColumn, boolean hBand,
            boolean vBand) {
    }

    private final List<Node> chain;
    private final Node tblLook;
    private final int rowBand;
    private final int colBand;

    private WordTableStyle(List<Node> chain, Node tblLook, int rowBand, int colBand) {
        this.chain = chain;
        this.tblLook = tblLook;
        this.rowBand = rowBand;
        this.colBand = colBand;
    }

    /** The style of table {@code tbl} (its {@code w:tblStyle}, else the default table style), under {@code styles}. */
    static WordTableStyle of(WordStyles styles, Node tbl) {
        Node tblPr = DocxBody.child(tbl, "tblPr");
        Node named = DocxBody.child(tblPr, "tblStyle");
        List<Node> chain = styles.chain(named == null ? styles.defaultTableStyle() : DocxBody.attr(named, "val"));
        return new WordTableStyle(chain, DocxBody.child(tblPr, "tblLook"),
                bandSize(tblPr, chain, "tblStyleRowBandSize"), bandSize(tblPr, chain, "tblStyleColBandSize"));
    }

    /** Whether the style says anything a cell's text or shading could show differently by. */
    boolean formatsCells() {
        for (Node style : chain) {
            if (DocxBody.child(style, "rPr") != null || DocxBody.child(DocxBody.child(style, "tcPr"), "shd") != null) {
                return true;
            }
            for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("tblStylePr".equals(n.getLocalName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cell's format under the first reading, then under each other reading it differs by
     * (duplicates left out).
     *
     * @param row the row's index; {@code rows} the number of rows
     * @param cell the cell's index in its row; {@code cells} the number of cells of the row
     * @param column the grid column it starts at
     */
    List<Format> readings(int row, int rows, int cell, int cells, int column) {
        Format first = format(Reading.FIRST, row, rows, cell, cells, column);
        List<Format> all = new ArrayList<>();
        all.add(first);
        for (Reading r : Reading.FIRST.others()) {
            Format f = format(r, row, rows, cell, cells, column);
            if (!f.runProperties().equals(first.runProperties()) || f.shading() != first.shading()
                    || f.overDefaultParagraph() != first.overDefaultParagraph()) {
                all.add(f);
            }
        }
        return all;
    }

    private Format format(Reading reading, int row, int rows, int cell, int cells, int column) {
        Look look = look(reading);
        Set<Part> parts = EnumSet.of(Part.WHOLE_TABLE);
        boolean firstRow = look.firstRow() && row == 0;
        boolean lastRow = look.lastRow() && row == rows - 1;
        boolean firstCol = look.firstColumn() && cell == 0;
        boolean lastCol = look.lastColumn() && cell == cells - 1 && (cell > 0 || reading.onlyCellIsLast());
        if (firstRow) {
            parts.add(Part.FIRST_ROW);
        }
        if (lastRow) {
            parts.add(Part.LAST_ROW);
        }
        if (firstCol) {
            parts.add(Part.FIRST_COL);
        }
        if (lastCol) {
            parts.add(Part.LAST_COL);
        }
        if (firstRow && firstCol) {
            parts.add(Part.NW_CELL);
        }
        if (firstRow && lastCol) {
            parts.add(Part.NE_CELL);
        }
        if (lastRow && firstCol) {
            parts.add(Part.SW_CELL);
        }
        if (lastRow && lastCol) {
            parts.add(Part.SE_CELL);
        }
        // bands count from the first row and column that are not headers
        if (look.hBand() && !firstRow && !lastRow) {
            int band = (row - (look.firstRow() ? 1 : 0)) / rowBand;
            parts.add(band % 2 == 0 ? Part.BAND1_HORZ : Part.BAND2_HORZ);
        }
        if (look.vBand() && !firstCol && !lastCol) {
            int band = (column - (look.firstColumn() ? 1 : 0)) / colBand;
            parts.add(band % 2 == 0 ? Part.BAND1_VERT : Part.BAND2_VERT);
        }
        List<Part> order = reading.rowsOverColumns() ? ROWS_WIN : COLUMNS_WIN;
        List<Node> runProperties = new ArrayList<>();
        Node shading = null;
        for (int i = order.size() - 1; i >= 0; i--) { // the part that wins first
            Part part = order.get(i);
            if (!parts.contains(part)) {
                continue;
            }
            for (int s = 0; s < chain.size(); s++) {
                if (s > 0 && part != Part.WHOLE_TABLE && !reading.inheritConditions()) {
                    break;
                }
                Node props = properties(chain.get(s), part);
                if (props == null) {
                    continue;
                }
                Node rPr = DocxBody.child(props, "rPr");
                if (rPr != null) {
                    runProperties.add(rPr);
                }
                if (shading == null) {
                    shading = DocxBody.child(DocxBody.child(props, "tcPr"), "shd");
                }
            }
        }
        return new Format(List.copyOf(runProperties), shading, reading.overDefaultParagraph(), reading);
    }

    /** The style's properties for a part: its own for the whole table, else its {@code w:tblStylePr} of that type. */
    private static Node properties(Node style, Part part) {
        if (part == Part.WHOLE_TABLE) {
            return style;
        }
        for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("tblStylePr".equals(n.getLocalName()) && DocxBody.attr(n, "type").equals(part.xml)) {
                return n;
            }
        }
        return null;
    }

    /**
     * The switches of {@code w:tblLook}: its attributes (Word 2010 on), else its hex value (Word
     * 2007: 0x20 first row, 0x40 last row, 0x80 first column, 0x100 last column, 0x200 no row bands,
     * 0x400 no column bands); with neither, all off, or under the other reading Word's default 04A0.
     */
    private Look look(Reading reading) {
        if (tblLook == null) {
            return reading.absentLookIsWordDefault() ? fromHex(0x04A0) : new Look(false, false, false, false, false, false);
        }
        String hex = DocxBody.attr(tblLook, "val").strip();
        boolean hasHex = hex.matches("[0-9A-Fa-f]{1,4}");
        boolean hasAttributes = !DocxBody.attr(tblLook, "firstRow").isEmpty() || !DocxBody.attr(tblLook, "noHBand").isEmpty()
                || !DocxBody.attr(tblLook, "firstColumn").isEmpty() || !DocxBody.attr(tblLook, "lastRow").isEmpty()
                || !DocxBody.attr(tblLook, "lastColumn").isEmpty() || !DocxBody.attr(tblLook, "noVBand").isEmpty();
        if (hasHex && (!hasAttributes || reading.lookByHex())) {
            return fromHex(Integer.parseInt(hex, 16));
        }
        return new Look(flag(tblLook, "firstRow"), flag(tblLook, "lastRow"), flag(tblLook, "firstColumn"),
                flag(tblLook, "lastColumn"), !flag(tblLook, "noHBand"), !flag(tblLook, "noVBand"));
    }

    private static Look fromHex(int v) {
        return new Look((v & 0x20) != 0, (v & 0x40) != 0, (v & 0x80) != 0, (v & 0x100) != 0, (v & 0x200) == 0,
                (v & 0x400) == 0);
    }

    private static boolean flag(Node look, String name) {
        String v = DocxBody.attr(look, name);
        return !v.isEmpty() && WordStyles.on(v);
    }

    /** A band size from the table's own properties, else its style's (chain), else 1. */
    private static int bandSize(Node tblPr, List<Node> chain, String name) {
        List<Node> where = new ArrayList<>();
        where.add(tblPr);
        for (Node style : chain) {
            where.add(DocxBody.child(style, "tblPr"));
        }
        for (Node props : where) {
            Node n = DocxBody.child(props, name);
            if (n != null) {
                try {
                    return Math.max(1, Math.min(Integer.parseInt(DocxBody.attr(n, "val").strip()), 1000));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
