package org.nianbao.validate;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The digits OCR confuses on scans of these forms (docs/ocr.md): a value that breaks an identity
 * but would keep it with one digit read as its look-alike is the likely misread cell. Only named in
 * a finding, never used to change a value: the look-alike is a guess the auditor checks on the page.
 */
final class Misread {

    /**
     * Pairs seen misread on the scanned corpus and fixtures (1 and 7, 1 and 4 at 150 dpi, 0 and 8,
     * 5 and 6, 3 and 8) and the closed loops that blur into one another (0, 6, 8, 9).
     */
    private static final Set<String> LOOK_ALIKE = Set.of("17", "14", "08", "56", "38", "68", "06", "09", "89");

    private Misread() {
    }

    /**
     * How {@code read} becomes {@code needed} by one digit read as its look-alike, in words ("7 read
     * for 1"); empty when it does not (another length, two digits apart, digits not alike: 2 and 8).
     */
    static Optional<String> between(BigDecimal read, BigDecimal needed) {
        if (read.signum() < 0 || needed.signum() < 0 || read.scale() > 0 || needed.scale() > 0) {
            return Optional.empty();
        }
        String a = read.toPlainString();
        String b = needed.toPlainString();
        if (a.length() != b.length()) {
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return Optional.empty();
                }
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        char got = a.charAt(at);
        char want = b.charAt(at);
        String pair = got < want ? "" + got + want : "" + want + got;
        return LOOK_ALIKE.contains(pair) ? Optional.of(got + " read for " + want) : Optional.empty();
    }
}
