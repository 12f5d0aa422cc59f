package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where 总计 stands among table 三's seven values, proved by the row identity ({@link
 * RequestsRowIdentity}: the six applicant columns add up to 总计) when the header names the six applicant columns in the form's
 * order but not 总计 ({@code pdftotext -raw} prints it {@code 总} / {@code 计}, a character a line,
 * beside other header text).
 *
 * <p>With the six in the order the header prints them, 总计 may stand in any of the seven places. In
 * a row that keeps its identity with 总计 at place <i>p</i>, its value is half the sum of the row. So
 * if a row keeps it with the last value as 总计, 总计 at another place <i>p</i> would keep it too only
 * when that value equals the last one. A row whose last value, and only it, is half the row's sum
 * is therefore evidence that 总计 is last; a row where another value, and not the last, is half the
 * sum is evidence against. A source can break an identity itself (such a row is evidence of
 * nothing, and by chance could look like either), so 总计 is taken as last only when at least
 * {@link #MIN_ROWS} rows say so and none says otherwise.
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
        int forLast = 0;
        for (List<BigDecimal> row : rows) {
            int last = row.size() - 1;
            boolean lastHolds = RequestsRowIdentity.totalAt(row, last);
            boolean otherHolds = false;
            for (int p = 0; p < last; p++) {
                otherHolds |= RequestsRowIdentity.totalAt(row, p);
            }
            if (otherHolds && !lastHolds) {
                return false;
            }
            forLast += lastHolds && !otherHolds ? 1 : 0;
        }
        return forLast >= MIN_ROWS;
    }
}
