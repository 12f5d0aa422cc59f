package org.nianbao.reconstruct.text;

import java.util.List;

/**
 * Whether a text is a browser's copy ({@code innerText}) of a page whose cells hold paragraphs, with each line's
 * leading whitespace taken off ({@code sed 's/^[ \t]\+//'}, an editor's "trim leading space", re-indenting a paste).
 * Chromium wrote a tab between every two cells of a row, so a piece of a row after a paragraph began with the tabs
 * before its cell ({@code \t\t\t\t0}: 法律服务机构's figure); the trim took them, and the lone-tab lines between two
 * paragraph cells became empty. What is left of such a row is figures on lines of their own, their columns no longer
 * in the text: read as one paragraph a cell, each gap's empty lines counted as blank cells, they were placed by order
 * (red team rtv, {@code chromium-innertext-leading-trim-other-no-fee-shifted-2021.txt}: （六）2.逾期未缴费's two 0s
 * read as 商业企业 and 总计, the sum holding, 4 cells with no finding). So in such a copy a row whose cells stand on
 * lines apart is not placed: which columns its figures stand in the text does not prove.
 *
 * <p>Told by the text as read: it has tabs, no line starts with whitespace, and at least {@link #MIN_MARGINS} times a
 * line ending in a tab is followed by one empty line and a printed one (a paragraph's margin after a cell's tab, which
 * only such a copy writes); an untrimmed copy starts the piece after a paragraph with its tab. A copy trimmed at both
 * edges ({@code l.strip()}, {@code l.expandtabs(8).strip()}) has no line ending in a tab either: there the margins
 * counted are a printed line, one empty line and a line of figures alone, their tabs gone (red team rtt's
 * {@code strip()} copies of seed 7272: rows with an empty {@code <td>} read by order, 13 cells with no finding). Rows
 * whose printed cells prove their columns are joined before this is asked ({@link CountedRowPieces}).
 */
public final class LeadingTabsLost {

    /** Why a row's figures on lines apart are not placed, as its cells' note says. */
    public static final String WHY = "the copy lost the tabs that began its lines (leading whitespace trimmed), so the "
            + "row's figures on lines of their own no longer show which columns they stand in";
    /** Paragraph margins after a tab, at least, before a text is taken for such a copy. */
    private static final int MIN_MARGINS = 2;

    private LeadingTabsLost() {
    }

    /** Whether {@code printed} is such a copy. */
    public static boolean in(List<String> printed) {
        if (printed.stream().noneMatch(l -> l.indexOf('\t') >= 0)
                || printed.stream().anyMatch(l -> !l.isEmpty() && Character.isWhitespace(l.charAt(0)) && l.charAt(0) != '\f')) {
            return false;
        }
        boolean bothEdges = TrimmedRequestsRow.trimmed(printed);
        int margins = 0;
        for (int i = 0; i + 2 < printed.size(); i++) {
            boolean marginAfter = printed.get(i + 1).isEmpty() && !printed.get(i + 2).isEmpty();
            if (marginAfter && (printed.get(i).endsWith("\t")
                    || bothEdges && !printed.get(i).isEmpty() && CutRowPieces.figures(printed.get(i + 2)))) {
                margins++;
            }
        }
        return margins >= MIN_MARGINS;
    }
}
