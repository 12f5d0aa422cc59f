package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import org.nianbao.reconstruct.GridCell;

/**
 * A cell's text as the block reader weighs it: NFKC (full-width digits as ASCII), and as a number
 * with thousands separators dropped. A blank mark ({@code /}, {@code －}) is no number; the rules
 * that count it as 0 (templates.md) say so where they do.
 */
final class CellNumber {

    private CellNumber() {
    }

    static Optional<BigDecimal> number(GridCell cell) {
        String s = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).replace(",", "").strip();
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String nfkc(GridCell cell) {
        return Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip();
    }
}
