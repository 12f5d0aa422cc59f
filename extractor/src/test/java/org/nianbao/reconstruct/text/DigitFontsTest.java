package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.placed;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.row;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.CellGrid;

/**
 * Values set in glyphs of two fonts ({@code +１０}) in {@code pdftotext}'s default mode: a red-team
 * case the real tool printed from Chromium's PDF, checked against the page.
 */
class DigitFontsTest {

    @Test
    void aRowWithAValueSetInTwoFontsIsNotReadInTheOrderPrinted() throws IOException {
        // Chromium's print of 行政许可 ３７４ | +１０ | １９: poppler printed the ASCII-signed full-width +１０
        // after １９ (corpus/redteam/chromium-default-sign-fullwidth-2019.txt)
        CellGrid grid = read(lines("../corpus/redteam/chromium-default-sign-fullwidth-2019.txt"));
        assertEquals(List.of("?３７４", "?１９", "?+１０"), placed(row(grid, "行政许可")));
        // values of one font each, ASCII among full-width (规章 ６５０ | １０７ | 816), are read as printed
        assertEquals(List.of("６５０", "１０７", "816"), placed(row(grid, "规章")));
    }
}
