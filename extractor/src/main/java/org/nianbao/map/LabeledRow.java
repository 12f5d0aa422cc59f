package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.GluedValues;

/**
 * A row split at its row label: the text cells before it (group labels, column headers, fragments),
 * the label, and the cells after it, which hold the values. The label is the last text cell that
 * means a row, so header text glued in front of a row (one-cell-per-paragraph text) stays out of it.
 *
 * @param label empty when no cell of the row names a row
 */
record LabeledRow(List<GridCell> before, Optional<GridCell> label, Optional<LabelMatch> match,
                  List<GridCell> values) {

    /** The most lines a wrapped label is joined from: the longest 2021 labels wrap four times in a narrow PDF column. */
    private static final int MAX_PARTS = 4;
    /** An item's number within its group ({@code 1.}, {@code 2、}), NFKC'd: a row label's start, never a group's. */
    private static final Pattern ITEM = Pattern.compile("^\\s*+\\d{1,3}\\s*+[.、．]");

    static LabeledRow find(SourceRow row, Function<String, Optional<LabelMatch>> rowMatcher, ValueParser parser) {
        List<GridCell> cells = row.cells();
        for (int i = cells.size() - 1; i >= 0; i--) {
            GridCell c = cells.get(i);
            if (c.spanned() || c.isBlank() || parser.isValue(c.text()) || aCharacterALine(cells, i, parser)) {
                continue;
            }
            Optional<LabelMatch> m = rowMatcher.apply(c.text()).filter(x -> !LabelBook.isNoise(x.id()));
            if (m.isEmpty() || !m.get().exact()) {
                Optional<LabeledRow> joined = joined(cells, i, rowMatcher, parser);
                if (joined.isPresent()) {
                    return joined.get();
                }
            }
            if (m.isPresent() && !m.get().exact() && besideALabelColumn(cells, i, parser)) {
                // text stands right of it on its line, before the values: the row's label column is
                // that one, and this cell a group's label (（六）其他处理 beside 1.申请人…, each wrapped)
                continue;
            }
            if (m.isPresent()) {
                return new LabeledRow(textCells(cells.subList(0, i), parser), Optional.of(c), m,
                        unspanned(cells.subList(i + 1, cells.size())));
            }
        }
        int lastText = -1;
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            if (!c.spanned() && !c.isBlank() && !parser.isValue(c.text())) {
                lastText = i;
            }
        }
        return new LabeledRow(textCells(cells.subList(0, lastText + 1), parser), Optional.empty(), Optional.empty(),
                unspanned(cells.subList(lastText + 1, cells.size())));
    }

    /** The label ending at cell {@code last} wrapped into the text cells just before it, if they join exactly. */
    private static Optional<LabeledRow> joined(List<GridCell> cells, int last,
                                               Function<String, Optional<LabelMatch>> rowMatcher, ValueParser parser) {
        StringBuilder text = new StringBuilder(cells.get(last).text());
        for (int first = last - 1; first >= 0 && first >= last - MAX_PARTS + 1; first--) {
            GridCell c = cells.get(first);
            if (c.spanned() || c.isBlank() || parser.isValue(c.text())) {
                return Optional.empty();
            }
            text.insert(0, c.text() + "\n");
            Optional<LabelMatch> m = rowMatcher.apply(text.toString());
            if (m.isPresent() && m.get().exact() && !LabelBook.isNoise(m.get().id())) {
                GridCell label = GridCell.of(text.toString(), c.where());
                // the parts' notes hold for the label they make (a row the text does not place: LeadingTabsLost)
                for (CellNote note : cells.subList(first, last + 1).stream().flatMap(p -> p.notes().stream()).distinct().toList()) {
                    label = label.noted(note);
                }
                return Optional.of(new LabeledRow(textCells(cells.subList(0, first), parser), Optional.of(label), m,
                        unspanned(cells.subList(last + 1, cells.size()))));
            }
        }
        return Optional.empty();
    }

    /**
     * True when cell {@code at} is one character next to another text cell of one character: a label
     * printed a character a line stands in a column one character wide, which a value column's header
     * may be (table 三's {@code 总} / {@code 计} in a narrow print, given late by poppler among the rows
     * of a page's words) but a row label column never is, so such a run is no row's label.
     */
    private static boolean aCharacterALine(List<GridCell> cells, int at, ValueParser parser) {
        return oneCharacter(cells, at, parser) && (oneCharacter(cells, at - 1, parser) || oneCharacter(cells, at + 1, parser));
    }

    private static boolean oneCharacter(List<GridCell> cells, int at, ValueParser parser) {
        if (at < 0 || at >= cells.size()) {
            return false;
        }
        GridCell c = cells.get(at);
        String text = c.text().strip();
        return !c.spanned() && text.codePointCount(0, text.length()) == 1 && !parser.isValue(text);
    }

    /**
     * True when a text cell stands right of cell {@code at} on the same printed line, before the
     * row's first value: space-aligned text printing another label column there. In a table whose cells
     * are drawn (no span in a text) it is a numbered item's label in a cell between it and the values: a
     * spreadsheet's print clips each label at the next cell, so 2021's group label {@code (六)其他处}
     * stands beside its first item {@code 1.申请人无} (red team rti, Calc), and the group label read as the
     * row's would put the item's values under the 2019 form's single row. The rest of the cell's own label
     * run on over an empty cell ({@code (二)部分公} | {@code 开(区分处理}) is no item.
     */
    private static boolean besideALabelColumn(List<GridCell> cells, int at, ValueParser parser) {
        GridCell c = cells.get(at);
        if (c.span().isEmpty()) {
            return itemCellBeforeValues(cells, at, parser);
        }
        for (int k = at + 1; k < cells.size(); k++) {
            GridCell next = cells.get(k);
            if (next.spanned() || next.isBlank()) {
                continue;
            }
            if (parser.isValue(next.text()) || GluedValues.in(next.text())) {
                return false;
            }
            if (next.where().equals(c.where()) && next.span().isPresent()
                    && next.span().get().page() == c.span().get().page()
                    && next.span().get().start() >= c.span().get().end()) {
                return true;
            }
        }
        return false;
    }

    /** True when the first cell right of cell {@code at} that holds anything is a numbered item's label. */
    private static boolean itemCellBeforeValues(List<GridCell> cells, int at, ValueParser parser) {
        for (int k = at + 1; k < cells.size(); k++) {
            GridCell next = cells.get(k);
            if (next.spanned() || next.isBlank()) {
                continue;
            }
            return !parser.isValue(next.text()) && !GluedValues.in(next.text())
                    && ITEM.matcher(LabelText.nfkc(next.text())).find();
        }
        return false;
    }

    /**
     * True when some value cell holds a number (not just blanks), or numbers run together with blank
     * marks ({@code —0 —0 0 —0}): unreadable, but the row's values, not a label waiting for them.
     */
    /**
     * This row with its last text cell read as the label {@code match} names (a row that matched none:
     * its label cut, read by other evidence).
     */
    LabeledRow labelledAs(LabelMatch match) {
        return new LabeledRow(before.subList(0, before.size() - 1), Optional.of(before.get(before.size() - 1)),
                Optional.of(match), values);
    }

    boolean hasNumber(ValueParser parser) {
        return values.stream().anyMatch(c -> parser.parse(c.text()).isNumber() || GluedValues.in(c.text()));
    }

    /**
     * A row of values under text that names no row of the table, or under no text at all: its
     * values are not extracted. A line of values with no label may be the rest of a number wrapped
     * in its cell ({@code 272} / {@code 69}), so it is reported against the row read before it.
     *
     * @param previous the row read last in this table, if any
     */
    Optional<Finding> unmatched(TableId table, Optional<String> previous) {
        if (label.isPresent()) {
            return Optional.empty();
        }
        if (before.isEmpty()) {
            GridCell first = values.get(0);
            String text = String.join(" ", values.stream().map(c -> c.text().strip()).toList());
            return Optional.of(Finding.warning("row-unlabelled", previous.map(r -> Scope.row(table, r))
                    .orElse(Scope.table(table)), "a line of values with no label (" + text + ")"
                    + previous.map(r -> " after row " + r).orElse("") + ": part of a number wrapped in its cell, or "
                    + "a row whose label was lost; its values were not extracted", first.where()));
        }
        GridCell last = before.get(before.size() - 1);
        return Optional.of(Finding.warning("row-unmatched", Scope.table(table), "a row of values whose label '"
                + last.text().strip() + "' matches no row of the table; its values were not extracted", last.where()));
    }

    private static List<GridCell> textCells(List<GridCell> cells, ValueParser parser) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : cells) {
            if (!c.spanned() && !c.isBlank() && !parser.isValue(c.text())) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<GridCell> unspanned(List<GridCell> cells) {
        return cells.stream().filter(c -> !c.spanned()).toList();
    }
}
