package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.model.Colorref;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.ShadingDescriptor;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.nianbao.reconstruct.CellNote;

/**
 * What Word shows of a binary Word cell, run by run (HWPF's character runs, their properties as
 * their styles give them: {@link DocRunProperties}): deleted revisions and struck runs are noted as
 * struck, hidden ({@code fVanish}), coloured like what is painted behind them (their own shading,
 * highlight, paragraph shading, the cell's shading, the white page) and 1 pt or smaller runs as hidden, superscript (or
 * raised) and subscript (or lowered) runs written in superscript and subscript characters, and so are
 * one or two digits right after a digit at four fifths of its size or less (a footnote mark on the
 * baseline, {@link WordRuns#smallFootnoteMark}). The cell's visible text is then
 * cleaned like any binary Word text ({@link WordText}).
 */
final class DocRuns {

    private static final int WHITE_RGB = 0xFFFFFF;

    private DocRuns() {
    }

    /**
     * The cell's visible text and notes.
     *
     * @param rowShading the colour the row's table properties paint the cell ({@link DocShading}):
     *        {@link DocShading#NONE} to use the cell's own descriptor, else an RGB colour, or
     *        {@link DocShading#UNKNOWN}
     * @param properties the document's runs' properties as its styles give them
     */
    static CellText cell(TableCell cell, int rowShading, DocRunProperties properties) {
        int behind = rowShading == DocShading.NONE ? shading(cell) : rowShading;
        StringBuilder visible = new StringBuilder();
        WordRuns.Notes notes = new WordRuns.Notes();
        int lastSize = 0;
        for (int i = 0; i < cell.numCharacterRuns(); i++) {
            CharacterRun run = cell.getCharacterRun(i);
            DocRunProperties.Props props = properties.of(run);
            String text = run.text();
            boolean shown = !control(text) && !text.isBlank();
            String unseen = shown ? unseen(props, behind) : null;
            if (props.deleted()) {
                notes.struck(visible, WordText.clean(text), "deleted revision");
            } else if (props.struck() || props.doubleStruck()) {
                notes.struck(visible, WordText.clean(text), props.doubleStruck() ? "double strike-through"
                        : "strike-through");
            } else if (props.vanished()) {
                notes.hidden(visible, WordText.clean(text), "hidden text (fVanish)");
            } else if (shown && props.halfPoints() > 0 && props.halfPoints() <= 2) {
                notes.hidden(visible, WordText.clean(text), "font size " + props.halfPoints() / 2.0 + " pt");
            } else if (unseen != null) {
                notes.hidden(visible, WordText.clean(text), unseen);
            } else if (shown && props.scale() < WordRuns.HAIRLINE_SCALE) {
                // the DOCX rule (WordRuns): squeezed to a sliver, the run is read but its cell doubted
                notes.doubted(visible, WordText.clean(text), "character scaling " + props.scale()
                        + " % (sprmCCharScale) squeezes it to a hairline");
                visible.append(text);
            } else if (props.raised() && !control(text)) {
                visible.append(Superscript.of(WordText.clean(text)));
            } else if (props.lowered() && !control(text)) {
                visible.append(Subscript.of(WordText.clean(text)));
            } else if (shown) {
                String marks = text.substring(text.replaceFirst("[\\x00-\\x1f]+$", "").length()); // a cell or paragraph mark
                int start = visible.length();
                visible.append(text, 0, text.length() - marks.length());
                WordRuns.smallFootnoteMark(visible, start, props.halfPoints(), lastSize);
                visible.append(marks);
                lastSize = props.halfPoints();
            } else {
                visible.append(text);
            }
        }
        for (int i = 0; i < cell.numParagraphs(); i++) {
            listLabel(cell.getParagraph(i), notes);
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
     * The DOC form of the DOCX rule ({@code DocxBody}): a list number Word draws before a cell's paragraph
     * (its list level, found through the paragraph's {@code ilfo} in the list format override table, by its own
     * properties or its style's) is not in the text, so where it can hold a figure and stands before a figure or
     * alone, the cell is doubted. A list whose level cannot be read is doubted as one that draws a figure.
     */
    private static void listLabel(Paragraph p, WordRuns.Notes notes) {
        if (!p.isInList() || (p.getIlfo() & 0xFFFF) == 0xF801) { // 0xF801: numbering taken off (Word 97)
            return;
        }
        String shown = WordText.clean(p.text()).strip();
        if (!shown.isEmpty() && !Character.isDigit(shown.charAt(0))) {
            return;
        }
        String label = "a list number that cannot be read";
        try {
            HWPFList list = p.getList();
            if (list == null) {
                notes.doubted(new StringBuilder(), label, WHY_LIST);
                return;
            }
            char level = (char) p.getIlvl();
            int format = list.getNumberFormat(level);
            // a bullet drawn in a symbol font is stored in its private-use form (U+F031 for the '1' of
            // OpenSymbol or Symbol, as Word and LibreOffice save a bullet level's character): read as the character
            String numberText = list.getNumberText(level).chars()
                    .map(c -> c >= 0xF020 && c <= 0xF0FF ? c - 0xF000 : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            // placeholders are the characters 0–8 (the levels' numbers); 23 is a bullet, 255 no number
            boolean numbered = format != 23 && format != 255 && numberText.chars().anyMatch(c -> c < 9);
            if (!numbered && numberText.chars().noneMatch(Character::isDigit)) {
                return;
            }
            label = "list level " + (int) level + " (number format " + format + ", from " + list.getStartAt(level) + ")";
        } catch (RuntimeException e) {
            if (!LibraryFailure.thrownByLibrary(e)) {
                throw e;
            }
        }
        notes.doubted(new StringBuilder(), label, WHY_LIST);
    }

    private static final String WHY_LIST = "a list number Word draws before the paragraph (its list level), which is not read";

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
     * Why the run cannot be seen against what is painted behind it (its highlight, painted over its
     * own shading, else that shading, else its paragraph's shading, else the cell's shading, else the white page), as
     * {@link WordRuns} tells for DOCX;
     * null when it shows.
     */
    private static String unseen(DocRunProperties.Props run, int cellColour) {
        int ink = run.ink();
        if (ink == DocShading.NONE) {
            return null; // automatic colour: Word picks one that shows
        }
        int behind;
        String what;
        if (run.highlight() != DocShading.NONE) {
            behind = run.highlight(); // painted over the run's shading
            what = "highlight";
        } else if (run.shading() == DocShading.UNKNOWN) {
            return ink == 0 ? null : "text colour " + hex(ink) + " on a character shading that cannot be read";
        } else if (run.shading() != DocShading.NONE) {
            behind = run.shading();
            what = "character shading";
        } else if (run.paragraphShading() == DocShading.UNKNOWN) {
            return ink == 0 ? null : "text colour " + hex(ink) + " on a paragraph shading that cannot be read";
        } else if (run.paragraphShading() != DocShading.NONE) {
            behind = run.paragraphShading();
            what = "paragraph shading";
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
