package org.nianbao.read;

import org.apache.poi.hwpf.model.Colorref;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.ShadingDescriptor;
import org.apache.poi.hwpf.usermodel.TableCell;

/**
 * What Word shows of a binary Word cell, run by run (HWPF's character runs): deleted revisions and
 * struck runs are noted as struck, hidden ({@code fVanish}), white (on an unshaded cell, not
 * highlighted) and 1 pt or smaller runs as hidden, superscript (or raised) and subscript (or
 * lowered) runs written in superscript and subscript characters. The cell's visible text is then
 * cleaned like any binary Word text ({@link WordText}).
 */
final class DocRuns {

    private static final int WHITE_ICO = 8;
    private static final int WHITE_RGB = 0xFFFFFF;

    private DocRuns() {
    }

    /** The cell's visible text and notes. */
    static CellText cell(TableCell cell) {
        boolean shaded = shaded(cell);
        StringBuilder visible = new StringBuilder();
        WordRuns.Notes notes = new WordRuns.Notes();
        for (int i = 0; i < cell.numCharacterRuns(); i++) {
            CharacterRun run = cell.getCharacterRun(i);
            String text = run.text();
            if (run.isMarkedDeleted()) {
                notes.struck(visible, WordText.clean(text), "deleted revision");
            } else if (run.isStrikeThrough() || run.isDoubleStrikeThrough()) {
                notes.struck(visible, WordText.clean(text), run.isDoubleStrikeThrough() ? "double strike-through"
                        : "strike-through");
            } else if (run.isVanished()) {
                notes.hidden(visible, WordText.clean(text), "hidden text (fVanish)");
            } else if (run.getFontSize() > 0 && run.getFontSize() <= 2 && !text.isBlank() && !control(text)) {
                notes.hidden(visible, WordText.clean(text), "font size " + run.getFontSize() / 2.0 + " pt");
            } else if (white(run) && !shaded && !run.isHighlighted() && !control(text)) {
                notes.hidden(visible, WordText.clean(text), "white text");
            } else if ((run.getSubSuperScriptIndex() == 1 || run.getVerticalOffset() > 0) && !control(text)) {
                visible.append(Superscript.of(WordText.clean(text)));
            } else if ((run.getSubSuperScriptIndex() == 2 || run.getVerticalOffset() < 0) && !control(text)) {
                visible.append(Subscript.of(WordText.clean(text)));
            } else {
                visible.append(text);
            }
        }
        return new CellText(WordText.clean(visible.toString()), notes.list());
    }

    /** Cell marks and paragraph marks carry run properties too; they are structure, not text. */
    private static boolean control(String text) {
        return text.chars().allMatch(c -> c < ' ');
    }

    private static boolean white(CharacterRun run) {
        int rgb = run.getIco24();
        return run.getColor() == WHITE_ICO || rgb == WHITE_RGB;
    }

    private static boolean shaded(TableCell cell) {
        ShadingDescriptor shd = cell.getDescriptor() == null ? null : cell.getDescriptor().getShd();
        if (shd == null || shd.isEmpty()) {
            return false;
        }
        Colorref back = shd.getCvBack();
        return back != null && !back.isEmpty() && (back.getValue() & WHITE_RGB) != WHITE_RGB;
    }
}
