package org.nianbao.reconstruct.text;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Debian {@code html2text -utf8} cell shows of its own value when text of a cell to its left
 * was printed over it. The tool lays a row out as bytes: every cell's whole text is written from
 * its column's first byte, left to right, and the separators last. A cell whose text is longer in
 * bytes than its column (CJK is three bytes a character) runs on into the columns to its right; the
 * cells there overwrite its first bytes with their own and leave the rest standing
 * ({@code |二、上年结转政府信息公开�|5��|0��|}: {@code 5} and {@code 0}, each followed by the last bytes
 * of a label character, {@code |�，|}: an empty cell under the label's bytes).
 *
 * <p>So a cell's own text is always its first bytes, and it is cut only at the column's end. Two
 * things follow, and only these are read:
 * <ul>
 *   <li>a number of ASCII characters (or a blank mark) followed by a byte that is not a character's
 *   start (U+FFFD) with anything after it in the column: the value ended where the spilled bytes
 *   begin (a value cut mid-character shows exactly one U+FFFD, at the column's end, and an ASCII
 *   digit is never cut: it is one byte for one character of width). The same after a CJK character
 *   that is no unit or sign of a number ({@code 0息}), but only to the right of a value in the row,
 *   since a label or a header ({@code 2023年}) starts with digits too;</li>
 *   <li>a cell that starts with such a byte, holds no digit and is more than that one byte
 *   ({@code ��其�}): nothing of its own was written, it is blank. Also only right of a value.</li>
 * </ul>
 * Anything else stays as printed: a single U+FFFD ending the cell may be the value's own last
 * character cut ({@code 33�} may be {@code 33} or {@code 33２…}), full-width digits may themselves be
 * bytes spilled from a value to the left, and digits after spilled bytes may be a value the page
 * centres in its cell.
 */
final class SpilledBytes {

    private static final char CUT = '\uFFFD';
    private static final Pattern ASCII_NUMBER = Pattern.compile("[+\\-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?|[/—－\\-]+");
    /** Characters that, right after a number, belong to it: a unit that scales it, a sign, a bracket. */
    private static final String PART_OF_NUMBER = "增减万亿千百十元余多倍分(（%％.．";

    private SpilledBytes() {
    }

    /**
     * The cell's own text when the rest is provably another cell's spilled bytes, as in the class
     * comment; empty when the cell shows no spill or it cannot be told apart.
     *
     * @param cell       the cell as printed between its separators, padding included
     * @param afterValue whether a cell to its left in the row holds a value
     */
    static Optional<Own> read(String cell, boolean afterValue) {
        return read(cell, new byte[0], afterValue);
    }

    /**
     * As {@link #read(String, boolean)}, and with the cell's bytes as the file holds them (empty when
     * not known) also a number followed by one U+FFFD and nothing else ({@code 33�}) where that
     * U+FFFD is a byte in the middle of a character (10xxxxxx): the number's own text would go on
     * with the first byte of a character, so the byte is another cell's, spilled, and the number is
     * whole. Where it is a character's first byte, the value may go on and was cut ({@code 33２…}).
     *
     * @param bytes the cell's bytes between its separators, padding included
     */
    static Optional<Own> read(String cell, byte[] bytes, boolean afterValue) {
        String s = cell.replaceAll("^[_\\s]+", "").replaceAll("\\s+$", "");
        if (s.isEmpty() || s.equals(String.valueOf(CUT))) {
            return Optional.empty();
        }
        Matcher m = ASCII_NUMBER.matcher(s);
        if (m.lookingAt() && m.end() < s.length()) {
            String rest = s.substring(m.end());
            char next = rest.charAt(0);
            int end = cell.length() - cell.replaceAll("^[_\\s]+", "").length()
                    + m.group().getBytes(StandardCharsets.UTF_8).length;
            boolean spilled = next == CUT && (!rest.equals(String.valueOf(CUT)) || inCharacter(bytes, end))
                    || afterValue && isHan(next) && PART_OF_NUMBER.indexOf(next) < 0;
            return spilled ? Optional.of(new Own(m.group(), rest.replaceAll("_+$", ""))) : Optional.empty();
        }
        if (afterValue && s.charAt(0) == CUT && s.chars().noneMatch(SpilledBytes::isDigitOrValueWord)
                && s.chars().allMatch(c -> c == CUT || isHan((char) c) || c == '_')) {
            return Optional.of(new Own("", s.replaceAll("_+$", "")));
        }
        return Optional.empty();
    }

    /** True when the byte at {@code at} is a UTF-8 continuation byte: the middle of a character, never its start. */
    private static boolean inCharacter(byte[] bytes, int at) {
        return at < bytes.length && (bytes[at] & 0xC0) == 0x80;
    }

    /** A digit of either width, or a word a report writes for a count ({@code 无}, {@code 零}). */
    private static boolean isDigitOrValueWord(int c) {
        return Character.isDigit(c) || c == '无' || c == '零' || c == '〇';
    }

    /** A CJK ideograph or CJK punctuation ({@code 、}, {@code ，}). */
    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= '\u3000' && c <= '\u303F'
                || c == '，' || c == '：' || c == '；';
    }

    /**
     * @param text  what the cell itself printed (empty: nothing)
     * @param spill the bytes of another cell left standing after it, as printed
     */
    record Own(String text, String spill) {
    }
}
