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
    record Box(String number, boolean opaque, String kind, boolean inCell) {
    }

    /**
     * The numbers in floating text boxes and frames of {@code body} whose anchors stand outside every
     * table, and in filled floating boxes anchored in a cell, in document order.
     */
    static List<Box> boxes(Node body) {
        List<Box> out = new ArrayList<>();
        collect(body, out, false);
        return out;
    }

    /** The numbers of {@code boxes}. */
    static List<String> numbers(List<Box> boxes) {
        return boxes.stream().map(Box::number).toList();
    }

    private static void collect(Node n, List<Box> out, boolean inCell) {
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
                    out.add(new Box(text, opaque(c), frame ? "frame" : "floating text box", inCell));
                }
                continue;
            }
            collect(c, out, inCell || "tbl".equals(name));
        }
    }

    /** A number alone, as one would type it in a box over a cell; spaces do not count. */
    static boolean number(String text) {
        return text.replaceAll("\\s+", "").matches(NUMBER);
    }

    /**
     * What a cell with text is noted with when a filled box or frame among {@code boxes} may stand
     * over it and hide its figure; empty when none is filled.
     */
    static java.util.Optional<CellNote> cover(List<Box> boxes) {
        List<Box> opaque = boxes.stream().filter(Box::opaque).toList();
        if (opaque.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(CellNote.covered("a filled " + opaque.get(0).kind() + " holding "
                + String.join(", ", numbers(opaque)) + " is placed on the page by position, which this reader does"
                + " not compute; it may stand over this cell and hide the figure read here"));
    }

    /**
     * What an empty cell is noted with when one of {@code boxes} anchored outside the tables may
     * stand over it (a box anchored in a cell makes that cell unreadable itself); empty when none is.
     */
    static java.util.Optional<CellNote> note(List<Box> boxes) {
        List<Box> outside = boxes.stream().filter(b -> !b.inCell()).toList();
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
