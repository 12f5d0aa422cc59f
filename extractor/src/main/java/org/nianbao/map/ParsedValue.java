package org.nianbao.map;

import java.util.Objects;
import org.nianbao.model.CellValue;

/**
 * A cell's text read as a value.
 *
 * @param unit the unit written after the number ({@code 万元}, {@code 元}, {@code 亿元}, {@code 件} …),
 *     empty when none
 * @param marked true when an increase/decrease marker ({@code 130(增)}, {@code 19(减)}) gave the sign
 * @param footnote a footnote marker written after the number ({@code ①}, {@code ¹}, {@code *}) and
 *     kept out of it, empty when none
 */
public record ParsedValue(CellValue value, String unit, boolean marked, String footnote) {
    public ParsedValue {
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
        footnote = footnote == null ? "" : footnote;
    }

    public ParsedValue(CellValue value, String unit, boolean marked) {
        this(value, unit, marked, "");
    }

    ParsedValue withMarker(String marker) {
        return new ParsedValue(value, unit, marked, marker);
    }

    public boolean isNumber() {
        return value instanceof CellValue.Numeric;
    }

    public boolean isBlank() {
        return value instanceof CellValue.Blank;
    }

    /** A number or a blank: what a value cell holds, as opposed to label text. */
    public boolean isValue() {
        return isNumber() || isBlank();
    }
}
