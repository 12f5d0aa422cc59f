package org.nianbao.map;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;

/**
 * Reads a cell's text as a value the way reports write them: {@code 13}, {@code １３} (full-width),
 * {@code 1,322}, {@code -11}, {@code +1355}, {@code 130(增)}, {@code 19(减)}, {@code 4555.771 万元};
 * blank, {@code —} and {@code /} are blank values. A footnote marker after the number
 * ({@code 56①}, {@code 56¹}, {@code 56*}, {@code 56注1}) is kept out of it and returned apart.
 * Anything else is unreadable, never guessed.
 */
public final class ValueParser {

    private static final Pattern BLANK = Pattern.compile("[-—–−―─━/\\\\_]*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<pre>增加|减少|增|减)?"
            + "(?<sign>[+\\-−])?"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?<unit>百万元|千元|万元|亿元|亿|元|件|条|个|项|次|份)?"
            + "(?:\\((?<mark>增加|减少|增|减)\\)|(?<mark2>增加|减少|增|减))?");

    /**
     * A footnote marker ending a cell: superscript or subscript digits and letters (what readers
     * make of {@code <sup>}/{@code <sub>}, Word's raised or lowered runs and such PDF glyphs), circled and parenthesised
     * numbers, asterisks, daggers, {@code ※}, {@code 注1}. Matched before NFKC, which would turn
     * ① and ¹ into digits of the number.
     */
    private static final String RAISED = "\u00B9\u00B2\u00B3\u2070-\u207F\u1D43-\u1D5B\u1D9C-\u1DBF\u02B0-\u02B8\u02E0-\u02E4"
            + "\u2080-\u209C\u1D62-\u1D6A\u2C7C"; // and lowered: subscripts
    private static final String CIRCLED = "\u2460-\u2473\u2474-\u249B\u24EA-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF";
    private static final Pattern MARKER = Pattern.compile(
            "^(?<body>.*?[\\d０-９)）元件条个项次份])[\\s\u3000]*+(?<marker>"
            + "[" + RAISED + "]+|[" + CIRCLED + "]"
            + "|\\*{1,3}|[†‡※＊]|[(（\\[【]?注[\\d０-９" + CIRCLED + "]*[)）\\]】]?)",
            Pattern.DOTALL);
    /** Raised, lowered or circled characters left elsewhere than at the end: NFKC would make digits of them. */
    private static final Pattern MARKER_CHAR = Pattern.compile("[" + RAISED + CIRCLED + "]");
    /** Characters that take no room on the page: a number holding them is the number without them. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]");

    /** Parses {@code raw}; never throws. */
    public ParsedValue parse(String raw) {
        String visible = INVISIBLE.matcher(raw).replaceAll("");
        String marker = "";
        Matcher footnote = MARKER.matcher(visible.strip());
        if (footnote.matches()) {
            marker = footnote.group("marker");
            visible = footnote.group("body");
        }
        if (MARKER_CHAR.matcher(visible).find()) {
            return new ParsedValue(CellValue.unreadable("a raised, lowered or circled character where a number was expected: "
                    + raw.strip()), "", false);
        }
        ParsedValue read = parseNumber(visible, raw);
        return marker.isEmpty() || !read.isNumber() ? read : read.withMarker(marker);
    }

    private ParsedValue parseNumber(String visible, String raw) {
        String s = SimplifiedScript.of(compact(visible)); // 萬元, 19(減) in traditional script
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
        return new ParsedValue(CellValue.number(negative ? v.negate() : v), MoneyUnit.canonical(m.group("unit")),
                marker != null);
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
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
