package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where a Word document's text stands across its pages, from its sections' page size and margins
 * ({@code w:sectPr}: {@code w:pgSz w:w}, {@code w:pgMar w:left}, {@code w:right}, {@code w:gutter}),
 * in twips from the page's left edge; and where each grid column of a table stands ({@link #columnEdges}).
 * Known only when every section agrees: with sections of different margins a table's page is not known.
 *
 * @param left the left edge of the text (left margin plus gutter)
 * @param width the width of the text
 */
record WordPage(int left, int width) {

    /** The page of {@code body}'s sections; null when they disagree or state no size and margins. */
    static WordPage of(Node body) {
        if (!(body instanceof Element e)) {
            return null;
        }
        var sections = e.getElementsByTagNameNS("*", "sectPr");
        WordPage page = null;
        for (int i = 0; i < sections.getLength(); i++) {
            Node sectPr = sections.item(i);
            Node size = DocxBody.child(sectPr, "pgSz");
            Node margins = DocxBody.child(sectPr, "pgMar");
            Integer w = twips(size, "w");
            Integer left = twips(margins, "left");
            Integer right = twips(margins, "right");
            Integer gutter = twips(margins, "gutter");
            Node cols = DocxBody.child(sectPr, "cols");
            Integer columns = cols == null ? null : twips(cols, "num");
            if (w == null || left == null || right == null || columns != null && columns > 1) {
                return null; // in text of several columns, "column" and the tables' places are another matter
            }
            WordPage p = new WordPage(left + (gutter == null ? 0 : gutter), w - left - right - (gutter == null ? 0 : gutter));
            if (page != null && !page.equals(p) || p.width() <= 0) {
                return null;
            }
            page = p;
        }
        return page;
    }

    /**
     * The edges of a table's grid columns, page-absolute (n + 1 edges for n columns), for a table
     * laid out in the text: indented by {@code w:tblInd} (in twips) or aligned by {@code w:jc}, its
     * columns as wide as its {@code w:tblGrid} says. Null when that does not settle it (a floating
     * table, an indent or a grid not in twips, a table nested in another).
     */
    int[] columnEdges(Node tbl) {
        Node tblPr = DocxBody.child(tbl, "tblPr");
        if (DocxBody.child(tblPr, "tblpPr") != null) {
            return null;
        }
        for (Node p = tbl.getParentNode(); p != null; p = p.getParentNode()) {
            if ("tbl".equals(p.getLocalName())) {
                return null;
            }
        }
        List<Integer> widths = new ArrayList<>();
        for (Node n = DocxBody.child(tbl, "tblGrid") == null ? null : DocxBody.child(tbl, "tblGrid").getFirstChild();
                n != null; n = n.getNextSibling()) {
            if ("gridCol".equals(n.getLocalName())) {
                Integer w = twips(n, "w");
                if (w == null || w <= 0) {
                    return null;
                }
                widths.add(w);
            }
        }
        if (widths.isEmpty()) {
            return null;
        }
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        Node jc = DocxBody.child(tblPr, "jc");
        String align = jc == null ? "" : DocxBody.attr(jc, "val");
        Node ind = DocxBody.child(tblPr, "tblInd");
        int x;
        if (align.equals("center")) {
            x = left + (width - total) / 2;
        } else if (align.equals("right") || align.equals("end")) {
            x = left + width - total;
        } else {
            String type = ind == null ? "" : DocxBody.attr(ind, "type");
            Integer indent = ind == null ? Integer.valueOf(0) : twips(ind, "w");
            if (indent == null || !type.isEmpty() && !type.equals("dxa")) {
                return null;
            }
            x = left + indent;
        }
        int[] edges = new int[widths.size() + 1];
        edges[0] = x;
        for (int i = 0; i < widths.size(); i++) {
            edges[i + 1] = edges[i] + widths.get(i);
        }
        return edges;
    }

    private static Integer twips(Node n, String attr) {
        if (n == null) {
            return null;
        }
        try {
            return Integer.parseInt(DocxBody.attr(n, attr).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
