package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nianbao.model.TableId;

/**
 * Which side of its label each figure of table 二's one-figure rows (2021: 行政许可, 行政处罚, 行政强制,
 * 行政事业性收费) stands on, in text that prints a cell a line with no blank line between them: the
 * words of a PDF one a line ({@code pdftotext -bbox}, pdfplumber's {@code extract_words()}, PyMuPDF's
 * {@code get_text("words")}) in poppler's reading order. LibreOffice sets a cell's figure a little
 * higher than the label beside it, so that order prints the figure first ({@code 0} / {@code 行政处罚} /
 * {@code 284,545} / {@code 行政强制}); read as a label followed by its figure, each row took the next
 * row's figure.
 *
 * <p>A <em>run</em> is a stretch of lines each a figure (or blank mark) or a one-figure row's label,
 * between lines of other text (the column header, the next item's title), not blank lines. Read with
 * each figure on the side before its label, a figure printed after the run's last label has no row;
 * read with it after, a figure before the first label has none. A run that only one side reads whole proves its side
 * ({@code 0 / 行政处罚 / 284,545 / 行政强制}: before; {@code 行政许可 / 13}: after). A run both sides read
 * whole ({@code 行政处罚 / 20 / 行政强制}, one cell blank and printing nothing) is read by the side the
 * table's other runs prove, when they all prove the same one; otherwise its figures are flagged, each
 * naming the rows it may be. A run with two figures together is some other row (2019's three
 * figures a row) and is left as printed.
 */
public final class FigureSides {

    /** The side of its label a run's figures stand on. */
    private enum Side { BEFORE, AFTER }

    /** What a line is to a run: a figure (or blank mark) alone, a one-figure row's label alone, or neither. */
    private enum Line { FIGURE, LABEL, OTHER }

    /**
     * @param order the lines in the order to read them: each figure a run proves printed before its
     *     label moved just after that label; otherwise as printed
     * @param doubts lines holding a figure whose row the text does not prove, and why
     */
    public record Reading(int[] order, Map<Integer, String> doubts) {
    }

    private final Predicate<String> isValue;
    private final FormRows form;

    public FigureSides(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.form = form;
    }

    /** {@code lines} with the figures of table 二's one-figure rows placed where the text proves them. */
    public Reading read(List<String> lines) {
        int[] order = new int[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Map<Integer, String> doubts = new HashMap<>();
        List<Run> runs = runs(lines);
        Set<Side> proven = EnumSet.noneOf(Side.class);
        runs.forEach(r -> r.proven().ifPresent(proven::add));
        Optional<Side> tableSide = proven.size() == 1 ? Optional.of(proven.iterator().next()) : Optional.empty();
        for (Run run : runs) {
            // a run neither side reads whole proves nothing, and no other run can place its figures
            boolean either = run.reads(Side.BEFORE) && run.reads(Side.AFTER);
            Optional<Side> side = run.proven().or(() -> either ? tableSide : Optional.empty());
            if (side.isEmpty()) {
                run.figures().forEach(i -> doubts.put(i, run.doubt(lines, i)));
            } else if (side.get() == Side.BEFORE) {
                run.labelFirst(order);
            }
        }
        return new Reading(order, doubts);
    }

    /** Line {@code from}..{@code to} (exclusive): each a figure ({@code true}) or a one-figure row's label. */
    private record Run(int from, int to, boolean[] figure) {

        boolean isFigure(int line) {
            return figure[line - from];
        }

        List<Integer> figures() {
            List<Integer> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (isFigure(i)) {
                    out.add(i);
                }
            }
            return out;
        }

        /** True when every figure has a label on {@code side} of it within the run. */
        boolean reads(Side side) {
            for (int i : figures()) {
                int label = side == Side.BEFORE ? i + 1 : i - 1;
                if (label < from || label >= to) {
                    return false;
                }
            }
            return true;
        }

        /** The side only one reading gives every figure a row on. */
        Optional<Side> proven() {
            boolean before = reads(Side.BEFORE);
            boolean after = reads(Side.AFTER);
            return before == after ? Optional.empty() : Optional.of(before ? Side.BEFORE : Side.AFTER);
        }

        /** Each figure moved to just after the label it stands before. */
        void labelFirst(int[] order) {
            for (int i = from; i + 1 < to; i++) {
                if (isFigure(i)) {
                    order[i] = i + 1;
                    order[i + 1] = i;
                    i++;
                }
            }
        }

        String doubt(List<String> lines, int i) {
            List<String> rows = new ArrayList<>();
            if (i > from) {
                rows.add(lines.get(i - 1).strip());
            }
            if (i + 1 < to) {
                rows.add(lines.get(i + 1).strip());
            }
            return "the text prints a cell a line and this figure between the labels of table 二's one-figure rows"
                    + " with no proof of which side of its label a figure stands on: it may be the figure of "
                    + (rows.isEmpty() ? "no row" : String.join(" or ", rows));
        }
    }

    /** The runs of figures and one-figure rows' labels with at least one of each and no two figures together. */
    private List<Run> runs(List<String> lines) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (kind(lines.get(i)) == Line.OTHER) {
                i++;
                continue;
            }
            int start = i;
            List<Line> kinds = new ArrayList<>();
            while (i < lines.size() && kind(lines.get(i)) != Line.OTHER) {
                kinds.add(kind(lines.get(i)));
                i++;
            }
            boolean[] figure = new boolean[kinds.size()];
            boolean together = false;
            for (int j = 0; j < figure.length; j++) {
                figure[j] = kinds.get(j) == Line.FIGURE;
                together |= j > 0 && figure[j] && figure[j - 1];
            }
            // between lines of text, not blank lines: where blank lines part the cells (lynx, pdftotext's
            // default mode) a run is a piece of a row, and 2019's rows of three figures print one alone
            boolean betweenText = (start == 0 || !lines.get(start - 1).isBlank())
                    && (i == lines.size() || !lines.get(i).isBlank());
            if (!together && betweenText && kinds.contains(Line.FIGURE) && kinds.contains(Line.LABEL)) {
                out.add(new Run(start, i, figure));
            }
        }
        return out;
    }

    private Line kind(String line) {
        String text = line.strip();
        if (line.indexOf('\f') >= 0 || line.indexOf('\t') >= 0 || text.isEmpty()) {
            return Line.OTHER; // a page's end, a row of cells or a blank line: no longer one cell a line
        }
        if (isValue.test(text)) {
            return Line.FIGURE;
        }
        return form.row(text).filter(r -> r.table() == TableId.ACTIVE && r.widths().containsValue(1)).isPresent()
                ? Line.LABEL : Line.OTHER;
    }
}
