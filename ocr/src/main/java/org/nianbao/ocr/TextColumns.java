package org.nianbao.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Column borders a fax lost whole, inferred from where the text stands (session ocr18). A 100 dpi
 * fax keeps pieces of a table's row borders but of table 四's fifteen column borders not one: even
 * with its lattice mended ({@link BrokenLattice}) its row of values was one cell, and the table was
 * not read. A row of figures (at least {@link #FIGURES} boxes with no Chinese text at one height)
 * that no column line crosses between the table's sides is such a row. The forms set a cell's text
 * flush left, so each column's text starts at one place in every row: where a figure starts, and
 * where a word of the header line above starts (each column's second line, {@code 持} of
 * 结果维持 under it), also inside a figure's box that the engine read over two cells ({@code 105}
 * for {@code 10} and {@code 5}), or over a cell whose figure it did not read. A column border is
 * inferred just left of each such start, from the row line above the figures to the one below.
 *
 * <p>Borders so inferred are assumptions: the cells between them are noted so
 * ({@link org.nianbao.reconstruct.CellNote.Kind#INFERRED}), and the mapper accepts their values only
 * where an identity confirms the columns (table 四's group sums); elsewhere they are flagged.
 */
final class TextColumns {

    /** A row of at least this many figures is a table's row of values (table 四 prints fifteen; 三 seven; 二 three at most). */
    private static final int FIGURES = 5;
    /** Boxes whose starts lie this close (points) start one column. */
    private static final float SAME_START = 4f;
    /** A border stands this far (points) left of where its column's text starts. */
    private static final float MARGIN = 1.5f;
    /** The header line above the figures: boxes whose middles lie this far (points) above the row's top. */
    private static final float HEADER = 40f;
    /** A column line this close (points) to the row's first or last figure is the table's side. */
    private static final float SIDE = 12f;
    /** A column line this far (points) inside the row's first or last figure crosses the row. */
    private static final float TOUCH = 3f;
    /** The row lines above and below a row of figures lie within this far (points) of the figures' boxes. */
    private static final float ROW_LINE = 11f;

    private TextColumns() {
    }

    /**
     * A band of a table whose column borders were inferred: from {@code top} to {@code bottom}, its
     * borders (the sides among them) left to right.
     */
    record Band(float top, float bottom, List<Float> borders) {

        /** The band's rulings: its top and foot across the table, and each border from top to foot. */
        List<Ruling> rulings() {
            List<Ruling> out = new ArrayList<>();
            float left = borders.get(0);
            float right = borders.get(borders.size() - 1);
            out.add(new Ruling(left, top, right, top));
            out.add(new Ruling(left, bottom, right, bottom));
            for (float x : borders) {
                out.add(new Ruling(x, top, x, bottom));
            }
            return out;
        }

        /** Whether a point (a cell's middle) lies in the band. */
        boolean holds(float x, float y) {
            return y > top && y < bottom && x > borders.get(0) && x < borders.get(borders.size() - 1);
        }
    }

    /**
     * The bands of the page's tables whose rows of figures no column line crosses between the
     * table's sides, each with its borders inferred.
     *
     * @param rulings the page's lattice, mended (points)
     * @param boxes the text the engine read on the page (points)
     */
    static List<Band> inferred(List<Ruling> rulings, List<TextBox> boxes) {
        List<Band> out = new ArrayList<>();
        for (List<TextBox> row : figureRows(boxes)) {
            float top = (float) row.stream().mapToDouble(TextBox::y0).min().orElseThrow();
            float bottom = (float) row.stream().mapToDouble(TextBox::y1).max().orElseThrow();
            float middle = (top + bottom) / 2;
            float first = (float) row.stream().mapToDouble(TextBox::x0).min().orElseThrow();
            float last = (float) row.stream().mapToDouble(TextBox::x1).max().orElseThrow();
            // the row lines just above and below the figures, each reaching over some of them
            float above = rulings.stream().filter(r -> r.horizontal() && r.y0() < middle && r.y0() > top - ROW_LINE
                    && r.x1() > first && r.x0() < last).map(Ruling::y0).max(Float::compare).orElse(top - 1);
            float below = rulings.stream().filter(r -> r.horizontal() && r.y0() > middle && r.y0() < bottom + ROW_LINE
                    && r.x1() > first && r.x0() < last).map(Ruling::y0).min(Float::compare).orElse(bottom + 1);
            boolean crossed = rulings.stream().anyMatch(r -> r.vertical() && r.x0() > first + TOUCH
                    && r.x0() < last - TOUCH && r.y0() < middle && r.y1() > middle);
            if (crossed) {
                continue; // its column borders were found: the lattice reads it
            }
            List<Float> starts = starts(row, boxes.stream().filter(b -> !row.contains(b) && b.centerY() < above
                    && b.centerY() > above - HEADER && b.x0() >= first - SAME_START && b.x1() <= last + SAME_START).toList());
            if (starts.size() < FIGURES) {
                continue;
            }
            // the table's sides: the lines at its edges where found, else just outside its text
            float left = Math.min(starts.get(0) - MARGIN, side(rulings, first, top, bottom).orElse(Float.MAX_VALUE));
            float right = Math.max(last + MARGIN, side(rulings, last, top, bottom).orElse(-Float.MAX_VALUE));
            List<Float> borders = new ArrayList<>();
            borders.add(left);
            starts.subList(1, starts.size()).forEach(s -> borders.add(s - MARGIN));
            borders.add(right);
            out.add(new Band(above, below, borders));
        }
        return out;
    }

    /**
     * Where the row's columns start, left to right: each figure's start, and each start of a word of
     * the header line above that lies clear of the figures' starts — over a gap between figures (a
     * cell whose figure was not read) or inside a box of several figures (two cells read as one).
     */
    private static List<Float> starts(List<TextBox> figures, List<TextBox> header) {
        List<Float> starts = new ArrayList<>();
        figures.stream().map(TextBox::x0).sorted().forEach(x -> {
            if (starts.isEmpty() || x - starts.get(starts.size() - 1) > SAME_START) {
                starts.add(x);
            }
        });
        for (TextBox h : header) {
            float x = h.x0();
            boolean clear = starts.stream().noneMatch(s -> Math.abs(s - x) <= SAME_START);
            boolean inOneFigure = figures.stream().anyMatch(f -> x > f.x0() && x < f.x1() && f.text().strip().length() < 2);
            if (clear && !inOneFigure) {
                starts.add(x);
                starts.sort(Float::compare);
            }
        }
        return starts;
    }

    /** A column line within {@link #SIDE} of {@code x} that crosses the row's height: the table's side there. */
    private static Optional<Float> side(List<Ruling> rulings, float x, float top, float bottom) {
        return rulings.stream().filter(r -> r.vertical() && Math.abs(r.x0() - x) <= SIDE && r.y0() < bottom
                && r.y1() > top).map(Ruling::x0).findFirst();
    }

    /**
     * The page's rows of figures: boxes with a digit and no Chinese text, grouped by height (each
     * box's middle within the first box's height), at least {@link #FIGURES} of them; boxes of
     * characters that are no figures ({@code {} for a 1) are taken in where they stand among them.
     */
    private static List<List<TextBox>> figureRows(List<TextBox> boxes) {
        List<TextBox> plain = boxes.stream().filter(b -> !chinese(b)).sorted(Comparator.comparingDouble(TextBox::centerY)).toList();
        List<List<TextBox>> rows = new ArrayList<>();
        List<TextBox> row = new ArrayList<>();
        for (TextBox b : plain) {
            if (!row.isEmpty() && Math.abs(b.centerY() - row.get(0).centerY()) > (row.get(0).y1() - row.get(0).y0()) / 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(b);
        }
        rows.add(row);
        return rows.stream().filter(r -> r.stream().filter(b -> b.text().chars().anyMatch(Character::isDigit)).count() >= FIGURES)
                .toList();
    }

    private static boolean chinese(TextBox b) {
        return b.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
