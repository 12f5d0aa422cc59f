package org.nianbao.map;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;

/**
 * Reads a cell's text as a value the way reports write them: {@code 13}, {@code １３} (full-width),
 * {@code 1,322}, {@code -11}, {@code +1355}, {@code 130(增)}, {@code 19(减)}, {@code 4555.771 万元};
 * blank, {@code —} and {@code /} are blank values. Anything else is unreadable, never guessed.
 */
public final class ValueParser {

    private static final Pattern BLANK = Pattern.compile("[-—–−―─━/\\\\_]*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<pre>增加|减少|增|减)?"
            + "(?<sign>[+\\-−])?"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?<unit>万元|亿元|元|件|条|个|项|次|份)?"
            + "(?:\\((?<mark>增加|减少|增|减)\\)|(?<mark2>增加|减少|增|减))?");

    /** Parses {@code raw}; never throws. */
    public ParsedValue parse(String raw) {
        String s = SimplifiedScript.of(compact(raw)); // 萬元, 19(減) in traditional script
        if (BLANK.matcher(s).matches()) {
            return new ParsedValue(CellValue.blank(), "", false);
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return new ParsedValue(CellValue.unreadable("not a number: " + raw.strip()), "", false);
        }
        BigDecimal v = new BigDecimal(m.group("num").replace(",", ""));
        String marker = first(m.group("pre"), first(m.group("mark"), m.group("mark2")));
        String sign = m.group("sign");
        boolean negative = sign != null && !sign.equals("+");
        if (marker != null) {
            boolean decrease = marker.startsWith("减");
            if (sign != null && negative != decrease) {
                return new ParsedValue(CellValue.unreadable("sign and " + marker + " marker disagree: " + raw.strip()),
                        "", true);
            }
            negative = decrease;
        }
        return new ParsedValue(CellValue.number(negative ? v.negate() : v), m.group("unit"), marker != null);
    }

    /** True when {@code raw} is a number or a blank, as opposed to label text. */
    public boolean isValue(String raw) {
        return parse(raw).isValue();
    }

    /**
     * NFKC (full-width digits and brackets to ASCII), then every kind of space removed, except
     * between two digits: {@code 12 34} is two numbers run together, never 1234.
     */
    static String compact(String raw) {
        String n = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        boolean pendingSpace = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace && Character.isDigit(c) && Character.isDigit(sb.charAt(sb.length() - 1))) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
