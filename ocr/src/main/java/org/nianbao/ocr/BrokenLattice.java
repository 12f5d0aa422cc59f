package org.nianbao.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * The lattice of a page whose ruling lines came out in pieces: a 100 dpi fax thresholds a thin
 * border to black where it straddles two rows of pixels and to paper where it falls on one, so a
 * border is a dash here and there and, along a whole column, nothing (session ocr16). The ruling
 * finder ({@link RulingFinder}) keeps only lines long enough to be borders and meeting others at
 * both ends, and found too few to make the table. Here the pieces of line are taken as evidence:
 * pieces at one height (one left-right position) are one line, joined across the gaps between them
 * where no text box read on the page crosses the line, as no row's text crosses a row border;
 * then column lines are carried on from row line to row line and row lines out to the column
 * lines, in turn, never through a heading's text nor past a section title, so that the lattice
 * reconstructor reads the cells. Pieces inside a text box are strokes of characters, not borders
 * (一, 二, the stems of 1s in a column of figures), and are left out.
 *
 * <p>Only a page on which the finder found no table's rows and whose ruling ink is mostly not in
 * the lines found is mended: on a clean scan every piece of border lies in a line found, and a
 * cell merged on purpose (a label over several rows), whose inside no line crosses, must stay
 * merged.
 */
final class BrokenLattice {

    /** Pieces of line this long (points) and more are evidence: a border's dash, not a speck. */
    private static final float MIN_PIECE = 4f;
    /** Pieces whose positions differ by this little (points) lie on one line. */
    private static final float SAME_LINE = 1.5f;
    /** Joined lines at least this long (points) are borders: as the ruling finder's own. */
    private static final float MIN_ROW = 20f;
    private static final float MIN_COLUMN = 12f;
    /** A line is a border when its pieces clear of the text are this long (points) together. */
    private static final float CLEAR = 12f;
    /** A row line this long (points) is kept though it meets no column lines: a column border may be lost whole. */
    private static final float LONE_ROW = 60f;
    /** A gap in a column border is bridged only up to this long (points): a table's rows are shorter, the title between two tables is not. */
    private static final float MAX_COLUMN_GAP = 36f;
    /** A row of one line of text is at most this high (points): the forms' rows are 17 pt. */
    private static final float ONE_LINE = 20f;
    /**
     * A title of the form's sections, which stands between two tables: its number and the 情况 (or
     * 事项) it ends with. No row label of these forms ends so ({@code 四、结转下年度继续办理}).
     */
    private static final Pattern SECTION_TITLE = Pattern.compile("^[一二三四五六七][、.，,].*(情况|事项)$");
    /** How far (points) a line may stop short of one it meets. */
    private static final float TOUCH = 3f;
    /** A box's text lies inside it by this share of its height above and below, and this share beside it. */
    private static final float BOX_INSET = 0.2f;
    private static final float SIDE_INSET = 0.3f;
    /** A figure's box reaching over a column line by less than this share of its width is cut back to the line. */
    private static final float CLIP = 0.4f;
    /** Column lines and row lines are carried on in turn at most this many times. */
    private static final int ROUNDS = 8;
    /** A page on which this many row borders were found has a lattice: it is not mended. */
    private static final int FOUND_ROWS = 5;
    /** The page is mended when this share of its pieces of line, and this length (points), lies outside the lines found. */
    private static final double BROKEN_SHARE = 0.25;
    private static final float BROKEN_LENGTH = 150f;

    private BrokenLattice() {
    }

    /**
     * The page's ruling lines: those found when they hold a table's rows ({@link #rowsFound}); else,
     * when most of the pieces of line on the page lie outside them, the lines the pieces make (the
     * found ones among them), or those found when the pieces make none.
     *
     * @param found the ruling finder's lines (points)
     * @param boxes the text the engine read on the page (points)
     */
    static List<Ruling> mended(GrayPage page, float pointsPerPixel, List<Ruling> found, List<TextBox> boxes) {
        if (rowsFound(found)) {
            return found; // looked at first: the pieces cost a second or two a page to find
        }
        List<float[]> h = new ArrayList<>(RulingFinder.pieces(page, pointsPerPixel, true, MIN_PIECE).stream()
                .filter(p -> boxes.stream().noneMatch(b -> inside(p, b, true))).toList());
        List<float[]> v = new ArrayList<>(RulingFinder.pieces(page, pointsPerPixel, false, MIN_PIECE));
        if (!broken(h, v.stream().filter(p -> boxes.stream().noneMatch(b -> inside(p, b, false))).toList(), found)) {
            return found;
        }
        for (Ruling r : found) {
            (r.horizontal() ? h : v).add(r.horizontal() ? new float[] {r.y0(), r.x0(), r.x1()}
                    : new float[] {r.x0(), r.y0(), r.y1()});
        }
        List<float[]> rows = joined(borders(h, boxes, true), boxes, true, MIN_ROW, Float.MAX_VALUE);
        List<float[]> columns = joined(borders(v, boxes, false), boxes, false, MIN_COLUMN, MAX_COLUMN_GAP);
        List<float[]> kept = rows.stream().filter(r -> r[2] - r[1] >= LONE_ROW
                || columns.stream().filter(c -> meet(r, c)).count() >= 2).toList();
        // a column carried on from row to row meets rows carried on from column to column, and so on
        // until neither reaches further (a side border lost over several rows is carried on row by row)
        List<float[]> carried = columns;
        for (int round = 0; round < ROUNDS; round++) {
            List<float[]> across = kept;
            carried = columns.stream().map(c -> extended(c, across, columns, boxes)).toList();
            List<float[]> down = carried;
            List<float[]> wider = kept.stream().map(r -> widened(r, down, boxes)).toList();
            boolean same = true;
            for (int i = 0; i < wider.size(); i++) {
                same &= java.util.Arrays.equals(wider.get(i), kept.get(i));
            }
            kept = wider;
            if (same) {
                break;
            }
        }
        List<Ruling> out = new ArrayList<>();
        for (float[] r : kept) {
            out.add(new Ruling(r[1], r[0], r[2], r[0]));
        }
        for (float[] c : carried) {
            if (kept.stream().filter(r -> meet(r, c)).count() >= 2) {
                out.add(new Ruling(c[0], c[1], c[0], c[2]));
            }
        }
        // a page whose pieces make no lattice (a borderless table's underlines) keeps what was found
        return out.isEmpty() ? found : out;
    }

    /**
     * The row line carried on, left and right, to the column lines that cross its height or come
     * within {@link #MAX_COLUMN_GAP} of it (a column border lost over a few rows is carried on to it in
     * the next round), while no text box crosses it on the way: a row border whose pieces a fax kept
     * only under the figures reaches the table's sides, and stops at a heading or label whose text it
     * would cut.
     */
    private static float[] widened(float[] row, List<float[]> columns, List<TextBox> boxes) {
        float y = row[0];
        float start = row[1];
        float end = row[2];
        List<Float> xs = columns.stream().filter(c -> y >= c[1] - MAX_COLUMN_GAP && y <= c[2] + MAX_COLUMN_GAP)
                .map(c -> c[0]).sorted().toList();
        for (int i = 0; i < xs.size() && (xs.get(i) <= end || !crossed(y, end, xs.get(i), boxes, true)); i++) {
            end = Math.max(end, xs.get(i));
        }
        for (int i = xs.size() - 1; i >= 0 && (xs.get(i) >= start || !crossed(y, xs.get(i), start, boxes, true)); i--) {
            start = Math.min(start, xs.get(i));
        }
        return new float[] {y, start, end};
    }

    /**
     * The column line carried on, up and down, from row line to row line that cross its position,
     * while no text box crosses it on the way and the next row line is at most
     * {@link #MAX_COLUMN_GAP} away: a column border whose pieces a fax kept in some rows only runs
     * down the whole table, and stops at a merged heading whose text it would cut.
     */
    private static float[] extended(float[] column, List<float[]> rows, List<float[]> columns, List<TextBox> boxes) {
        float x = column[0];
        float top = column[1];
        float bottom = column[2];
        List<Float> ys = rows.stream().filter(r -> x >= r[1] - TOUCH && x <= r[2] + TOUCH).map(r -> r[0]).sorted()
                .toList();
        for (int i = 0; i < ys.size() && (ys.get(i) <= bottom || reaches(x, bottom, ys.get(i), columns, boxes)); i++) {
            bottom = Math.max(bottom, ys.get(i));
        }
        for (int i = ys.size() - 1; i >= 0 && (ys.get(i) >= top || reaches(x, ys.get(i), top, columns, boxes)); i--) {
            top = Math.min(top, ys.get(i));
        }
        return new float[] {x, top, bottom};
    }

    /**
     * The boxes with a figure's box (one word, no Chinese) that reaches over a column line by less
     * than {@link #CLIP} of its width cut back to the line: the box took in the border's piece beside the figure and the
     * padding past it (the box of {@code 21} starts 6 pt left of its cell), and its first figure's
     * middle would fall in the cell to the left.
     */
    static List<TextBox> clipped(List<TextBox> boxes, List<Ruling> rulings) {
        List<TextBox> out = new ArrayList<>();
        for (TextBox b : boxes) {
            float x0 = b.x0();
            float x1 = b.x1();
            if (!chinese(b) && !b.text().strip().contains(" ")) {
                float quarter = CLIP * (x1 - x0);
                for (Ruling r : rulings) {
                    if (r.vertical() && r.y0() < b.centerY() && r.y1() > b.centerY()) {
                        x0 = r.x0() > b.x0() && r.x0() < b.x0() + quarter ? r.x0() : x0;
                        x1 = r.x0() < b.x1() && r.x0() > b.x1() - quarter ? r.x0() : x1;
                    }
                }
            }
            out.add(x0 == b.x0() && x1 == b.x1() ? b
                    : new TextBox(b.text(), x0, b.y0(), x1, b.y1(), b.score(), b.charScore(), b.angle()));
        }
        return out;
    }

    /**
     * Whether the pieces of line lie mostly outside the lines found: by at least {@link #BROKEN_SHARE}
     * of their length and {@link #BROKEN_LENGTH} points.
     */
    private static boolean broken(List<float[]> h, List<float[]> v, List<Ruling> found) {
        double all = 0;
        double outside = 0;
        for (boolean horizontal : new boolean[] {true, false}) {
            for (float[] p : horizontal ? h : v) {
                float length = p[2] - p[1];
                all += length;
                boolean in = found.stream().anyMatch(r -> r.horizontal() == horizontal && (horizontal
                        ? Math.abs(r.y0() - p[0]) <= SAME_LINE && p[1] >= r.x0() - TOUCH && p[2] <= r.x1() + TOUCH
                        : Math.abs(r.x0() - p[0]) <= SAME_LINE && p[1] >= r.y0() - TOUCH && p[2] <= r.y1() + TOUCH));
                outside += in ? 0 : length;
            }
        }
        return outside >= BROKEN_LENGTH && outside >= BROKEN_SHARE * all;
    }

    /**
     * Whether the ruling finder found the rows of a table: {@link #FOUND_ROWS} row borders
     * {@link #LONE_ROW} long. A phone photo's bent borders come out as many pieces, but its rows are
     * found and its lattice read: it is left as it is.
     */
    private static boolean rowsFound(List<Ruling> found) {
        return found.stream().filter(r -> r.horizontal() && r.x1() - r.x0() >= LONE_ROW).count() >= FOUND_ROWS;
    }

    /**
     * The piece is a stroke of the box's text: along a row, inside the box's height (clear of its
     * edges, which a row border may touch) over half its own length; along a column, on the box
     * from top to bottom (the stem of a {@code 1}: a border's piece beside a figure the box took in
     * is lost with it, and a border runs on above and below a figure's box).
     */
    private static boolean inside(float[] p, TextBox b, boolean horizontal) {
        if (!horizontal) {
            return onText(p, b, false);
        }
        float inset = inset(b, true);
        return p[0] > b.y0() + inset && p[0] < b.y1() - inset
                && 2 * (Math.min(b.x1(), p[2]) - Math.max(b.x0(), p[1])) >= p[2] - p[1];
    }

    /**
     * The lines the pieces make: pieces within {@link #SAME_LINE} of each other's position are one
     * line, joined across each gap that no text box crosses and that is at most {@code maxGap} long;
     * the stretches at least {@code minLength} long, each {position, start, end}. A stretch of a
     * column line must hold pieces clear of the text {@link #CLEAR} long itself (session ocr18): the
     * strokes of figures set one under another in the next table, at the position of a column border
     * of the table above (a 1's stem, a 4's, at 355.9 pt under table 二's border there), are one line
     * with that border; the section title between them parts the stretches, and the lower one, all
     * figures, made a border through table 三's 商业企业 column on the fax (`21 | 0` for 210).
     */
    static List<float[]> joined(List<float[]> pieces, List<TextBox> boxes, boolean horizontal, float minLength,
                                float maxGap) {
        List<List<float[]>> lines = lines(pieces);
        List<float[]> out = new ArrayList<>();
        for (List<float[]> line : lines) {
            float at = position(line);
            line.sort(Comparator.comparingDouble(p -> p[1]));
            float start = line.get(0)[1];
            float end = line.get(0)[2];
            float clear = clear(line.get(0), boxes, horizontal);
            for (float[] p : line.subList(1, line.size())) {
                if (p[1] <= end + TOUCH || p[1] - end <= maxGap && !crossed(at, end, p[1], boxes, horizontal)) {
                    end = Math.max(end, p[2]);
                    clear += clear(p, boxes, horizontal);
                } else {
                    if (end - start >= minLength && (horizontal || clear >= CLEAR)) {
                        out.add(new float[] {at, start, end});
                    }
                    start = p[1];
                    end = p[2];
                    clear = clear(p, boxes, horizontal);
                }
            }
            if (end - start >= minLength && (horizontal || clear >= CLEAR)) {
                out.add(new float[] {at, start, end});
            }
        }
        return out;
    }

    /**
     * A column line at {@code x} may be carried on from {@code from} down to {@code to}: no further
     * than {@link #MAX_COLUMN_GAP}, crossing no text, and within a table — a row of one line of text
     * ({@link #ONE_LINE}), a column line's piece (of another column) covering half of the stretch, or
     * a figure read in it. The heading between two tables, with its space above and below, is none
     * of these, and its title crosses every column line ({@link #crossed}): the tables stay apart.
     */
    private static boolean reaches(float x, float from, float to, List<float[]> columns, List<TextBox> boxes) {
        return to - from <= MAX_COLUMN_GAP && !crossed(x, from, to, boxes, false)
                && (to - from <= ONE_LINE || columns.stream().anyMatch(c -> 2 * (Math.min(c[2], to) - Math.max(c[1], from)) >= to - from)
                        || boxes.stream().anyMatch(b -> b.centerY() > from && b.centerY() < to
                                && b.text().codePoints().anyMatch(Character::isDigit)));
    }

    /** The piece's length where it lies clear of every text box ({@link #onText}), else 0. */
    private static float clear(float[] p, List<TextBox> boxes, boolean horizontal) {
        return boxes.stream().anyMatch(b -> onText(p, b, horizontal)) ? 0 : p[2] - p[1];
    }

    /** The pieces grouped into lines: each within {@link #SAME_LINE} of the mean position of those before it. */
    private static List<List<float[]>> lines(List<float[]> pieces) {
        List<float[]> byPosition = new ArrayList<>(pieces);
        byPosition.sort(Comparator.comparingDouble(p -> p[0]));
        List<List<float[]>> lines = new ArrayList<>();
        for (float[] p : byPosition) {
            List<float[]> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && p[0] - position(last) <= SAME_LINE) {
                last.add(p);
            } else {
                List<float[]> line = new ArrayList<>();
                line.add(p);
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * The pieces of the lines that are borders: a line whose pieces clear of every text box
     * ({@link #onText}) are {@link #CLEAR} long together. The stems of {@code 1}s set one under
     * another in a column of figures stand at one position, each within its figure's box (and one
     * whose box the engine missed, outside); the tops of a heading's characters stand in a row
     * along the top of its box. A border runs between the cells' text, and its pieces beside a
     * figure or along a label's box go with those.
     */
    private static List<float[]> borders(List<float[]> pieces, List<TextBox> boxes, boolean horizontal) {
        List<float[]> out = new ArrayList<>();
        for (List<float[]> line : lines(pieces)) {
            double clear = line.stream().filter(p -> boxes.stream().noneMatch(b -> onText(p, b, horizontal)))
                    .mapToDouble(p -> p[2] - p[1]).sum();
            if (clear >= CLEAR) {
                out.addAll(line);
            }
        }
        return out;
    }

    /**
     * The piece lies on the box: within its extent across the piece (its height, for a piece along
     * a row) and over half its own length along it.
     */
    private static boolean onText(float[] p, TextBox b, boolean horizontal) {
        float lo = horizontal ? b.y0() : b.x0();
        float hi = horizontal ? b.y1() : b.x1();
        float from = horizontal ? b.x0() : b.y0();
        float to = horizontal ? b.x1() : b.y1();
        return p[0] >= lo - TOUCH / 2 && p[0] <= hi + TOUCH / 2
                && 2 * (Math.min(to, p[2]) - Math.max(from, p[1])) >= p[2] - p[1];
    }

    /** The mean position of a line's pieces, each weighted by its length. */
    private static float position(List<float[]> line) {
        double sum = 0;
        double weight = 0;
        for (float[] p : line) {
            sum += p[0] * (p[2] - p[1]);
            weight += p[2] - p[1];
        }
        return (float) (sum / weight);
    }

    /** Whether a text box's text crosses the line at {@code at} between {@code from} and {@code to}. */
    private static boolean crossed(float at, float from, float to, List<TextBox> boxes, boolean horizontal) {
        for (TextBox b : boxes) {
            if (!horizontal && b.centerY() > from && b.centerY() < to && SECTION_TITLE.matcher(b.text().strip()).find()) {
                return true; // the title of a section of the form stands between two tables, across the page
            }
            if (!horizontal && !heading(b)) {
                continue; // a figure's box takes in the border's piece beside it, and a label read with its number stands across
            }
            float lo = horizontal ? b.y0() : b.x0();
            float hi = horizontal ? b.y1() : b.x1();
            float inset = inset(b, horizontal);
            float a = horizontal ? b.x0() : b.y0();
            float z = horizontal ? b.x1() : b.y1();
            if (at > lo + inset && at < hi - inset && z > from && a < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far inside a box its text begins, across a line along rows ({@code horizontal}) or along
     * columns: the engine's box runs past the text by a few pixels, and takes in a border's piece
     * beside a figure (a box {@code 6} whose left edge is the bar left of it).
     */
    private static float inset(TextBox b, boolean horizontal) {
        return (horizontal ? BOX_INSET : SIDE_INSET) * (b.y1() - b.y0());
    }

    /**
     * A box whose text may be a merged cell's, which no column border crosses: Chinese text alone. A
     * figure's box runs past its cell's border and takes in the border's piece beside it (the box of
     * {@code 21} reaches 6 pt left of its cell), and a label the engine read with its number
     * ({@code 1.本机关不掌握相关政府信息 24}) is two cells' text.
     */
    private static boolean heading(TextBox b) {
        return chinese(b) && RapidPageOcr.trailingNumber(b.text().codePoints().toArray()) < 0;
    }

    private static boolean chinese(TextBox b) {
        return b.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A row line {y, x0, x1} and a column line {x, y0, y1} cross or touch. */
    private static boolean meet(float[] row, float[] column) {
        return column[0] >= row[1] - TOUCH && column[0] <= row[2] + TOUCH && row[0] >= column[1] - TOUCH
                && row[0] <= column[2] + TOUCH;
    }
}
