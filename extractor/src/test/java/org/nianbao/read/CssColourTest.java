package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSS colours evaluated as a browser paints them, and HTML's legacy colour attributes. */
class CssColourTest {

    /**
     * Each colour as CSS Color 4 writes it, and the pixel Chromium paints it with (a 1 px canvas
     * filled with it, read back: red, green, blue, alpha 0-255).
     */
    private static final List<String> PAINTED_BY_CHROMIUM = List.of(
            "#ffff | 255,255,255,255",
            "#fff8 | 255,255,255,136",
            "#0000 | 0,0,0,0",
            "oklch(100% 0 0) | 255,255,255,255",
            "oklch(1 0 0) | 255,255,255,255",
            "oklch(0.985 0.002 247.839) | 249,250,251,255",
            "oklch(62.8% 0.2577 29.23) | 255,0,0,255",
            "oklab(1 0 0) | 255,255,255,255",
            "oklab(0.5 0.1 -0.1) | 129,69,154,255",
            "hwb(0 100% 0%) | 255,255,255,255",
            "hwb(120 20% 30%) | 51,179,51,255",
            "hwb(0 60% 60%) | 128,128,128,255",
            "lab(100 0 0) | 255,255,255,255",
            "lab(50 40 -30) | 165,91,171,255",
            "lab(100% 0 0) | 255,255,255,255",
            "lch(100 0 0) | 255,255,255,255",
            "lch(54 107 41) | 254,0,0,255",
            "color(srgb 1 1 1) | 255,255,255,255",
            "color(srgb 0.2 0.4 0.6) | 51,102,153,255",
            "color(srgb-linear 1 1 1) | 255,255,255,255",
            "color(srgb-linear 0.2 0.2 0.2) | 124,124,124,255",
            "color(display-p3 1 1 1) | 255,255,255,255",
            "color(display-p3 0.9 0.3 0.2) | 249,59,33,255",
            "color(a98-rgb 0.5 0.5 0.5) | 128,128,128,255",
            "color(prophoto-rgb 0.5 0.6 0.4) | 133,174,111,255",
            "color(rec2020 0.5 0.5 0.5) | 139,139,139,255",
            "color(xyz 0.9505 1 1.089) | 255,255,255,255",
            "color(xyz-d50 0.9642 1 0.8251) | 255,255,255,255",
            "color(xyz-d65 0.2 0.3 0.4) | 0,167,164,255",
            "rgb(255 255 255 / 50%) | 255,255,255,128",
            "rgb(100% 100% 100%) | 255,255,255,255",
            "hsl(0 0% 100%) | 255,255,255,255",
            "hsl(120deg 50% 50%) | 64,191,64,255",
            "hsl(0.5turn 50% 50%) | 64,191,191,255",
            "hsl(3.1416rad 50% 50%) | 64,191,191,255",
            "hsla(200grad, 50%, 50%, 0.5) | 64,191,191,128",
            "hsl(120 50 50) | 64,191,64,255",
            "rgb(none 255 255) | 0,255,255,255",
            "ghostwhite | 248,248,255,255",
            "floralwhite | 255,250,240,255",
            "Canvas | 255,255,255,255"
);

    @Test
    void evaluatesEveryCssColourSyntaxAsChromiumPaintsIt() {
        List<String> wrong = new ArrayList<>();
        for (String row : PAINTED_BY_CHROMIUM) {
            String colour = row.substring(0, row.indexOf(" | "));
            String[] px = row.substring(row.indexOf(" | ") + 3).split(",");
            var parsed = CssColour.parse(colour);
            if (parsed.isEmpty()) {
                wrong.add(colour + ": not evaluated");
                continue;
            }
            int[] rgb = parsed.get().rgb();
            int alpha = (int) Math.round(parsed.get().alpha() * 255);
            for (int i = 0; i < 3; i++) {
                if (Math.abs(rgb[i] - Integer.parseInt(px[i])) > 3) {
                    wrong.add(colour + ": " + rgb[0] + "," + rgb[1] + "," + rgb[2] + " where Chromium paints " + row);
                    break;
                }
            }
            if (Math.abs(alpha - Integer.parseInt(px[3])) > 2) {
                wrong.add(colour + ": alpha " + alpha + " where Chromium paints " + row);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void knowsAllNamedColoursAndReadsLightDarkInTheLightScheme() {
        assertEquals(List.of(248, 248, 255), List.of(rgb("GhostWhite")[0], rgb("ghostwhite")[1], rgb("ghostwhite")[2]));
        assertEquals(154, rgb("yellowgreen")[0]);
        assertEquals(128, rgb("grey")[0], "CSS grey, not X11's");
        assertEquals(255, rgb("light-dark(#fff, #000)")[0]);
        assertEquals(0.0, CssColour.parse("transparent").orElseThrow().alpha());
    }

    @Test
    void aColourItCannotEvaluateIsToldFromOneThatIsNoColourAtAll() {
        for (String doubted : List.of("color-mix(in srgb, white 90%, black)", "rgb(from white r g b)",
                "rgb(calc(255) 255 255)", "var(--x)", "rgba(var(--bs-white-rgb), 1)")) {
            assertTrue(CssColour.unevaluable(doubted), doubted);
        }
        for (String dropped : List.of("ffffff", "#fffff", "whiteish", "#fff", "oklch(1 0 0)", "url(x.png)")) {
            assertFalse(CssColour.unevaluable(dropped), dropped);
        }
    }

    /** The values Chromium gives {@code <font color=…>} (its computed colour), per HTML's legacy rules. */
    @Test
    void readsLegacyColourAttributesAsBrowsersDo() {
        assertEquals("#ffffff", CssColour.legacy("ffffff"));
        assertEquals("#ffffff", CssColour.legacy("FFFFFF"));
        assertEquals("#ffffff", CssColour.legacy(" #FFFFFF "));
        assertEquals("#fff", CssColour.legacy("#fff"));
        assertEquals("#0f0f0f", CssColour.legacy("fff"));
        assertEquals("white", CssColour.legacy("White"));
        assertEquals("#c00000", CssColour.legacy("chucknorris"));
        assertEquals("", CssColour.legacy("transparent"));
        assertEquals("", CssColour.legacy(""));
        // not CSS: rgb() and #rgba are read as hex digits, a system colour's name too (Chromium: 0,80,37; yellow; 202,0,160)
        assertEquals("#005025", CssColour.legacy("rgb(255,255,255)"));
        assertEquals("#ffff00", CssColour.legacy("#ffff"));
        assertEquals("#ca00a0", CssColour.legacy("Canvas"));
    }

    private static int[] rgb(String colour) {
        return CssColour.rgb(colour).orElseThrow();
    }
}
