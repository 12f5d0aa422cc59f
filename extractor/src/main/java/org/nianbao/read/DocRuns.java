package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.model.Colorref;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.ShadingDescriptor;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.nianbao.reconstruct.CellNote;

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

    /** The cell's visible text and notes, as on the page (the cell's own shading only). */
    static CellText cell(TableCell cell) {
        return cell(cell, DocShading.NONE);
    }

    /**
     * The cell's visible text and notes.
     *
     * @param rowShading the colour the row's table properties paint the cell ({@link DocShading}):
     *        {@link DocShading#NONE} to use the cell's own descriptor, else an RGB colour, or
     *        {@link DocShading#UNKNOWN}
     */
    static CellText cell(TableCell cell, int rowShading) {
        int behind = rowShading == DocShading.NONE ? shading(cell) : rowShading;
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
            } else if (!control(text) && !text.isBlank() && unseen(run, behind) != null) {
                notes.hidden(visible, WordText.clean(text), unseen(run, behind));
            } else if ((run.getSubSuperScriptIndex() == 1 || run.getVerticalOffset() > 0) && !control(text)) {
                visible.append(Superscript.of(WordText.clean(text)));
            } else if ((run.getSubSuperScriptIndex() == 2 || run.getVerticalOffset() < 0) && !control(text)) {
                visible.append(Subscript.of(WordText.clean(text)));
            } else {
                visible.append(text);
            }
        }
        String text = WordText.clean(visible.toString());
        if (text.isBlank() && picture(cell)) {
            List<CellNote> withPicture = new ArrayList<>(notes.list());
            withPicture.add(CellNote.covered("a picture is the cell's only content: it may show the value, which has"
                    + " no text to read"));
            return new CellText(text, withPicture);
        }
        return new CellText(text, notes.list());
    }

    /**
     * True when a shown run of the cell holds a picture: the special character 0x01 (an inline
     * picture) or 0x08 (a drawn object anchored there).
     */
    private static boolean picture(TableCell cell) {
        for (int i = 0; i < cell.numCharacterRuns(); i++) {
            CharacterRun run = cell.getCharacterRun(i);
            if (run.isSpecialCharacter() && !run.isMarkedDeleted() && !run.isVanished()
                    && run.text().chars().anyMatch(c -> c == 0x01 || c == 0x08)) {
                return true;
            }
        }
        return false;
    }

    /** Cell marks and paragraph marks carry run properties too; they are structure, not text. */
    private static boolean control(String text) {
        return text.chars().allMatch(c -> c < ' ');
    }

    /**
     * Why the run cannot be seen against what is painted behind it (its highlight, else the cell's
     * shading, else the white page), as {@link WordRuns} tells for DOCX; null when it shows.
     */
    private static String unseen(CharacterRun run, int cellColour) {
        int ink = ink(run);
        if (ink == DocShading.NONE) {
            return null; // automatic colour: Word picks one that shows
        }
        int behind;
        String what;
        if (run.isHighlighted() && DocShading.ico(run.getHighlightedColor()) != DocShading.NONE) {
            behind = DocShading.ico(run.getHighlightedColor());
            what = "highlight";
        } else if (cellColour == DocShading.UNKNOWN) {
            return ink == 0 ? null : "text colour " + hex(ink) + " on a cell shading that cannot be read";
        } else if (cellColour != DocShading.NONE) {
            behind = cellColour;
            what = "cell shading";
        } else {
            behind = WHITE_RGB;
            what = "page";
        }
        if (white(ink) && white(behind)) {
            return "white text";
        }
        int diff = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            diff += Math.abs((ink >> shift & 0xFF) - (behind >> shift & 0xFF));
        }
        return diff <= 24 ? "text colour " + hex(ink) + " on a " + what + " of the same colour (" + hex(behind) + ")"
                : null;
    }

    /** The run's colour as RGB ({@code cv}, else {@code ico}); {@link DocShading#NONE} for auto. */
    private static int ink(CharacterRun run) {
        if (run.getColor() == WHITE_ICO) {
            return WHITE_RGB;
        }
        int bgr = run.getIco24(); // COLORREF order: 0x00BBGGRR; -1 for auto
        if (bgr == -1) {
            return DocShading.NONE;
        }
        return (bgr & 0xFF) << 16 | (bgr & 0xFF00) | (bgr >> 16 & 0xFF);
    }

    /** White or nearly (each channel at least F0), as {@link WordRuns#white}. */
    private static boolean white(int rgb) {
        return (rgb >> 16 & 0xFF) >= 0xF0 && (rgb >> 8 & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0;
    }

    private static String hex(int rgb) {
        return String.format("%06X", rgb & WHITE_RGB);
    }

    /** The cell's own shading ({@code TC.shd}, Word 97's place for it); {@link DocShading#NONE} if none. */
    private static int shading(TableCell cell) {
        ShadingDescriptor shd = cell.getDescriptor() == null ? null : cell.getDescriptor().getShd();
        if (shd == null || shd.isEmpty()) {
            return DocShading.NONE;
        }
        Colorref back = shd.getCvBack();
        Colorref fore = shd.getCvFore();
        return DocShading.paint(rgb(fore, 0x000000), rgb(back, DocShading.NONE), shd.getIpat());
    }

    private static int rgb(Colorref c, int auto) {
        if (c == null || c.isEmpty() || (c.getValue() >>> 24) == 0xFF) {
            return auto;
        }
        int bgr = c.getValue();
        return (bgr & 0xFF) << 16 | (bgr & 0xFF00) | (bgr >> 16 & 0xFF);
    }
}
