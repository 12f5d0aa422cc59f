package org.nianbao.read;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Node;

/**
 * An Office Math zone in a Word document ({@code m:oMath}, alone or in a display paragraph
 * {@code m:oMathPara}): an equation typed with Word's equation box (Alt+=, 插入 → 公式), which an
 * editor reaches for to get a proper minus sign, or one pasted from a page that drew it with MathML.
 * Word, WPS and LibreOffice draw its runs ({@code m:r/m:t}) in the line like any text, so an equation
 * of runs only shows its text. One that builds something — a fraction ({@code m:f}), a superscript
 * ({@code m:sSup}), a radical, brackets… — draws its pieces stacked or shifted, and no reading of its
 * text is the number the page shows: its {@link #structures} are named so that the cell can be doubted.
 */
final class OfficeMath {

    private static final Set<String> NAMESPACES = Set.of("http://schemas.openxmlformats.org/officeDocument/2006/math",
            "http://purl.oclc.org/ooxml/officeDocument/math");

    /** What each structure of ECMA-376 Part 1 §22.1 draws, in words. */
    private static final Map<String, String> STRUCTURES = Map.ofEntries(Map.entry("f", "a fraction"),
            Map.entry("sSup", "a superscript"), Map.entry("sSub", "a subscript"),
            Map.entry("sSubSup", "a subscript and a superscript"), Map.entry("sPre", "a pre-script"),
            Map.entry("rad", "a radical"), Map.entry("d", "brackets"), Map.entry("nary", "an n-ary operator"),
            Map.entry("acc", "an accent"), Map.entry("bar", "a bar"), Map.entry("box", "a box"),
            Map.entry("borderBox", "a border box"), Map.entry("eqArr", "an equation array"),
            Map.entry("func", "a function"), Map.entry("groupChr", "a group character"),
            Map.entry("limLow", "a lower limit"), Map.entry("limUpp", "an upper limit"), Map.entry("m", "a matrix"),
            Map.entry("phant", "a phantom"));

    private OfficeMath() {
    }

    /** An element of the Office Math namespace. */
    static boolean is(Node n) {
        return n.getNodeType() == Node.ELEMENT_NODE && NAMESPACES.contains(n.getNamespaceURI());
    }

    /** An element of the Office Math namespace named {@code local}. */
    static boolean is(Node n, String local) {
        return is(n) && local.equals(n.getLocalName());
    }

    /** A property element ({@code m:rPr}, {@code m:ctrlPr}, {@code m:oMathParaPr}, {@code m:fPr}…): it draws nothing. */
    static boolean properties(Node n) {
        return is(n) && n.getLocalName().endsWith("Pr");
    }

    /**
     * What the zone builds beyond a line of runs, in words and in the order first met ({@code "a fraction (m:f)"});
     * empty for an equation of runs only, whose text is what it shows. A structure Office Math does not define
     * counts as one too.
     */
    static Set<String> structures(Node zone) {
        Set<String> out = new LinkedHashSet<>();
        collect(zone, out);
        return out;
    }

    private static void collect(Node container, Set<String> out) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!is(n) || properties(n)) {
                if (n.getNodeType() == Node.ELEMENT_NODE && !properties(n)) {
                    collect(n, out); // Word wrappers (w:ins, w:customXml) around math runs
                }
                continue;
            }
            String local = n.getLocalName();
            if (!local.equals("r") && !local.equals("t") && !local.equals("oMath")) {
                out.add(STRUCTURES.getOrDefault(local, "an element") + " (m:" + local + ")");
            }
            collect(n, out);
        }
    }

    /** The zone's text ({@code m:t} and {@code w:t}) in document order, for saying what was not read. */
    static String text(Node zone) {
        StringBuilder sb = new StringBuilder();
        text(zone, sb);
        return sb.toString();
    }

    private static void text(Node container, StringBuilder sb) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                if ("t".equals(container.getLocalName())) {
                    sb.append(n.getNodeValue());
                }
            } else if (n.getNodeType() == Node.ELEMENT_NODE && !"delText".equals(n.getLocalName())
                    && !"del".equals(n.getLocalName()) && !properties(n)) {
                text(n, sb);
            }
        }
    }
}
