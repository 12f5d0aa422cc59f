package org.nianbao.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The separators of a number as OCR reads them. The engine reads a thousands comma as a point now
 * and then ({@code 81,548.08万元} read {@code 81.548.08万元}: 7 fees and procurement amounts of the
 * scanned corpus in sessions ocr5 to ocr7), which no parser reads. A number has one decimal point at most,
 * so of several separators between groups of three digits all but the last are commas; the last is
 * the point when fewer or more than three digits follow it. When exactly three follow it, or a lone
 * point stands between one to three digits and three ({@code 81.548}), it may be either: such a
 * reading is left as read and said to be in doubt, never taken for one or the other.
 */
final class DigitGroups {

    /** Groups of three after a first group of one to three, a point among their separators, then the decimals. */
    private static final Pattern POINTS_FOR_COMMAS = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+)[.,](\\d{1,2}|\\d{4,})(?![\\d.,])");
    /**
     * One to three digits (not a lone 0), then only groups of three, a point before one of them:
     * 81.548 (81.548 or 81,548), 98.878.507 (98,878,507 or 98,878.507).
     */
    private static final Pattern POINT_OR_COMMA = Pattern.compile(
            "(?<![\\d.,])[1-9]\\d{0,2}(?:,\\d{3})*\\.\\d{3}(?:[.,]\\d{3})*(?![\\d.,])");

    private DigitGroups() {
    }

    /** The reading with the points the engine read for thousands commas made commas again; else as read. */
    static String commas(String read) {
        Matcher m = POINTS_FOR_COMMAS.matcher(read);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String groups = m.group(1);
            String replaced = groups.indexOf('.') < 0 ? m.group() : groups.replace('.', ',') + "." + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a point in the reading may be a comma read as a point ({@code 81.548}: 81.548 or
     * 81,548; {@code 98.878.507}, which no parser reads). In a count's cell it is a comma (a count
     * has no decimals): the mapping reads it so, the identities vouching (OcrGroupedCount).
     */
    static boolean pointMayBeComma(String read) {
        return POINT_OR_COMMA.matcher(read).find();
    }
}
