package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Media queries on the desktop screen a report is read on. */
class CssMediaTest {

    private static final Optional<Boolean> HOLDS = Optional.of(true);
    private static final Optional<Boolean> FAILS = Optional.of(false);
    private static final Optional<Boolean> UNDECIDED = Optional.empty();

    @Test
    void mediaQueriesAreReadForADesktopScreen() {
        assertEquals(HOLDS, CssMedia.onScreen(""));
        assertEquals(HOLDS, CssMedia.onScreen("screen"));
        assertEquals(HOLDS, CssMedia.onScreen(" screen and (min-width: 768px)"));
        assertEquals(HOLDS, CssMedia.onScreen("(min-width:48em) and (orientation: landscape)"));
        assertEquals(HOLDS, CssMedia.onScreen("print, screen"));
        assertEquals(HOLDS, CssMedia.onScreen("not print"));
        assertEquals(HOLDS, CssMedia.onScreen("(width >= 768px)"));
        assertEquals(HOLDS, CssMedia.onScreen("(hover: hover) and (pointer: fine)"));
        assertEquals(FAILS, CssMedia.onScreen("print"));
        assertEquals(FAILS, CssMedia.onScreen("speech"));
        assertEquals(FAILS, CssMedia.onScreen("not all"));
        assertEquals(FAILS, CssMedia.onScreen("(max-width: 767px)"));
        assertEquals(FAILS, CssMedia.onScreen("(400px <= width <= 700px)"));
        assertEquals(FAILS, CssMedia.onScreen("screen and (min-width: 1600px)"));
        assertEquals(FAILS, CssMedia.onScreen("(prefers-color-scheme: dark)"));
        assertEquals(FAILS, CssMedia.onScreen("(hover: none)"));
        assertEquals(FAILS, CssMedia.onScreen("screen and (-ms-high-contrast: active), (-ms-high-contrast: none)"),
                "a feature Chromium does not know fails its query (IE 10's hack)");
        assertEquals(FAILS, CssMedia.onScreen("\\0screen"), "IE 8's hack is no media type");
    }

    @Test
    void aFeatureDesktopsDifferInIsUndecidedUnlessAnotherFails() {
        assertEquals(UNDECIDED, CssMedia.onScreen("(max-height: 600px)"));
        assertEquals(UNDECIDED, CssMedia.onScreen("(-webkit-min-device-pixel-ratio: 2)"));
        assertEquals(UNDECIDED, CssMedia.onScreen("screen and (min-aspect-ratio: 16/9)"));
        assertEquals(UNDECIDED, CssMedia.onScreen("(height > 600px)"));
        assertEquals(FAILS, CssMedia.onScreen("(max-height: 600px) and (max-width: 767px)"));
        assertEquals(HOLDS, CssMedia.onScreen("(max-height: 600px), screen"));
    }
}
