package org.nianbao.corpus.generate;

import java.math.BigDecimal;
import java.util.Random;

/**
 * How one document prints its numbers, chosen once per document as real reports do: full-width
 * digits, thousands separators, zeros printed blank or as a dash, signed changes as {@code +3},
 * {@code 130(增)} or {@code 19(减)}.
 */
record NumberStyle(boolean fullWidth, boolean thousands, String zeroMark, ChangeStyle changes) {

    enum ChangeStyle { MARKS, SIGNS, PLAIN }

    private static final String[] ZERO_MARKS = {"0", "0", "0", "0", "", "—", "/", "－"};

    static NumberStyle random(Random rng) {
        return new NumberStyle(rng.nextInt(100) < 15, rng.nextInt(100) < 40, ZERO_MARKS[rng.nextInt(ZERO_MARKS.length)],
                ChangeStyle.values()[rng.nextInt(ChangeStyle.values().length)]);
    }

    /** True when this zero is printed blank (nothing, a dash or a slash). */
    boolean blankZero(Random rng) {
        return !zeroMark.equals("0") && rng.nextInt(100) < 60;
    }

    String count(BigDecimal v, Random rng) {
        return digits(grouped(v.toPlainString()), rng);
    }

    String change(BigDecimal v, Random rng) {
        if (v.signum() == 0) {
            return digits("0", rng);
        }
        String abs = grouped(v.abs().toPlainString());
        String s = switch (changes) {
            case MARKS -> abs + (rng.nextBoolean() ? "(" : "（") + (v.signum() > 0 ? "增" : "减")
                    + (rng.nextBoolean() ? ")" : "）");
            case SIGNS -> (v.signum() > 0 ? "+" : "-") + abs;
            case PLAIN -> (v.signum() > 0 ? "" : "-") + abs;
        };
        return digits(s, rng);
    }

    String grouped(String plain) {
        if (!thousands) {
            return plain;
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        if (whole.length() <= 3) {
            return plain;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return sb + (dot < 0 ? "" : plain.substring(dot));
    }

    /** Full-width digits in some cells of a full-width document, as OCR'd and retyped reports have them. */
    String digits(String s, Random rng) {
        if (!fullWidth || rng.nextInt(100) >= 70) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c);
        }
        return sb.toString();
    }
}
