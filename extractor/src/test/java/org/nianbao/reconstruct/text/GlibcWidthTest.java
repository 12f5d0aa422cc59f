package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The widths are util-linux {@code column} 2.38.1's on glibc 2.36, measured on this machine by
 * {@code tools/redteam/wid/column-widths.py} (the padding {@code column -t} put after {@code a<char>} against a field of
 * ten), not glibc's table read by hand.
 */
class GlibcWidthTest {

    private static final List<String> MEASURED = List.of(
            "U+0061 1",  // LATIN SMALL LETTER A
            "U+00AD 1",  // SOFT HYPHEN
            "U+00A0 1",  // NO-BREAK SPACE
            "U+200B 0",  // ZERO WIDTH SPACE
            "U+200C 0",  // ZERO WIDTH NON-JOINER
            "U+200D 0",  // ZERO WIDTH JOINER
            "U+200E 0",  // LEFT-TO-RIGHT MARK
            "U+2060 0",  // WORD JOINER
            "U+FEFF 0",  // ZERO WIDTH NO-BREAK SPACE
            "U+000D 0",  // CARRIAGE RETURN (control)
            "U+001B 0",  // ESCAPE (control)
            "U+007F 0",  // DELETE (control)
            "U+0085 0",  // NEXT LINE (control)
            "U+2028 0",  // LINE SEPARATOR
            "U+2029 0",  // PARAGRAPH SEPARATOR
            "U+0301 0",  // COMBINING ACUTE ACCENT
            "U+3099 0",  // COMBINING KATAKANA-HIRAGANA VOICED SOUND MARK
            "U+0600 1",  // ARABIC NUMBER SIGN
            "U+0903 1",  // DEVANAGARI SIGN VISARGA
            "U+1160 0",  // HANGUL JUNGSEONG FILLER
            "U+115F 2",  // HANGUL CHOSEONG FILLER
            "U+D7B0 0",  // HANGUL JUNGSEONG O-YEO
            "U+4E2D 2",  // CJK UNIFIED IDEOGRAPH-4E2D
            "U+3000 2",  // IDEOGRAPHIC SPACE
            "U+3001 2",  // IDEOGRAPHIC COMMA
            "U+303F 1",  // IDEOGRAPHIC HALF FILL SPACE
            "U+FF10 2",  // FULLWIDTH DIGIT ZERO
            "U+FF5C 2",  // FULLWIDTH VERTICAL LINE
            "U+FF61 1",  // HALFWIDTH IDEOGRAPHIC FULL STOP
            "U+FFE8 1",  // HALFWIDTH FORMS LIGHT VERTICAL
            "U+FE4F 2",  // WAVY LOW LINE
            "U+FE10 2",  // PRESENTATION FORM FOR VERTICAL COMMA
            "U+A000 2",  // YI SYLLABLE IT
            "U+2E80 2",  // CJK RADICAL REPEAT
            "U+00B7 1",  // MIDDLE DOT
            "U+2014 1",  // EM DASH
            "U+2026 1",  // HORIZONTAL ELLIPSIS
            "U+201C 1",  // LEFT DOUBLE QUOTATION MARK
            "U+2460 1",  // CIRCLED DIGIT ONE
            "U+203B 1",  // REFERENCE MARK
            "U+25CB 1",  // WHITE CIRCLE
            "U+00A7 1",  // SECTION SIGN
            "U+1F600 2",  // GRINNING FACE
            "U+E000 1",  // private use
            "U+0378 0",  // unassigned
            "U+9FFD 2",  // CJK UNIFIED IDEOGRAPH-9FFD
            "U+20000 2",  // CJK UNIFIED IDEOGRAPH-20000
            "U+E0001 0"  // LANGUAGE TAG
    );

    @Test
    void countsEveryMeasuredCharacterAsColumnDid() {
        for (String row : MEASURED) {
            String[] parts = row.split(" ");
            int cp = Integer.parseInt(parts[0].substring(2), 16);
            assertEquals(Integer.parseInt(parts[1]), GlibcWidth.of(cp), parts[0]);
        }
    }

    @Test
    void countsASoftHyphenOneColumnAndAZeroWidthSpaceNone() {
        // the two that decide where a copy's fields stand: glibc prints U+00AD, it does not print U+200B
        assertEquals(11, GlibcWidth.of("1.信访\u00ad举报"));
        assertEquals(10, GlibcWidth.of("1.信访\u200b举报"));
    }

    @Test
    void countsANotepadCopysByteOrderMarkAndCarriageReturnNoColumns() {
        assertEquals(6, GlibcWidth.of("\ufeff总计\r 4"));
    }
}
