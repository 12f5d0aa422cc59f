package org.nianbao.reconstruct.text;

import java.util.Arrays;

/**
 * Display columns as util-linux {@code column} counts them: glibc's {@code wcwidth} in a UTF-8 locale, where a
 * character {@code wcwidth} calls non-printable (-1: a control character, an unassigned code point) takes none.
 * {@code column -t} and {@code column -o SEP} pad every field to its column's widest cell in these columns, so a
 * reader cutting their output must count as they do: a character counted one column more or less than {@code column}
 * counted it puts every field after it on its line a column off the others (red team rte: a Notepad copy's BOM and CR,
 * which {@code column} keeps in a field and counts none, read as one each; red team rtg: a soft hyphen, which glibc
 * counts one, read as none).
 *
 * <p>Measured with {@code column} 2.38.1 on glibc 2.36 (Unicode 14), by {@code tools/redteam/wid/column-widths.py},
 * which checks this class's rule against every code point's {@code wcwidth} and prints {@link #WIDE} anew: two columns
 * for East Asian Wide and Full-width characters (CJK ideographs and punctuation, kana, Hangul syllables, full-width
 * forms, emoji presentation); none for combining marks (Mn, Me), format characters (Cf) but the soft hyphen and the
 * prepended concatenation marks, Hangul medial vowels and final consonants, controls, line and paragraph separators and
 * code points unassigned in Java's Unicode; one for the rest. The rule differs from glibc only on the 662
 * characters Unicode 14 added outside the wide runs (Java 17 reads them as unassigned, none) and U+1734, none of which
 * a Chinese report prints. This differs from {@link DisplayColumns}, which counts any
 * non-wide character one: the HTML-to-text tools it serves ({@code w3m}, {@code lynx}, {@code pandoc}) drop or replace
 * those characters before they pad.
 */
public final class GlibcWidth {

    /**
     * The first and last code point of each run glibc counts two columns wide, in order (glibc 2.36's
     * {@code localedata/unicode-gen} table from Unicode 14's EastAsianWidth W and F).
     */
    private static final int[] WIDE = {
            0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
            0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
            0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
            0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
            0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
            0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
            0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
            0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3000, 0x3029,
            0x302E, 0x303E, 0x3041, 0x3096, 0x309B, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E,
            0x3190, 0x31E3, 0x31F0, 0x321E, 0x3220, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C,
            0xAC00, 0xD7A3, 0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFE10, 0xFE19, 0xFE30, 0xFE52,
            0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE3,
            0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3,
            0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B150, 0x1B152, 0x1B164, 0x1B167,
            0x1B170, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
            0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
            0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
            0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440,
            0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
            0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC,
            0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DD, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
            0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
            0x1FA70, 0x1FA74, 0x1FA78, 0x1FA7C, 0x1FA80, 0x1FA86, 0x1FA90, 0x1FAAC, 0x1FAB0, 0x1FABA,
            0x1FAC0, 0x1FAC5, 0x1FAD0, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6, 0x20000, 0x2A6DF,
            0x2A700, 0x2B738, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x2F800, 0x2FA1D,
            0x30000, 0x3134A,
    };

    private GlibcWidth() {
    }

    /** The display columns {@code column} gives the character: 0, 1 or 2. */
    public static int of(int codePoint) {
        if (codePoint == 0x00AD || prependedConcatenationMark(codePoint)) {
            // glibc counts the soft hyphen one column (a terminal shows it as a hyphen), and the marks printed before
            // an Arabic or Syriac number as spacing, though both are format characters
            return 1;
        }
        if (wide(codePoint)) {
            // before the character's type: the table is glibc's own, and names ideographs Java 17's Unicode 13 has
            // not assigned yet (U+9FFD..U+9FFF)
            return 2;
        }
        switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                    Character.UNASSIGNED -> {
                return 0;
            }
            default -> {
            }
        }
        if (codePoint >= 0x1160 && codePoint <= 0x11FF || codePoint >= 0xD7B0 && codePoint <= 0xD7FF) {
            // Hangul medial vowels and final consonants join the leading consonant's syllable block
            return 0;
        }
        return 1;
    }

    /** The display columns {@code column} gives the text. */
    public static int of(CharSequence text) {
        return text.codePoints().map(GlibcWidth::of).sum();
    }

    private static boolean wide(int codePoint) {
        int at = Arrays.binarySearch(WIDE, codePoint);
        // an exact hit is a run's first (even index) or last (odd) code point; otherwise the insertion point is odd
        // only between a run's first and last
        return at >= 0 || (-at - 1) % 2 == 1;
    }

    /** Unicode's Prepended_Concatenation_Mark: format characters that print before the digits they span. */
    private static boolean prependedConcatenationMark(int codePoint) {
        return codePoint >= 0x0600 && codePoint <= 0x0605 || codePoint == 0x06DD || codePoint == 0x070F
                || codePoint == 0x0890 || codePoint == 0x0891 || codePoint == 0x08E2 || codePoint == 0x110BD
                || codePoint == 0x110CD;
    }
}
