package org.nianbao.read;

/**
 * Text written raised ({@code <sup>}, a Word superscript run, a small raised glyph in a PDF) as the
 * Unicode superscript characters that show it raised in a cell's text: {@code 56<sup>1</sup>} is
 * {@code 56¹}, which the value parser reads as 56 with the footnote marker ¹ — never as 561. Text
 * with no superscript form ({@code 注}, {@code *}, {@code ①}) is kept as it is: those are markers
 * by themselves.
 */
public final class Superscript {

    private static final String PLAIN = "0123456789+-=()abcdefghijklmnoprstuvwxyz";
    private static final String RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ";

    private Superscript() {
    }

    /** {@code text} in superscript characters when each of its characters has one, else unchanged. */
    public static String of(String text) {
        return shifted(text, PLAIN, RAISED);
    }

    /** {@code text} with each character of {@code plain} replaced by its counterpart, or unchanged if one has none. */
    static String shifted(String text, String plain, String shifted) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = plain.indexOf(Character.toLowerCase(text.charAt(i)));
            if (at < 0) {
                return text;
            }
            sb.append(shifted.charAt(at));
        }
        return sb.toString();
    }
}
