package org.nianbao.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Rows of table 三 printed as their label alone, in text that prints nothing for a blank cell
 * ({@code lynx -dump}, {@code pdftotext -raw}, a crawler's {@code get_text}): a row whose every
 * cell is blank leaves its label and nothing after it, and the next row's label follows
 * ({@code 1.本机关不掌握相关政府信息} / {@code 2.没有现成信息需要另行制作 0 …}). Its seven cells are blank:
 * no value is left to place, so it has one reading. Before, the label was taken for one whose
 * values follow on the next line, the row was reported missing, and with one row of
 * {@code requests-outcomes} missing the column identities weighed nothing in the whole table.
 *
 * <p>Read so only where that is the one reading left: the text keeps no character columns and
 * prints no empty cell (so a blank cell cannot have been kept elsewhere), the label is exactly a
 * row's, a labelled row with values follows it before any line of values does, the row is read
 * nowhere else, and no line of values in the table is left without a label (values printed apart
 * from their labels, as a PDF written column by column would give, could be this row's; so could
 * the values of a row that printed more than it can hold and was not read).
 */
final class EmptyRows {

    private final boolean applies;
    private final int width;
    private final Map<String, Candidate> labels = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private boolean unlabelledValues;

    /**
     * @param rows the table's rows
     * @param width the number of columns of a row
     */
    EmptyRows(List<SourceRow> rows, ValueParser parser, int width) {
        this.width = width;
        boolean any = false;
        boolean applies = true;
        for (SourceRow r : rows) {
            List<GridCell> values = FormDecoder.tail(r.cells(), parser);
            any |= values.stream().anyMatch(c -> parser.parse(c.text()).isNumber());
            applies &= r.positions() == Positions.FLATTENED
                    && values.stream().noneMatch(c -> c.isBlank() || c.span().isPresent());
        }
        this.applies = applies && any;
    }

    /**
     * Notes the cells that are exactly a row's label, alone between two rows read; a label wrapped in
     * its cell prints over up to three of them ({@code 二、上年结转政府信息公开申请} / {@code 数量}).
     *
     * @param between the text cells between the last row read and the label of the one read now
     * @param rows the rows' labels (in the group the row read now stands in)
     * @param groups the group labels, which are no row
     * @param current the row read now
     */
    void labelsAlone(List<GridCell> between, LabelMatcher rows, LabelMatcher groups, String current) {
        for (int i = 0; i < between.size(); i++) {
            for (int parts = 1; parts <= 3 && i + parts <= between.size(); parts++) {
                String text = String.join("", between.subList(i, i + parts).stream().map(c -> c.text().strip()).toList());
                // （六）其他处理 alone heads the 2021 form's three rows or is 2019's blank row: RequestsTable decides
                Optional<LabelMatch> row = groups.match(text).filter(LabelMatch::exact).isPresent() ? Optional.empty()
                        : rows.match(text).filter(m -> m.exact() && !LabelBook.isNoise(m.id())
                                && !m.id().equals("other") && !m.id().equals(current));
                if (row.isPresent()) {
                    labels.putIfAbsent(row.get().id(), new Candidate(between.get(i), row.get()));
                    i += parts - 1;
                    break;
                }
            }
        }
    }

    /**
     * The table printed values with no label, or more than a row can hold: they may belong to a
     * row printed alone.
     */
    void valuesWithoutLabel() {
        unlabelledValues = true;
    }

    /** Row {@code id} was read with values. */
    void read(String id) {
        read.add(id);
    }

    /** The rows to read with every cell blank; none where that is not proved. */
    List<Blank> blankRows() {
        if (!applies || unlabelledValues) {
            return List.of();
        }
        List<Blank> out = new ArrayList<>();
        for (Candidate c : labels.values()) {
            if (read.contains(c.match().id())) {
                continue;
            }
            List<GridCell> blanks = Collections.nCopies(width, GridCell.of("", c.cell().where()));
            List<GridCell> cells = new ArrayList<>();
            cells.add(c.cell());
            cells.addAll(blanks);
            out.add(new Blank(new LabeledRow(List.of(), Optional.of(c.cell()), Optional.of(c.match()), blanks),
                    new SourceRow(cells, Positions.FLATTENED)));
        }
        return out;
    }

    private record Candidate(GridCell cell, LabelMatch match) {
    }

    /** A row to read blank: its label and blank cells, and the row they stand in. */
    record Blank(LabeledRow row, SourceRow source) {
    }
}
