package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Printed rows placed on the form's rows by the form's order (templates.md fixes each table's rows
 * and their order, and every template prints them so): each printed row stands for one of the
 * form's rows, a later printed row for a later one, none for a row another printed row stands for;
 * a form row may be missing from the print. For each printed row, this gives every form row it
 * stands for in some such placement: one only where the order leaves no other (between two rows
 * whose labels were read, as many printed rows as the form has rows there). Table 二's cut labels
 * ({@link CutRowLabels}) and table 三's labels OCR misread ({@link MisreadRowLabels}) are read so.
 */
final class FormOrder {

    private FormOrder() {
    }

    /**
     * For each printed row, the form rows it stands for in some placement, in the form's order; every
     * list is empty when no placement exists.
     *
     * @param form the form's rows in order
     * @param printed how many rows were printed
     * @param fits whether printed row {@code i} may stand for form row {@code row} (its label names
     *     that row, or no row at all)
     */
    static List<List<String>> candidates(List<String> form, int printed, BiPredicate<Integer, String> fits) {
        int m = form.size();
        // before[i][r]: printed rows 0..i-1 can stand for rows among the form's first r
        boolean[][] before = new boolean[printed + 1][m + 1];
        // after[i][r]: printed rows i.. can stand for rows among the form's rows from r on
        boolean[][] after = new boolean[printed + 2][m + 2];
        for (int r = 0; r <= m; r++) {
            before[0][r] = true;
            after[printed][r] = true;
        }
        for (int i = 1; i <= printed; i++) {
            for (int r = 1; r <= m; r++) {
                before[i][r] = before[i][r - 1] || before[i - 1][r - 1] && fits.test(i - 1, form.get(r - 1));
            }
        }
        for (int i = printed - 1; i >= 0; i--) {
            for (int r = m - 1; r >= 0; r--) {
                after[i][r] = after[i][r + 1] || after[i + 1][r + 1] && fits.test(i, form.get(r));
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < printed; i++) {
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < m; r++) {
                if (before[i][r] && fits.test(i, form.get(r)) && after[i + 1][r + 1]) {
                    rows.add(form.get(r));
                }
            }
            out.add(rows);
        }
        return out;
    }
}
