package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.reconstruct.CellNote;
import org.w3c.dom.Node;

/**
 * What Word shows of a run, from its direct properties ({@code w:rPr}): hidden ({@code w:vanish},
 * {@code w:specVanish}, white text on an unpainted background, 1 pt or less), struck
 * ({@code w:strike}, {@code w:dstrike}), raised ({@code w:vertAlign superscript}, or lifted by {@code w:position}),
 * lowered ({@code w:vertAlign subscript}, or a negative {@code w:position}) or shown.
 * Properties a run takes from a character or paragraph style are not looked at.
 */
final class WordRuns {

    enum Verdict { SHOWN, HIDDEN, STRUCK, RAISED, LOWERED }

    record Look(Verdict verdict, String how) {
    }

    private static final Look SHOWN = new Look(Verdict.SHOWN, "");

    private WordRuns() {
    }

    /**
     * @param shaded the run stands on a painted cell or paragraph: white text shows there
     */
    static Look look(Node rPr, boolean shaded) {
        if (rPr == null) {
            return SHOWN;
        }
        if (on(DocxBody.child(rPr, "vanish")) || on(DocxBody.child(rPr, "specVanish"))) {
            return new Look(Verdict.HIDDEN, "hidden text (w:vanish)");
        }
        Node sz = DocxBody.child(rPr, "sz");
        if (sz != null && halfPoints(DocxBody.attr(sz, "val")) <= 2) {
            return new Look(Verdict.HIDDEN, "font size " + DocxBody.attr(sz, "val") + " half-points");
        }
        Node color = DocxBody.child(rPr, "color");
        Node highlight = DocxBody.child(rPr, "highlight");
        Node shd = DocxBody.child(rPr, "shd");
        boolean onColour = shaded || highlight != null && !DocxBody.attr(highlight, "val").equals("none")
                && !DocxBody.attr(highlight, "val").equals("white") || shd != null && painted(DocxBody.attr(shd, "fill"));
        if (color != null && white(DocxBody.attr(color, "val")) && !onColour) {
            return new Look(Verdict.HIDDEN, "white text (w:color " + DocxBody.attr(color, "val") + ")");
        }
        if (on(DocxBody.child(rPr, "strike"))) {
            return new Look(Verdict.STRUCK, "strike-through (w:strike)");
        }
        if (on(DocxBody.child(rPr, "dstrike"))) {
            return new Look(Verdict.STRUCK, "double strike-through (w:dstrike)");
        }
        Node vert = DocxBody.child(rPr, "vertAlign");
        if (vert != null && DocxBody.attr(vert, "val").equals("superscript")) {
            return new Look(Verdict.RAISED, "");
        }
        if (vert != null && DocxBody.attr(vert, "val").equals("subscript")) {
            return new Look(Verdict.LOWERED, "");
        }
        // LibreOffice saves a footnote mark as a run lifted off the baseline (w:position, in
        // half-points) rather than as a superscript: read as printed, it would be glued to the value
        Node position = DocxBody.child(rPr, "position");
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

    /** A toggle property: present and not switched off ({@code w:val="0"}/{@code false}). */
    private static boolean on(Node toggle) {
        if (toggle == null) {
            return false;
        }
        String v = DocxBody.attr(toggle, "val");
        return !(v.equals("0") || v.equals("false") || v.equals("off"));
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
