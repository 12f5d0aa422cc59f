package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.reconstruct.GridCell;

/**
 * Which fonts a value's digits are set in: ASCII, full-width, or both ({@code +１０}). Each font sits
 * on its own baseline in a PDF, and poppler may print one font's blocks of a row after the other's,
 * so a mix of fonts is a sign that the printed order is not the columns'.
 */
final class DigitFonts {

    private DigitFonts() {
    }

    /**
     * True when the values are not all the same number and one of them is set in glyphs of two fonts:
     * an ASCII sign or digit with full-width digits ({@code +１０}, {@code -１８８}). Such a block's box
     * is unlike its neighbours' and poppler may print it out of the row's order (a Chromium print:
     * 行政许可 ３７４ | +１０ | １９ printed ３７４ / １９ / +１０). Rows whose values are each of one font,
     * ASCII or full-width, came in their columns' order in every print measured.
     */
    static boolean fontsMixed(List<GridCell> vals) {
        if (vals.stream().map(c -> CellNumber.number(c).map(BigDecimal::stripTrailingZeros).map(Object::toString)
                .orElse(c.text().strip())).distinct().count() <= 1) {
            return false;
        }
        return vals.stream().anyMatch(c -> numberFonts(c.text()) == 3);
    }

    /** 1 for ASCII digits or signs, 2 for full-width ones, 3 for both; 0 for a value with no digit. */
    static int numberFonts(String value) {
        if (value.chars().noneMatch(Character::isDigit)) {
            return 0;
        }
        int mask = 0;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch >= '0' && ch <= '9' || ch == '+' || ch == '-') {
                mask |= 1;
            } else if (ch >= '０' && ch <= '９' || ch == '＋' || ch == '－') {
                mask |= 2;
            }
        }
        return mask;
    }
}
