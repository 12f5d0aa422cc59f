package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * abstract definition's level. A paragraph without its own {@code w:numPr} is numbered by its style's (or a style
 * that one is based on: Word's "List Number" given to a cell); an abstract definition holding only a
 * {@code w:numStyleLink} takes its levels from the list style it names (that numbering style's {@code w:numPr}),
 * as Word writes a list made with a list style. Both drawn by LibreOffice as by Word (checked).
 */
final class WordNumbering {

    /** No numbering part: no paragraph is numbered. */
    static final WordNumbering NONE = new WordNumbering(Map.of(), Map.of(), Map.of(), WordStyles.NONE);

    /** No list style links to another deeper than this; a longer chain (or a loop) numbers nothing. */
    private static final int DEPTH = 10;

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

    /** Abstract definitions that hold only a {@code w:numStyleLink}: the list style they take their levels from. */
    private final Map<String, String> styleLinks;
    /** The styles part: the numbering a paragraph style or a list style gives. */
    private final WordStyles styles;

    private record Num(String abstractId, Map<String, Level> overrides) {
    }

    private WordNumbering(Map<String, Map<String, Level>> abstracts, Map<String, Num> nums, Map<String, String> styleLinks,
            WordStyles styles) {
        this.abstracts = abstracts;
        this.nums = nums;
        this.styleLinks = styleLinks;
        this.styles = styles;
    }

    /** The numbering part's definitions, with the document's styles through which paragraphs and lists are numbered. */
    static WordNumbering of(Document numberingXml, WordStyles styles) {
        Map<String, Map<String, Level>> abstracts = new HashMap<>();
        Map<String, Num> nums = new HashMap<>();
        Map<String, String> styleLinks = new HashMap<>();
        for (Node n = numberingXml.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if ("abstractNum".equals(n.getLocalName())) {
                abstracts.put(DocxBody.attr(n, "abstractNumId"), levels(n));
                Node link = DocxBody.child(n, "numStyleLink");
                if (link != null) {
                    styleLinks.put(DocxBody.attr(n, "abstractNumId"), DocxBody.attr(link, "val"));
                }
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
        return new WordNumbering(abstracts, nums, styleLinks, styles);
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

    /**
     * The level a paragraph is numbered at: by its own {@code w:numPr}, else by its style's or a style that one
     * is based on (a {@code w:numId} and a {@code w:ilvl} each taken from the nearest that gives it); empty when
     * it is not numbered ({@code numId} 0 or unknown).
     */
    Optional<Level> level(Node paragraph) {
        List<Node> numPrs = new ArrayList<>();
        numPrs.add(DocxBody.child(DocxBody.child(paragraph, "pPr"), "numPr"));
        for (Node style : styles.chain(styles.paragraphStyle(paragraph))) {
            numPrs.add(DocxBody.child(DocxBody.child(style, "pPr"), "numPr"));
        }
        String numId = nearest(numPrs, "numId");
        return numId == null ? Optional.empty() : level(numId, Objects.requireNonNullElse(nearest(numPrs, "ilvl"), "0"), 0);
    }

    /** The value of the first of {@code numPrs} that gives {@code name}; null when none does. */
    private static String nearest(List<Node> numPrs, String name) {
        for (Node numPr : numPrs) {
            Node n = DocxBody.child(numPr, name);
            if (n != null) {
                return val(n, "");
            }
        }
        return null;
    }

    private Optional<Level> level(String numId, String at, int depth) {
        Num num = nums.get(numId);
        if (num == null || depth > DEPTH) {
            return Optional.empty();
        }
        Level own = num.overrides().get(at);
        if (own != null) {
            return Optional.of(own);
        }
        Level level = abstracts.getOrDefault(num.abstractId(), Map.of()).get(at);
        String listStyle = styleLinks.get(num.abstractId());
        if (level != null || listStyle == null) {
            return Optional.ofNullable(level);
        }
        // the list style's own numbering: its w:numPr names the w:num whose definition has the levels
        for (Node style : styles.chain(listStyle)) {
            Node linked = DocxBody.child(DocxBody.child(DocxBody.child(style, "pPr"), "numPr"), "numId");
            if (linked != null) {
                return level(val(linked, ""), at, depth + 1);
            }
        }
        return Optional.empty();
    }
}
