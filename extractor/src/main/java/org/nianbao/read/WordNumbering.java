package org.nianbao.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * A DOCX's list numbering ({@code word/numbering.xml}): which label a numbered paragraph
 * ({@code w:pPr/w:numPr}: {@code w:numId}, {@code w:ilvl}) has Word draw before its text, and with which
 * run properties ({@code w:lvl/w:rPr}, which style the label only, never the paragraph's runs: checked in
 * LibreOffice). The label is not in the paragraph's text, so a figure it draws in a table cell
 * ({@code %1} starting at 250, or a stale {@code 1} before 250) is not read: such a cell is doubted
 * ({@link DocxBody}). A {@code w:num}'s {@code w:lvlOverride} with its own {@code w:lvl} replaces the
 * abstract definition's level.
 */
final class WordNumbering {

    /** No numbering part: no paragraph is numbered. */
    static final WordNumbering NONE = new WordNumbering(Map.of(), Map.of());

    /**
     * A level of a list: {@code format} its {@code w:numFmt} ({@code decimal}, {@code chineseCounting},
     * {@code bullet}, {@code none} …), {@code text} its {@code w:lvlText} ({@code %1.}), {@code start} its
     * {@code w:start}, {@code rPr} the label's run properties or null.
     */
    record Level(String format, String text, String start, Node rPr) {
        /** Whether Word draws a label that can hold a figure: a number format, or a literal digit in the text. */
        boolean drawsFigure() {
            boolean numbered = !format.equals("none") && !format.equals("bullet") && text.matches(".*%[1-9].*");
            return numbered || text.replaceAll("%[1-9]", "").chars().anyMatch(Character::isDigit);
        }
    }

    /** Abstract numbering definitions' levels, by abstract id and level. */
    private final Map<String, Map<String, Level>> abstracts;
    /** Each {@code w:num}: its abstract id and its overriding levels. */
    private final Map<String, Num> nums;

    private record Num(String abstractId, Map<String, Level> overrides) {
    }

    private WordNumbering(Map<String, Map<String, Level>> abstracts, Map<String, Num> nums) {
        this.abstracts = abstracts;
        this.nums = nums;
    }

    /** The numbering part's definitions. */
    static WordNumbering of(Document numberingXml) {
        Map<String, Map<String, Level>> abstracts = new HashMap<>();
        Map<String, Num> nums = new HashMap<>();
        for (Node n = numberingXml.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if ("abstractNum".equals(n.getLocalName())) {
                abstracts.put(DocxBody.attr(n, "abstractNumId"), levels(n));
            } else if ("num".equals(n.getLocalName())) {
                Map<String, Level> overrides = new HashMap<>();
                for (Node o = n.getFirstChild(); o != null; o = o.getNextSibling()) {
                    if ("lvlOverride".equals(o.getLocalName())) {
                        Level own = levels(o).values().stream().findFirst().orElse(null);
                        if (own != null) {
                            overrides.put(DocxBody.attr(o, "ilvl"), own);
                        }
                    }
                }
                nums.put(DocxBody.attr(n, "numId"), new Num(val(DocxBody.child(n, "abstractNumId"), ""), overrides));
            }
        }
        return new WordNumbering(abstracts, nums);
    }

    private static Map<String, Level> levels(Node parent) {
        Map<String, Level> levels = new HashMap<>();
        for (Node l = parent.getFirstChild(); l != null; l = l.getNextSibling()) {
            if ("lvl".equals(l.getLocalName())) {
                levels.put(DocxBody.attr(l, "ilvl"), new Level(value(l, "numFmt", "decimal"), value(l, "lvlText", ""),
                        value(l, "start", "0"), DocxBody.child(l, "rPr")));
            }
        }
        return levels;
    }

    private static String value(Node lvl, String name, String absent) {
        return val(DocxBody.child(lvl, name), absent);
    }

    private static String val(Node n, String absent) {
        return n == null ? absent : DocxBody.attr(n, "val");
    }

    /** The level a paragraph is numbered at by its own {@code w:numPr}; empty when it is not numbered ({@code numId} 0 or unknown). */
    Optional<Level> level(Node paragraph) {
        Node numPr = DocxBody.child(DocxBody.child(paragraph, "pPr"), "numPr");
        if (numPr == null) {
            return Optional.empty();
        }
        String numId = val(DocxBody.child(numPr, "numId"), "");
        String at = val(DocxBody.child(numPr, "ilvl"), "0");
        Num num = nums.get(numId);
        if (num == null) {
            return Optional.empty();
        }
        Level own = num.overrides().get(at);
        return own != null ? Optional.of(own)
                : Optional.ofNullable(abstracts.getOrDefault(num.abstractId(), Map.of()).get(at));
    }
}
