package org.nianbao.corpus.generate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a generated report: its true value (in the canonical unit, 万元 for amounts) and the
 * exact text the document prints for it.
 *
 * @param blank true when the source prints the zero as nothing, {@code —} or {@code /}: the spec's
 *     value is then empty
 */
public record TrueCell(BigDecimal value, String shown, boolean blank) {

    public TrueCell {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(shown, "shown");
        if (blank && value.signum() != 0) {
            throw new IllegalArgumentException("only a zero may be printed blank");
        }
    }

    /** The spec's {@code value} column for this cell: plain ASCII decimal, empty when blank. */
    public String gold() {
        return blank ? "" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
