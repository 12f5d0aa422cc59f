package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 三's row identity (templates.md, {@code requests-applicants}): in every row, natural persons
 * (自然人) and the five kinds of organisation (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)
 * add up to 总计; a blank mark counts 0, in the total as in the parts. The validator checks it on the
 * cells read ({@code validate.Identities}); the readers of a table's text ask it earlier, as proof of
 * which value stands where (an order of printed values, a number a cell wrapped, the place of 总计),
 * and ask it here, so that they all mean the same identity.
 */
public final class RequestsRowIdentity {

    /** A row's values: the six applicant columns, then 总计. */
    public static final int WIDTH = 7;

    private RequestsRowIdentity() {
    }

    /** True when a row of {@code values} values is one of table 三's, the only rows with an identity of their own. */
    public static boolean appliesTo(int values) {
        return values == WIDTH;
    }

    /** True when the six applicants, summed, make the total. */
    public static boolean holds(BigDecimal applicants, BigDecimal total) {
        return applicants.compareTo(total) == 0;
    }

    /** True when a row's values, 总计 last (the form's order), keep the identity. */
    public static boolean holds(List<BigDecimal> row) {
        return totalAt(row, row.size() - 1);
    }

    /**
     * True when the row keeps the identity with 总计 at place {@code p} and the applicants at the
     * others: for values printed in an order not known, or under a header that does not show where
     * 总计 stands.
     */
    public static boolean totalAt(List<BigDecimal> row, int p) {
        BigDecimal applicants = BigDecimal.ZERO;
        for (int i = 0; i < row.size(); i++) {
            if (i != p) {
                applicants = applicants.add(row.get(i));
            }
        }
        return holds(applicants, row.get(p));
    }

    /** A printed value as the identity counts it: its number, a blank mark ({@code /}, {@code －}) 0. */
    static BigDecimal term(GridCell cell) {
        return CellNumber.number(cell).orElse(BigDecimal.ZERO);
    }
}
