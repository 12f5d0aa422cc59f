package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.reconstruct.CellNote;
import org.w3c.dom.Node;

/**
 * What Word shows of a run, from its properties as its styles and its own {@code w:rPr} give them
 * ({@link WordStyles.Run}): hidden ({@code w:vanish}, {@code w:specVanish}, white text on an
 * unpainted background, 1 pt or less), struck ({@code w:strike}, {@code w:dstrike}), raised
 * ({@code w:vertAlign superscript}, or lifted by {@code w:position}) or shown.
 */
final class WordRuns {

    enum Verdict { SHOWN, HIDDEN, STRUCK, RAISED }

    record Look(Verdict verdict, String how) {
    }

    private static final Look SHOWN = new Look(Verdict.SHOWN, "");

    private WordRuns() {
    }

    /**
     * @param shaded the run stands on a painted cell or paragraph: white text shows there
     */
    static Look look(WordStyles.Run rPr, boolean shaded) {
        if (rPr.on("vanish") || on(rPr.get("specVanish"))) {
            return new Look(Verdict.HIDDEN, "hidden text (w:vanish)");
        }
        Node sz = rPr.get("sz");
        if (sz != null && halfPoints(DocxBody.attr(sz, "val")) <= 2) {
            return new Look(Verdict.HIDDEN, "font size " + DocxBody.attr(sz, "val") + " half-points");
        }
        Node color = rPr.get("color");
        Node highlight = rPr.get("highlight");
        Node shd = rPr.get("shd");
        boolean onColour = shaded || highlight != null && !DocxBody.attr(highlight, "val").equals("none")
                && !DocxBody.attr(highlight, "val").equals("white") || shd != null && painted(DocxBody.attr(shd, "fill"));
        if (color != null && white(DocxBody.attr(color, "val")) && !onColour) {
            return new Look(Verdict.HIDDEN, "white text (w:color " + DocxBody.attr(color, "val") + ")");
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
        // LibreOffice saves a footnote mark as a run lifted off the baseline (w:position, in
        // half-points) rather than as a superscript: read as printed, it would be glued to the value
        Node position = rPr.get("position");
        if (position != null) {
            int lift = halfPoints(DocxBody.attr(position, "val"));
            if (lift > 0 && lift != Integer.MAX_VALUE) {
                return new Look(Verdict.RAISED, "");
            }
        }
        return SHOWN;
    }

    /** A fill colour that is a paint: not {@code auto}, not white, not empty. */
    static boolean painted(String fill) {
        String f = fill.strip().toLowerCase(Locale.ROOT);
        return !f.isEmpty() && !f.equals("auto") && !white(f);
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
