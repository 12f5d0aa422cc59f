package org.nianbao.read;

/**
 * Text written lowered ({@code <sub>}, a Word subscript or lowered run, a small lowered glyph in a
 * PDF) as the Unicode subscript characters that show it lowered: {@code 746<sub>1</sub>} is
 * {@code 746₁}, which the value parser reads as 746 with the marker ₁ — never as 7461 (an editor
 * who meant 上标 and pressed 下标 still made a footnote mark). Text with no subscript form is kept as
 * it is.
 */
public final class Subscript {

    private static final String PLAIN = "0123456789+-=()aehijklmnoprstuvx";
    private static final String LOWERED = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

    private Subscript() {
    }

    /** {@code text} in subscript characters when each of its characters has one, else unchanged. */
    public static String of(String text) {
        return Superscript.shifted(text, PLAIN, LOWERED);
    }
}
