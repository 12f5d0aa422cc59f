package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The styles part of a DOCX ({@code word/styles.xml}): what a run shows with when its properties
 * come from its character style ({@code w:rStyle}), its paragraph's style ({@code w:pStyle}), the
 * styles those are based on ({@code w:basedOn}) and the document defaults ({@code w:docDefaults}),
 * under its own direct properties. Word, and LibreOffice when it saves a DOCX, put hidden,
 * struck-through and superscript formatting in styles as readily as on runs. A table style's
 * formatting of a cell ({@link WordTableStyle}) stands between the document defaults and the
 * paragraph style. Numbering is not looked at.
 */
final class WordStyles {

    /** A document without a styles part: every run has its direct properties only. */
    static final WordStyles NONE = new WordStyles(Map.of(), null, "", "", "");

    /** No style chain is longer than this; a longer one (or a loop) is cut there. */
    private static final int DEPTH = 20;

    private final Map<String, Node> byId;
    private final Node defaults;
    private final String defaultParagraph;
    private final String defaultCharacter;
    private final String defaultTable;

    private WordStyles(Map<String, Node> byId, Node defaults, String defaultParagraph, String defaultCharacter,
            String defaultTable) {
        this.byId = byId;
        this.defaults = defaults;
        this.defaultParagraph = defaultParagraph;
        this.defaultCharacter = defaultCharacter;
        this.defaultTable = defaultTable;
    }

    /** The styles of a parsed styles part. */
    static WordStyles of(Document stylesXml) {
        Map<String, Node> byId = new HashMap<>();
        String defaultParagraph = "";
        String defaultCharacter = "";
        String defaultTable = "";
        Node defaults = null;
        for (Node n = stylesXml.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("docDefaults".equals(n.getLocalName())) {
                defaults = DocxBody.child(DocxBody.child(n, "rPrDefault"), "rPr");
            } else if ("style".equals(n.getLocalName())) {
                String id = DocxBody.attr(n, "styleId");
                byId.putIfAbsent(id, n);
                String d = DocxBody.attr(n, "default");
                boolean isDefault = d.equals("1") || d.equals("true") || d.equals("on");
                if (isDefault && DocxBody.attr(n, "type").equals("paragraph") && defaultParagraph.isEmpty()) {
                    defaultParagraph = id;
                } else if (isDefault && DocxBody.attr(n, "type").equals("character") && defaultCharacter.isEmpty()) {
                    defaultCharacter = id;
                } else if (isDefault && DocxBody.attr(n, "type").equals("table") && defaultTable.isEmpty()) {
                    defaultTable = id;
                }
            }
        }
        return new WordStyles(Map.copyOf(byId), defaults, defaultParagraph, defaultCharacter, defaultTable);
    }

    /** The id of the default table style, which a table without {@code w:tblStyle} has; "" when none. */
    String defaultTableStyle() {
        return defaultTable;
    }

    /** The style {@code styleId} and the styles it is based on, most derived first (a missing style or a loop ends it). */
    List<Node> chain(String styleId) {
        List<Node> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String id = styleId;
        for (int depth = 0; id != null && !id.isEmpty() && depth < DEPTH && seen.add(id); depth++) {
            Node style = byId.get(id);
            if (style == null) {
                break;
            }
            out.add(style);
            Node basedOn = DocxBody.child(style, "basedOn");
            id = basedOn == null ? null : DocxBody.attr(basedOn, "val");
        }
        return out;
    }

    /** The style id of a paragraph ({@code w:pStyle}, else the default paragraph style). */
    String paragraphStyle(Node p) {
        Node pStyle = DocxBody.child(DocxBody.child(p, "pPr"), "pStyle");
        return pStyle == null ? defaultParagraph : DocxBody.attr(pStyle, "val");
    }

    /** The colour the paragraph style (or one it is based on) paints the paragraph with, else {@code otherwise}. */
    String fill(String paragraphStyle, String otherwise) {
        return WordRuns.fill(nearest(paragraphStyle, "pPr", "shd"), otherwise);
    }

    /**
     * The properties a run with direct properties {@code rPr} shows with in a paragraph of style
     * {@code paragraphStyle}, in a cell its table style formats as {@code table}.
     */
    Run run(Node rPr, String paragraphStyle, WordTableStyle.Format table) {
        Node rStyle = DocxBody.child(rPr, "rStyle");
        return new Run(rPr, rStyle == null ? defaultCharacter : DocxBody.attr(rStyle, "val"), paragraphStyle, table);
    }

    /** A run's properties, looked up where Word looks them up. */
    final class Run {
        private final Node direct;
        private final String characterStyle;
        private final String paragraphStyle;
        private final WordTableStyle.Format table;
        /** Whether the table style's formatting wins over the paragraph style's (the default paragraph style, under one reading). */
        private final boolean tableFirst;

        private Run(Node direct, String characterStyle, String paragraphStyle, WordTableStyle.Format table) {
            this.direct = direct;
            this.characterStyle = characterStyle;
            this.paragraphStyle = paragraphStyle;
            this.table = table;
            this.tableFirst = table.overDefaultParagraph() && paragraphStyle.equals(defaultParagraph);
        }

        /**
         * A property that is not a toggle ({@code w:color}, {@code w:sz}, {@code w:vertAlign} …): the
         * run's own, else its character style's, else its paragraph style's, else its table style's,
         * else the document default; null when none states it.
         */
        Node get(String name) {
            Node own = DocxBody.child(direct, name);
            if (own != null) {
                return own;
            }
            Node n = nearest(characterStyle, "rPr", name);
            if (n == null && tableFirst) {
                n = table.get(name);
            }
            if (n == null) {
                n = nearest(paragraphStyle, "rPr", name);
            }
            if (n == null) {
                n = table.get(name);
            }
            return n != null ? n : DocxBody.child(defaults, name);
        }

        /**
         * A toggle property ({@code w:vanish}, {@code w:strike}, ECMA-376 §17.7.3): on the run it
         * says on or off outright; in styles, each level that switches it on (the table style, the
         * paragraph style, then the character style, each as the most derived style of its chain
         * states it) turns the state so far over, starting from the document default.
         */
        boolean on(String toggle) {
            Node own = DocxBody.child(direct, toggle);
            if (own != null) {
                return WordStyles.on(DocxBody.attr(own, "val"));
            }
            Node base = DocxBody.child(defaults, toggle);
            boolean state = base != null && WordStyles.on(DocxBody.attr(base, "val"));
            for (Node n : new Node[] {table.get(toggle), nearest(paragraphStyle, "rPr", toggle),
                    nearest(characterStyle, "rPr", toggle)}) {
                if (n != null && WordStyles.on(DocxBody.attr(n, "val"))) {
                    state = !state;
                }
            }
            return state;
        }
    }

    /** The element {@code name} in the properties {@code props} of the style or the nearest style it is based on. */
    private Node nearest(String styleId, String props, String name) {
        for (Node style : chain(styleId)) {
            Node n = DocxBody.child(DocxBody.child(style, props), name);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** An on/off value: absent or anything but {@code 0}, {@code false}, {@code off} is on. */
    static boolean on(String val) {
        return !(val.equals("0") || val.equals("false") || val.equals("off"));
    }
}
