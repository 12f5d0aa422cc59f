package org.nianbao.reconstruct.text;

/**
 * Where each character of a line stands when the line is laid out in a terminal's columns: a wide
 * character (CJK ideographs, kana, Hangul, full-width forms, CJK punctuation) takes two columns,
 * any other one. Tools that pad by display width ({@code pandoc -t plain}, {@code w3m},
 * {@code lynx}) align a table's values in these columns; {@code pdftotext -layout} aligns them in
 * characters instead.
 */
public final class DisplayColumns {

    private DisplayColumns() {
    }

    /** The display column at which each character index of {@code line} starts; one more entry for the end. */
    public static int[] of(String line) {
        int[] at = new int[line.length() + 1];
        int col = 0;
        for (int i = 0; i < line.length(); i++) {
            at[i] = col;
            char c = line.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            col += wide(line.codePointAt(i)) ? 2 : 1;
        }
        at[line.length()] = col;
        return at;
    }

    /** East Asian Wide or Full-width, for the blocks Chinese reports use. */
    static boolean wide(int cp) {
        return Character.isIdeographic(cp)
                || cp >= 0x1100 && cp <= 0x115F           // Hangul Jamo
                || cp >= 0x2E80 && cp <= 0x303E           // CJK radicals, punctuation (、。「」)
                || cp >= 0x3041 && cp <= 0x33FF           // kana, bopomofo, CJK compatibility
                || cp >= 0xAC00 && cp <= 0xD7A3           // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF           // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F           // CJK compatibility forms
                || cp >= 0xFF00 && cp <= 0xFF60           // full-width forms (（）０-９)
                || cp >= 0xFFE0 && cp <= 0xFFE6;
    }
}
