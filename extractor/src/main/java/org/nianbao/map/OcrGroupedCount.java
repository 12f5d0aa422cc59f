package org.nianbao.map;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.model.OcrRecheck;

/**
 * A count that OCR read with a point for a thousands comma ({@code 42.704} for 42,704, {@code
 * 98.878.507} for 98,878,507): the engine reads the comma as a point now and then. A count is a
 * whole number, so in a count's cell each such separator is a comma and the digits are the count.
 * Only a reading the OCR module already holds in doubt ({@link OcrRecheck.Differed}, which it gives
 * every reading whose point may be a comma) is read so: the identities then vouch for the count as
 * for any value OCR read in doubt, and where none can it is flagged ({@code ocr-unverified}).
 * Amounts keep their point (they may have decimals); text-layer cells are not concerned.
 */
final class OcrGroupedCount {

    /** One to three digits, then groups of three, each after a point or a comma. */
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:[.,]\\d{3})+");

    private OcrGroupedCount() {
    }

    /** The count a cell's OCR reading stands for when its points are commas read as points; else empty. */
    static Optional<BigDecimal> read(String text, Location where) {
        String t = text.strip();
        if (!(where instanceof Location.PageBox b && b.ocr() && b.ocrRecheck() instanceof OcrRecheck.Differed)
                || t.indexOf('.') < 0 || !GROUPED.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(".", "").replace(",", "")));
    }
}
