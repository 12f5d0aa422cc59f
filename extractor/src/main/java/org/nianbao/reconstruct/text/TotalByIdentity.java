package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Where 总计 stands among table 三's seven values, proved by the row identity ({@link
 * RequestsRowIdentity}: the six applicant columns add up to 总计) when the header names the six applicant columns in the form's
 * order but not 总计 ({@code pdftotext -raw} prints it {@code 总} / {@code 计}, a character a line,
 * beside other header text).
 *
 * <p>With the six in the order the header prints them, 总计 may stand in any of the seven places. In
 * a row that keeps its identity with 总计 at place <i>p</i>, its value is half the sum of the row. A
 * row that keeps it with the last value as 总计 and not with the value at <i>p</i> is evidence
 * against 总计 at <i>p</i>; a row that keeps it at some <i>p</i> and not last is evidence against the
 * last. A source can break an identity itself (such a row is evidence of nothing, and by chance could
 * look like either), so 总计 is taken as last only when no row says otherwise and every other place
 * is ruled out by at least {@link #MIN_ROWS} rows: were 总计 truly at <i>p</i>, each of those rows
 * would break the source's own identity.
 *
 * <p>Each place is weighed on its own (branch def16). Before, a row counted only when its last value
 * alone was half its sum; a sparse table's rows ({@code 2 0 0 0 0 0 2}: one applicant and the total)
 * each rule out five places but not the sixth, so a table of such rows proved nothing, although
 * together they ruled out all six ({@code 0 98 0 0 0 0 98} rules out the first): 4 of the 12 of seed
 * 2024's 60 {@code tool-pdftotext} documents that kept table 三 under {@code placement-assumed}.
 */
public final class TotalByIdentity {

    public static final int MIN_ROWS = 3;

    private TotalByIdentity() {
    }

    /**
     * True when the rows prove that the last of their values is the total.
     *
     * @param rows complete rows of table 三, seven values each in the order read, blank as 0
     */
    public static boolean provesLast(List<List<BigDecimal>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        int last = rows.get(0).size() - 1;
        int[] ruledOut = new int[last];
        for (List<BigDecimal> row : rows) {
            boolean lastHolds = RequestsRowIdentity.totalAt(row, last);
            for (int p = 0; p < last; p++) {
                boolean here = RequestsRowIdentity.totalAt(row, p);
                if (here && !lastHolds) {
                    return false;
                }
                ruledOut[p] += lastHolds && !here ? 1 : 0;
            }
        }
        return Arrays.stream(ruledOut).allMatch(n -> n >= MIN_ROWS);
    }
}
