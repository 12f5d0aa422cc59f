package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.reconstruct.CellNote;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The numbers a Word document holds in floating text boxes anchored outside every table. Word anchors a
 * floating box to a paragraph near where it was drawn (often a heading above the table) and places
 * it on the page by its offsets: a number typed in a box laid over an empty cell shows in that cell,
 * but where the box falls on the page depends on the layout of everything before it, which this
 * reader does not compute. So such a number is not placed in a cell; each empty cell of the
 * document's tables is noted as possibly covered by it instead ({@link DocxBody}), never read as a
 * true blank.
 *
 * <p>In DOCX, floating boxes are DrawingML anchors ({@code wp:anchor}, not the inline {@code wp:inline}) and
 * VML shapes positioned {@code absolute} (Word 2003 and the {@code mc:Fallback} of a DrawingML box,
 * which is the same box again and is skipped) holding a text box ({@code w:txbxContent}), and frames:
 * paragraphs with {@code w:framePr} (Word's legacy positioned text, which Word 97-era documents,
 * PDF-to-Word converters and LibreOffice write), placed by {@code w:x}/{@code w:y} just as loosely.
 *
 * <p>A box that is filled ({@code w:shd} on a frame, a DrawingML {@code a:solidFill}, a VML shape not
 * {@code filled="f"}) is opaque: laid over a cell that holds a figure, it hides that figure and shows
 * its own (red team 13a: a white frame holding 834 over a cell still holding 791). So every cell
 * with text is noted as possibly covered by it too ({@link #cover}); a box without fill over a
 * figure would show both, which is not how a figure is corrected. In binary
 * Word, text boxes are a story of their own ({@link DocFormatReader}): its numbers count when a
 * drawn object is anchored in a paragraph outside the tables.
 */
final class FloatingTextBoxes {

    private static final String WORDPROCESSING_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String VML = "urn:schemas-microsoft-com:vml";
    /** A number alone, as one would type it in a box over a cell (a unit after it at most). */
    private static final String NUMBER = "[+\\-−]?[0-9０-９][0-9０-９,，.．]*(万元|元|件|个)?";

    private FloatingTextBoxes() {
    }

    /**
     * A number alone in a floating box or frame; whether the box is filled (hides what is under it);
     * and whether it is anchored in a table cell (LibreOffice anchors a box it saves in the cell nearest
     * to where the frame was), where its text is read with the cell's.
     */
    record Box(String number, boolean opaque, String kind, boolean inCell, Across across) {
        /** A box whose place across the page is not known. */
        Box(String number, boolean opaque, String kind, boolean inCell) {
            this(number, opaque, kind, inCell, null);
        }

        /** Whether the box may stand over something between {@code left} and {@code right} (page twips; null: not known). */
        boolean mayReach(Across cell) {
            return across == null || cell == null || across.from() - SLACK < cell.to() && across.to() + SLACK > cell.from();
        }
    }

    /**
     * Where something stands across the page, in twips from its left edge. A box placed by a number
     * of twips or EMUs from the page's edge or the margin (fix13c's cost: every figure of a document
     * flagged) stands there on every page, whatever the layout above it; so it cannot cover a cell
     * whose column lies wholly to one side of it.
     */
    record Across(int from, int to) {
    }

    /**
     * What Word and LibreOffice may add to where a box or a column is computed to stand: a cell's
     * left margin (108 twips, whether {@code w:tblInd} counts it differs), borders, rounding. A
     * quarter of an inch.
     */
    private static final int SLACK = 360;
    /** EMUs in a twip. */
    private static final int EMU = 635;

    /**
     * The numbers in floating text boxes and frames of {@code body} whose anchors stand outside every
     * table, and in filled floating boxes anchored in a cell, in document order; each placed across
     * {@code page} where its position says so (null page: none placed).
     */
    static List<Box> boxes(Node body, WordPage page) {
        List<Box> out = new ArrayList<>();
        collect(body, out, false, page);
        return out;
    }

    /** The numbers of {@code boxes}. */
    static List<String> numbers(List<Box> boxes) {
        return boxes.stream().map(Box::number).toList();
    }

    private static void collect(Node n, List<Box> out, boolean inCell, WordPage page) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String name = c.getLocalName();
            if ("Fallback".equals(name)) {
                continue; // a fallback repeats its choice
            }
            boolean frame = !inCell && framed(c); // Word places no frame in a cell
            if (floating(c) || frame) {
                String text = text(c).replaceAll("\\s+", "");
                if (number(text) && (!inCell || opaque(c))) {
                    out.add(new Box(text, opaque(c), frame ? "frame" : "floating text box", inCell,
                            page == null ? null : frame ? frameAcross(c, page) : anchorAcross(c, page)));
                }
                continue;
            }
            collect(c, out, inCell || "tbl".equals(name), page);
        }
    }

    /**
     * Where a frame stands across the page: {@code w:x} twips from the page's edge ({@code w:hAnchor="page"})
     * or from the margin ({@code margin}, {@code text}), {@code w:w} wide; null when it is aligned rather
     * than placed, has no width, or states no anchor.
     */
    private static Across frameAcross(Node p, WordPage page) {
        Node framePr = DocxBody.child(DocxBody.child(p, "pPr"), "framePr");
        String anchor = DocxBody.attr(framePr, "hAnchor");
        Integer x = integer(DocxBody.attr(framePr, "x"));
        Integer w = integer(DocxBody.attr(framePr, "w"));
        if (x == null || w == null || w <= 0 || !DocxBody.attr(framePr, "xAlign").isEmpty()) {
            return null;
        }
        return switch (anchor) {
            case "page" -> new Across(x, x + w);
            case "margin", "text" -> new Across(page.left() + x, page.left() + x + w);
            default -> null;
        };
    }

    /**
     * Where a DrawingML box stands across the page: {@code wp:positionH} by an offset (EMU) from the
     * page's edge or the margin ({@code relativeFrom} {@code page}, {@code margin}; {@code column}
     * outside a table), {@code wp:extent cx} wide; null when aligned, simply positioned, laid out in
     * a cell, or placed from anything else (a character, a paragraph, an inside margin).
     */
    private static Across anchorAcross(Node anchor, WordPage page) {
        if (!WORDPROCESSING_DRAWING.equals(anchor.getNamespaceURI()) || !(anchor instanceof Element e)) {
            return null;
        }
        if (e.getAttribute("simplePos").equals("1") || e.getAttribute("layoutInCell").equals("1") && inTable(anchor)) {
            return null;
        }
        Element positionH = first(e, "positionH");
        Element extent = first(e, "extent");
        Element offset = positionH == null ? null : first(positionH, "posOffset");
        Long x = offset == null ? null : longValue(offset.getTextContent());
        Long cx = extent == null ? null : longValue(extent.getAttribute("cx"));
        if (x == null || cx == null || cx <= 0) {
            return null;
        }
        int from = (int) (x / EMU);
        int to = (int) ((x + cx) / EMU);
        return switch (positionH.getAttribute("relativeFrom")) {
            case "page" -> new Across(from, to);
            case "margin" -> new Across(page.left() + from, page.left() + to);
            case "column" -> inTable(anchor) ? null : new Across(page.left() + from, page.left() + to);
            default -> null;
        };
    }

    private static boolean inTable(Node n) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if ("tbl".equals(p.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** The first child element of {@code e} named {@code local} in the drawing namespace. */
    private static Element first(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName()) && WORDPROCESSING_DRAWING.equals(c.getNamespaceURI())) {
                return c;
            }
        }
        return null;
    }

    private static Integer integer(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number alone, as one would type it in a box over a cell; spaces do not count. */
    static boolean number(String text) {
        return text.replaceAll("\\s+", "").matches(NUMBER);
    }

    /**
     * What a cell with text is noted with when a filled box or frame among {@code boxes} may stand
     * over it and hide its figure; empty when none is filled, or none can reach across to the cell
     * ({@code cell}: where the cell stands across the page, null when not known).
     */
    static java.util.Optional<CellNote> cover(List<Box> boxes, Across cell) {
        List<Box> opaque = boxes.stream().filter(Box::opaque).filter(b -> b.mayReach(cell)).toList();
        if (opaque.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(CellNote.covered("a filled " + opaque.get(0).kind() + " holding "
                + String.join(", ", numbers(opaque)) + " is placed on the page by position, which this reader does"
                + " not compute; it may stand over this cell and hide the figure read here"));
    }

    /**
     * What an empty cell is noted with when one of {@code boxes} anchored outside the tables may
     * stand over it (a box anchored in a cell makes that cell unreadable itself); empty when none is,
     * or none can reach across to the cell ({@code cell}, as for {@link #cover}).
     */
    static java.util.Optional<CellNote> note(List<Box> boxes, Across cell) {
        List<Box> outside = boxes.stream().filter(b -> !b.inCell()).filter(b -> b.mayReach(cell)).toList();
        if (outside.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(CellNote.covered("a floating text box holding " + String.join(", ", numbers(outside))
                + " is anchored outside the tables and placed on the page by position; it may stand over this empty"
                + " cell, which is not read as blank"));
    }

    private static boolean floating(Node n) {
        if (WORDPROCESSING_DRAWING.equals(n.getNamespaceURI()) && "anchor".equals(n.getLocalName())) {
            return true;
        }
        return VML.equals(n.getNamespaceURI()) && n instanceof Element e
                && e.getAttribute("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("position:absolute")
                && e.getElementsByTagNameNS("*", "txbxContent").getLength() > 0;
    }

    /** A paragraph in a frame: {@code w:pPr/w:framePr}, outside a table (a frame in a cell is read there). */
    private static boolean framed(Node n) {
        return "p".equals(n.getLocalName()) && DocxBody.child(DocxBody.child(n, "pPr"), "framePr") != null;
    }

    /**
     * Whether the box paints a fill: a frame's paragraph shading other than none, a DrawingML
     * shape's fill in its own properties, a VML shape that is not {@code filled="f"} (VML fills
     * shapes white unless told not to).
     */
    private static boolean opaque(Node box) {
        Element e = (Element) box;
        if (framed(box)) {
            Node shd = DocxBody.child(DocxBody.child(box, "pPr"), "shd");
            String fill = shd == null ? "" : DocxBody.attr(shd, "fill");
            String val = shd == null ? "" : DocxBody.attr(shd, "val");
            return shd != null && (!fill.isEmpty() && !fill.equalsIgnoreCase("auto") || !val.isEmpty()
                    && !val.equals("clear") && !val.equals("nil"));
        }
        if (VML.equals(box.getNamespaceURI())) {
            String filled = e.getAttribute("filled").strip().toLowerCase(java.util.Locale.ROOT);
            return !filled.equals("f") && !filled.equals("false");
        }
        var spPr = e.getElementsByTagNameNS("*", "spPr");
        for (int i = 0; i < spPr.getLength(); i++) {
            for (Node f = spPr.item(i).getFirstChild(); f != null; f = f.getNextSibling()) {
                String name = f.getLocalName();
                if ("solidFill".equals(name) || "gradFill".equals(name) || "pattFill".equals(name)
                        || "blipFill".equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of the box's {@code w:t} elements. */
    private static String text(Node box) {
        StringBuilder sb = new StringBuilder();
        var ts = ((Element) box).getElementsByTagNameNS("*", "t");
        for (int i = 0; i < ts.getLength(); i++) {
            sb.append(ts.item(i).getTextContent());
        }
        return sb.toString();
    }
}
