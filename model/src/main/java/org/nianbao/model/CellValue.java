package org.nianbao.model;

import java.math.BigDecimal;
import java.util.Objects;

/** What a cell holds once read: a number, nothing, or text that could not be read as a number. */
public sealed interface CellValue {

    /** The spec's {@code value} column: plain ASCII decimal, empty for blank or unreadable. */
    String render();

    static CellValue number(BigDecimal value) {
        return new Numeric(value);
    }

    static CellValue blank() {
        return Blank.INSTANCE;
    }

    static CellValue unreadable(String why) {
        return new Unreadable(why);
    }

    record Numeric(BigDecimal value) implements CellValue {
        public Numeric {
            Objects.requireNonNull(value, "value");
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        @Override
        public String render() {
            return value.toPlainString();
        }
    }

    /** Empty, {@code —} or {@code /} in the source. */
    enum Blank implements CellValue {
        INSTANCE;

        @Override
        public String render() {
            return "";
        }
    }

    record Unreadable(String reason) implements CellValue {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String render() {
            return "";
        }
    }
}
