package org.nianbao.reconstruct.text;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * Table 二's rows cut over lines by the paragraphs in their cells, in a browser's copy ({@code innerText}) trimmed at an
 * edge, read as {@link CountedRowPieces} reads table 三's: a trim takes whitespace at a line's edges only, so where the
 * cells a row still prints, from its label to the next line that is no piece of figures, are exactly as many as the
 * row's value columns, none was taken and they are the columns in order. Left as printed, the gaps' empty lines were
 * counted as blank cells and the row was flagged (a trimmed copy's gaps prove no columns) though its figures were right,
 * or, the piece {@code 77117.2 万元} not taken for one, the procurement row's count read as its amount (helper trim's
 * {@code expandtabs(8).strip()} copy: 2 cells with no finding).
 *
 * <p>Table 二's width is the block's: 行政许可 has three value columns in the 2019 form and one in 2021's. A row whose
 * forms agree ({@code 规章}, {@code 政府集中采购}) has its width; another takes the form the header words of its block
 * (since the last {@code 信息内容}) name, and is left as printed where they name none or both.
 */
public final class CountedActiveRowPieces {

    /** Table 二's title ({@code 二、主动公开政府信息情况}): where its rows begin. */
    private static final Pattern ACTIVE_TITLE = Pattern.compile("^\\s*二\\s*[、.．].*主动公开");
    /** The first word of each block's header row. */
    private static final String BLOCK_HEADER = "信息内容";

    private CountedActiveRowPieces() {
    }

    /**
     * The text with each table 二 row whose printed cells are exactly its block's columns joined onto its label's line;
     * the lines as given where the text is no trimmed copy or no row is so proved.
     *
     * @param trimmed whether the text as read is a copy trimmed at an edge ({@link CountedRowPieces})
     * @param emptyLinesDropped whether the copy also lost its empty lines ({@link TrimmedRequestsRow#emptyLinesDropped})
     */
    public static List<String> of(List<String> lines, boolean trimmed, FormRows form, boolean emptyLinesDropped) {
        if (!trimmed) {
            return lines;
        }
        boolean[] inTable = CutRowPieces.inTable(lines, ACTIVE_TITLE,
                line -> CutRowPieces.REQUESTS_TITLE.matcher(line).find());
        return CountedRowPieces.joined(lines, (i, label) -> inTable[i] ? width(lines, i, label, form) : -1,
                emptyLinesDropped);
    }

    private static int width(List<String> lines, int i, String label, FormRows form) {
        Optional<FormRow> row = form.row(label).filter(r -> r.table() == TableId.ACTIVE);
        if (row.isEmpty()) {
            return -1;
        }
        Set<Integer> widths = new HashSet<>(row.get().widths().values());
        if (widths.size() == 1) {
            return widths.iterator().next();
        }
        Set<Template> named = new HashSet<>();
        for (int k = i - 1; k >= 0; k--) {
            for (String cell : lines.get(k).split("\t")) {
                if (!cell.isBlank()) {
                    form.headerForm(cell.strip()).ifPresent(named::add);
                }
            }
            if (lines.get(k).contains(BLOCK_HEADER)) {
                break;
            }
        }
        return named.size() == 1 ? row.get().widths().getOrDefault(named.iterator().next(), -1) : -1;
    }
}
