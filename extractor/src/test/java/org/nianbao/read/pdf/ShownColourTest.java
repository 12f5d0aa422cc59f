package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.junit.jupiter.api.Test;

/** The colour a glyph paints over what is behind it ({@link GlyphVisibility#shown}), checked against the PDF spec's formulas. */
class ShownColourTest {

    private static final int[] WHITE = {255, 255, 255};
    private static final int[] BLACK = {0, 0, 0};

    @Test
    void normalOpaqueTextIsItsOwnColour() {
        assertArrayEquals(new int[] {200, 0, 0}, GlyphVisibility.shown(new int[] {200, 0, 0}, WHITE, 1, BlendMode.NORMAL));
    }

    @Test
    void opacityMixesTheTextWithWhatIsBehind() {
        // 25 % black over white: 75 % of white
        assertArrayEquals(new int[] {191, 191, 191}, GlyphVisibility.shown(BLACK, WHITE, 0.25f, BlendMode.NORMAL));
    }

    @Test
    void screenLightenDifferenceExclusionDodgeAndBurnTurnBlackOnWhiteWhite() {
        // burn and dodge leave a white backdrop white whatever the source (B = 1 where cb = 1)
        for (BlendMode m : new BlendMode[] {BlendMode.SCREEN, BlendMode.LIGHTEN, BlendMode.DIFFERENCE, BlendMode.EXCLUSION,
                BlendMode.COLOR_DODGE, BlendMode.COLOR_BURN}) {
            assertArrayEquals(WHITE, GlyphVisibility.shown(BLACK, WHITE, 1, m), m.toString());
        }
    }

    @Test
    void multiplyDarkenHardLightAndLuminosityKeepBlackOnWhiteBlack() {
        for (BlendMode m : new BlendMode[] {BlendMode.MULTIPLY, BlendMode.DARKEN, BlendMode.HARD_LIGHT, BlendMode.LUMINOSITY}) {
            assertArrayEquals(BLACK, GlyphVisibility.shown(BLACK, WHITE, 1, m), m.toString());
        }
    }

    @Test
    void colourDodgeDividesTheBackdropByTheInverseOfTheSource() {
        // B(cb, cs) = min(1, cb / (1 - cs)): 0.4 dodged over 0.2 is 0.2 / 0.6 = 1/3
        assertArrayEquals(new int[] {85, 85, 85}, GlyphVisibility.shown(new int[] {102, 102, 102},
                new int[] {51, 51, 51}, 1, BlendMode.COLOR_DODGE));
    }

    @Test
    void differenceOfWhiteOnWhiteIsBlack() {
        assertArrayEquals(BLACK, GlyphVisibility.shown(WHITE, WHITE, 1, BlendMode.DIFFERENCE));
    }
}
