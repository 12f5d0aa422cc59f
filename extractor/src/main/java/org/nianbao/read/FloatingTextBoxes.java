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
 * which is the same box again and is skipped) holding a text box ({@code w:txbxContent}). In binary
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

    /** The numbers in floating text boxes of {@code body} whose anchors stand outside every table, in document order. */
    static List<String> numbers(Node body) {
        List<String> out = new ArrayList<>();
        collect(body, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String name = c.getLocalName();
            if ("tbl".equals(name) || "Fallback".equals(name)) {
                continue; // a box anchored in a cell is read there; a fallback repeats its choice
            }
            if (floating(c)) {
                String text = text(c).replaceAll("\\s+", "");
                if (number(text)) {
                    out.add(text);
                }
                continue;
            }
            collect(c, out);
        }
    }

    /** A number alone, as one would type it in a box over a cell; spaces do not count. */
    static boolean number(String text) {
        return text.replaceAll("\\s+", "").matches(NUMBER);
    }

    /** What an empty cell is noted with when a box holding {@code numbers} may stand over it. */
    static CellNote note(List<String> numbers) {
        return CellNote.covered("a floating text box holding " + String.join(", ", numbers) + " is anchored outside"
                + " the tables and placed on the page by position; it may stand over this empty cell, which is not read"
                + " as blank");
    }

    private static boolean floating(Node n) {
        if (WORDPROCESSING_DRAWING.equals(n.getNamespaceURI()) && "anchor".equals(n.getLocalName())) {
            return true;
        }
        return VML.equals(n.getNamespaceURI()) && n instanceof Element e
                && e.getAttribute("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("position:absolute")
                && e.getElementsByTagNameNS("*", "txbxContent").getLength() > 0;
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
