package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.nianbao.reconstruct.CellNote;
import org.w3c.dom.Node;

/**
 * What Word shows of a run, from its properties as its styles and its own {@code w:rPr} give them
 * ({@link WordStyles.Run}): hidden ({@code w:vanish}, {@code w:specVanish}, text in the colour
 * painted behind it — white on the page —, 1 pt or less), struck ({@code w:strike}, {@code w:dstrike}), raised
 * ({@code w:vertAlign superscript}, or lifted by {@code w:position}), lowered ({@code w:vertAlign
 * subscript}, or a negative {@code w:position}) or shown.
 */
final class WordRuns {

    enum Verdict {
        SHOWN, HIDDEN, STRUCK, RAISED, LOWERED,
        /** Read, but what shows may not be the text: a run squeezed to a hairline ({@code w:w}); its cell is doubted. */
        DOUBTED
    }

    /** Character scaling ({@code w:w}, percent) below which a run's characters are slivers, not legible glyphs. */
    static final int HAIRLINE_SCALE = 20;

    record Look(Verdict verdict, String how) {
    }

    private static final Look SHOWN = new Look(Verdict.SHOWN, "");

    private WordRuns() {
    }

    /** The white page behind text that nothing else paints. */
    static final String PAGE = "FFFFFF";

    /** Word's highlight colours ({@code w:highlight}), as Word paints them. */
    private static final Map<String, String> HIGHLIGHTS = Map.ofEntries(Map.entry("yellow", "FFFF00"),
            Map.entry("green", "00FF00"), Map.entry("cyan", "00FFFF"), Map.entry("magenta", "FF00FF"),
            Map.entry("blue", "0000FF"), Map.entry("red", "FF0000"), Map.entry("darkBlue", "000080"),
            Map.entry("darkCyan", "008080"), Map.entry("darkGreen", "008000"), Map.entry("darkMagenta", "800080"),
            Map.entry("darkRed", "800000"), Map.entry("darkYellow", "808000"), Map.entry("darkGray", "808080"),
            Map.entry("lightGray", "C0C0C0"), Map.entry("black", "000000"), Map.entry("white", "FFFFFF"));

    /**
     * @param behind the colour painted behind the run by its cell or paragraph ({@link #PAGE} when
     *        nothing paints it): text of that colour does not show
     */
    static Look look(WordStyles.Run rPr, String behind) {
        if (rPr.on("vanish") || on(rPr.get("specVanish"))) {
            return new Look(Verdict.HIDDEN, "hidden text (w:vanish)");
        }
        Node sz = rPr.get("sz");
        if (sz != null && halfPoints(DocxBody.attr(sz, "val")) <= 2) {
            return new Look(Verdict.HIDDEN, "font size " + DocxBody.attr(sz, "val") + " half-points");
        }
        Node color = rPr.get("color");
        Node highlight = rPr.get("highlight");
        // a highlight is painted over the run's shading (LibreOffice draws it so: a white highlight over a
        // black shading shows a black figure, corpus/redteam/docx-highlight-over-shading-2021.docx)
        String highlighted = HIGHLIGHTS.get(highlight == null ? "" : DocxBody.attr(highlight, "val"));
        String paint = highlighted != null ? highlighted : fill(rPr.get("shd"), behind);
        String ink = color == null ? "" : DocxBody.attr(color, "val");
        if (paint.equals(UNKNOWN_PAINT) && hex(ink) != null && !hex(ink).equals("000000")) {
            // as for DOC: coloured text on stripes or crosses may or may not show; black does
            return new Look(Verdict.HIDDEN, "text colour " + ink + " on a striped shading pattern that cannot be read");
        }
        if (same(ink, paint)) {
            return new Look(Verdict.HIDDEN, white(ink) && white(paint) ? "white text (w:color " + ink + ")"
                    : "text colour " + ink + " on a background of the same colour (" + paint + ")");
        }
        Node scale = rPr.get("w");
        int percent = scale == null ? 100 : percentOf(DocxBody.attr(scale, "val"));
        if (percent < HAIRLINE_SCALE) {
            // Word's 字符缩放 (1 %–600 %): at a few percent a digit is a hairline the eye reads past
            return new Look(Verdict.DOUBTED, "character scaling w:w " + percent + " % squeezes it to a hairline");
        }
        if (rPr.on("strike")) {
            return new Look(Verdict.STRUCK, "strike-through (w:strike)");
        }
        if (rPr.on("dstrike")) {
            return new Look(Verdict.STRUCK, "double strike-through (w:dstrike)");
        }
        Node vert = rPr.get("vertAlign");
        if (vert != null && DocxBody.attr(vert, "val").equals("superscript")) {
            return new Look(Verdict.RAISED, "");
        }
        if (vert != null && DocxBody.attr(vert, "val").equals("subscript")) {
            return new Look(Verdict.LOWERED, "");
        }
        // LibreOffice saves a footnote mark as a run lifted off the baseline (w:position, in
        // half-points) rather than as a superscript: read as printed, it would be glued to the value
        Node position = rPr.get("position");
        if (position != null) {
            int lift = halfPoints(DocxBody.attr(position, "val"));
            if (lift > 0 && lift != Integer.MAX_VALUE) {
                return new Look(Verdict.RAISED, "");
            }
            if (lift < 0) {
                return new Look(Verdict.LOWERED, ""); // LibreOffice's subscript: a lowered run
            }
        }
        return SHOWN;
    }

    /** A {@code w:w} value (ST_TextScale: a whole percent, "1"…"600", or "1%" in later schemas); 100 when unreadable. */
    static int percentOf(String val) {
        String v = val.strip().replace("%", "");
        try {
            return v.isEmpty() ? 100 : (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** The run's font size in half-points ({@code w:sz}); Word's 10 pt when nothing states it. */
    static int size(WordStyles.Run rPr) {
        Node sz = rPr.get("sz");
        int size = sz == null ? 20 : halfPoints(DocxBody.attr(sz, "val"));
        return size == Integer.MAX_VALUE ? 20 : size;
    }

    /**
     * One or two digits right after a digit, at four fifths of its size or less, are a footnote mark
     * (written as superscript from {@code start} on): LibreOffice saves an HTML {@code vertical-align:super}
     * as a smaller run on the baseline ({@code 56} at 12 pt, {@code 1} at 8 pt), which read as printed
     * would be 561. The same rule for DOCX and DOC runs.
     *
     * @param size the size of the run written from {@code start}, in half-points
     * @param lastSize the size of the shown run before it, in half-points; 0 when none
     */
    static void smallFootnoteMark(StringBuilder sb, int start, int size, int lastSize) {
        if (start > 0 && sb.length() > start && Character.isDigit(sb.charAt(start - 1)) && lastSize > 0
                && size * 5 <= lastSize * 4 && sb.substring(start).matches("[0-9]{1,2}")) {
            sb.replace(start, sb.length(), Superscript.of(sb.substring(start)));
        }
    }

    /**
     * The colour a shading ({@code w:shd}) paints (ECMA-376 ST_Shd): {@code clear} its fill,
     * {@code solid} its pattern colour ({@code w:color}), {@code pctN} N % of the pattern colour over
     * the fill (Word's 图案样式 80 %: a white figure on what prints as dark grey); {@code otherwise}
     * when there is none, it is {@code nil}, or a clear one's fill is {@code auto}. An {@code auto}
     * pattern colour is black, an {@code auto} fill lets {@code otherwise} (or the page) show through.
     * Stripes and crosses paint neither colour alone: {@link #UNKNOWN_PAINT}.
     */
    static String fill(Node shd, String otherwise) {
        if (shd == null) {
            return otherwise;
        }
        String val = DocxBody.attr(shd, "val").strip();
        int permille = switch (val) {
            case "", "clear" -> 0;
            case "solid" -> 1000;
            case "nil" -> -2;
            default -> val.matches("pct[0-9]{1,2}") ? percent(Integer.parseInt(val.substring(3))) : -1;
        };
        if (permille == -2) {
            return otherwise;
        }
        if (permille < 0) {
            return UNKNOWN_PAINT;
        }
        String fill = hex(DocxBody.attr(shd, "fill"));
        String under = fill != null ? fill : otherwise;
        if (permille == 0) {
            return under;
        }
        String colour = hex(DocxBody.attr(shd, "color"));
        String pattern = colour != null ? colour : "000000";
        if (permille == 1000) {
            return pattern;
        }
        if (under.equals(UNKNOWN_PAINT) || hex(under) == null) {
            return UNKNOWN_PAINT;
        }
        int mixed = DocShading.mix(Integer.parseInt(pattern, 16), Integer.parseInt(hex(under), 16), permille);
        return String.format("%06X", mixed);
    }

    /** A colour Word paints that cannot be told (a striped or crossed pattern). */
    static final String UNKNOWN_PAINT = "pattern";

    /** The share of the pattern colour a {@code pctN} shows, in thousandths (pct12 is 12.5 %); -1 for none. */
    private static int percent(int n) {
        return switch (n) {
            case 12, 37, 62, 87 -> n * 10 + 5;
            case 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95 -> n * 10;
            default -> -1;
        };
    }

    /** A six-digit hex colour, stripped; null for {@code auto} or anything else. */
    private static String hex(String colour) {
        String c = colour.strip();
        return c.matches("[0-9a-fA-F]{6}") ? c.toUpperCase(Locale.ROOT) : null;
    }

    /** Two colours a reader cannot tell apart (as in HTML: channels differing by 24 in all). */
    private static boolean same(String a, String b) {
        if (!a.strip().matches("[0-9a-fA-F]{6}") || !b.strip().matches("[0-9a-fA-F]{6}")) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < 6; i += 2) {
            diff += Math.abs(Integer.parseInt(a.strip().substring(i, i + 2), 16) - Integer.parseInt(b.strip().substring(i, i + 2), 16));
        }
        return diff <= 24 || white(a) && white(b);
    }

    /** White or nearly (each channel at least F0). */
    static boolean white(String hex) {
        String h = hex.strip().toLowerCase(Locale.ROOT);
        if (!h.matches("[0-9a-f]{6}")) {
            return false;
        }
        for (int i = 0; i < 6; i += 2) {
            if (Integer.parseInt(h.substring(i, i + 2), 16) < 0xF0) {
                return false;
            }
        }
        return true;
    }

    /** An on/off property: present and not switched off ({@code w:val="0"}/{@code false}). */
    private static boolean on(Node property) {
        return property != null && WordStyles.on(DocxBody.attr(property, "val"));
    }

    private static int halfPoints(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The notes of one cell. Word splits text into runs freely ("10" + "07"): a note continues the
     * previous one when nothing visible was written in between and it is of the same kind.
     */
    static final class Notes {
        private final List<CellNote> notes = new ArrayList<>();
        private int visibleAtLast = -1;
        private StringBuilder lastBuffer;

        void struck(StringBuilder visible, String text, String how) {
            add(visible, CellNote.Kind.STRUCK, text, how);
        }

        void hidden(StringBuilder visible, String text, String how) {
            add(visible, CellNote.Kind.HIDDEN, text, how);
        }

        /** Text read as shown, though what shows may not be it: its cell is doubted. */
        void doubted(StringBuilder visible, String text, String how) {
            add(visible, CellNote.Kind.DOUBTFUL, text, how);
        }

        private void add(StringBuilder visible, CellNote.Kind kind, String text, String how) {
            if (text.isBlank()) {
                return;
            }
            CellNote last = notes.isEmpty() ? null : notes.get(notes.size() - 1);
            if (last != null && visible == lastBuffer && visible.length() == visibleAtLast && last.kind() == kind
                    && last.how().equals(how)) {
                notes.set(notes.size() - 1, new CellNote(kind, last.text() + text.strip(), how));
            } else {
                notes.add(new CellNote(kind, text.strip(), how));
            }
            lastBuffer = visible;
            visibleAtLast = visible.length();
        }

        List<CellNote> list() {
            return List.copyOf(notes);
        }
    }
}
